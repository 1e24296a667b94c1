{#- Step 4 (cluster): each key joins the cluster of its best parent (most tokens, then most mentions).
    Parents are followed up to three hops, which covers surname -> two-token -> full name chains. -#}
with

mentions as (

    select * from {{ ref('int_entity_mentions_keyed') }}

),

matches as (

    select * from {{ ref('int_entity_key_matches') }}

),

best_parent as (

    select child_key, parent_key
    from matches
    qualify row_number() over (
        partition by child_key order by parent_tokens desc, parent_mentions desc, parent_key
    ) = 1

),

keys as (

    select distinct mention_key from mentions

),

hops as (

    select
        keys.mention_key,
        coalesce(hop3.parent_key, hop2.parent_key, hop1.parent_key, keys.mention_key)
            as cluster_key
    from keys
    left join best_parent as hop1 on keys.mention_key = hop1.child_key
    left join best_parent as hop2 on hop1.parent_key = hop2.child_key
    left join best_parent as hop3 on hop2.parent_key = hop3.child_key

),

final as (

    select
        mention_key,
        cluster_key,
        {{ stable_id('ent', ['cluster_key']) }} as entity_id
    from hops

)

select * from final
