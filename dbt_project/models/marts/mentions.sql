with

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

final as (

    select
        mention_id,
        article_id,
        entity_id,
        mention_text,
        cast(start_char as bigint) as start_char,
        cast(end_char as bigint) as end_char,
        cast(sentence_index as bigint) as sentence_index,
        entity_type,
        title,
        key_rule as resolution_rule,
        is_nested
    from mentions

)

select * from final
