{#- Step 4 (cluster): connected components of the match graph, so clustering is transitive and
    does not depend on the order of the evidence. Each key starts as its own component label and
    takes the smallest label reachable over match edges (macro connected_components; the graph
    only has edges inside last-name blocks, so components stay small). The representative key of a component is
    deterministic: a reference key when there is one, else the key with the most name tokens and
    mentions, then the alphabetically first; entity_id is the hash of that representative. -#}
with recursive

mentions as (

    select * from {{ ref('int_entity_mentions_keyed') }}

),

matches as (

    select * from {{ ref('int_entity_key_matches') }}

),

keys as (

    select
        mention_key,
        max(token_count) as token_count,
        count(*) as mention_count
    from mentions
    group by mention_key

),

edges as (

    select child_key as from_id, parent_key as to_id from matches
    union
    select parent_key as from_id, child_key as to_id from matches

),

{{ connected_components('keys', 'mention_key', 'edges') }},

representatives as (

    select
        components.component_id,
        components.node_id as cluster_key
    from components
    inner join keys on components.node_id = keys.mention_key
    qualify row_number() over (
        partition by components.component_id
        order by
            starts_with(components.node_id, 'ref:') desc,
            keys.token_count desc,
            keys.mention_count desc,
            components.node_id
    ) = 1

),

final as (

    select
        components.node_id as mention_key,
        representatives.cluster_key,
        {{ stable_id('ent', ['representatives.cluster_key']) }} as entity_id
    from components
    inner join representatives on components.component_id = representatives.component_id

)

select * from final
