with

quotes as (

    select * from {{ ref('quotes') }}

),

final as (

    select
        speaker_entity_id,
        any_value(speaker_name) as speaker_name,
        count(*) as quote_count,
        count(*) filter (where quote_kind = 'direct') as direct_quote_count,
        count(distinct article_id) as article_count,
        arg_max(quote_text, length(quote_text)) as longest_quote
    from quotes
    where speaker_entity_id is not null
    group by speaker_entity_id

)

select * from final
