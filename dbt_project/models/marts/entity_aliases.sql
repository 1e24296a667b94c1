with

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

final as (

    select
        entity_id,
        mention_text as alias,
        count(*) as mention_count,
        count(distinct article_id) as article_count
    from mentions
    group by entity_id, mention_text

)

select * from final
