{#- Step 4 (cluster): connected components of the match graph, so clustering is transitive and
    does not depend on the order of the evidence. Each key starts as its own component label and
    takes the smallest label reachable over match edges (recursive CTE; the graph only has edges
    inside last-name blocks, so components stay small). The representative key of a component is
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

    select child_key as from_key, parent_key as to_key from matches
    union
    select parent_key as from_key, child_key as to_key from matches

),

reachable (mention_key, reached_key) as (

    select mention_key, mention_key as reached_key from keys
    union
    select edges.to_key as mention_key, reachable.reached_key
    from reachable
    inner join edges on reachable.mention_key = edges.from_key

),

components as (

    select mention_key, min(reached_key) as component_key
    from reachable
    group by mention_key

),

representatives as (

    select
        components.component_key,
        components.mention_key as cluster_key
    from components
    inner join keys on components.mention_key = keys.mention_key
    qualify row_number() over (
        partition by components.component_key
        order by
            starts_with(components.mention_key, 'ref:') desc,
            keys.token_count desc,
            keys.mention_count desc,
            components.mention_key
    ) = 1

),

final as (

    select
        components.mention_key,
        representatives.cluster_key,
        {{ stable_id('ent', ['representatives.cluster_key']) }} as entity_id
    from components
    inner join representatives on components.component_key = representatives.component_key

)

select * from final
