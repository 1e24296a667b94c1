with

quotes as (

    select * from {{ ref('int_quotes_attributed') }}

),

entities as (

    select entity_id, canonical_name from {{ ref('entities') }}

),

final as (

    select
        quotes.quote_id,
        quotes.article_id,
        quotes.speaker_entity_id,
        coalesce(entities.canonical_name, quotes.speaker_text) as speaker_name,
        quotes.quote_text,
        quotes.quote_kind,
        cast(quotes.start_char as bigint) as start_char,
        cast(quotes.end_char as bigint) as end_char,
        cast(quotes.sentence_index as bigint) as sentence_index,
        quotes.speaker_text,
        cast(quotes.speaker_start as bigint) as speaker_start,
        cast(quotes.speaker_end as bigint) as speaker_end,
        quotes.cue_text as cue_verb,
        cast(quotes.cue_start as bigint) as cue_start,
        cast(quotes.cue_end as bigint) as cue_end,
        quotes.attribution as attribution_rule,
        quotes.confidence,
        quotes.speaker_resolution,
        quotes.quotation_id,
        quotes.continues_quote_id,
        cast(quotes.fragment_index as bigint) as fragment_index
    from quotes
    left join entities on quotes.speaker_entity_id = entities.entity_id

)

select * from final
