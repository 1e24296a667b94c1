{#- Most-quoted named speakers, with what they talked about (their top entities, from
    speaker_topics) and the mean tone of their quotes (quote_tone). -#}
with

quotes as (

    select * from {{ ref('quotes') }}

),

topics as (

    select * from {{ ref('speaker_topics') }}

),

quote_tone as (

    select * from {{ ref('quote_tone') }}

),

speaker_tone as (

    select
        speaker_entity_id,
        round(avg(tone), 2) as average_quote_tone
    from quote_tone
    where speaker_entity_id is not null and tone is not null
    group by speaker_entity_id

),

speakers as (

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

),

top_topics as (

    select
        speaker_entity_id,
        string_agg(entity_name, ', ' order by topic_rank) as top_topics
    from topics
    where topic_rank <= 5
    group by speaker_entity_id

),

final as (

    select
        speakers.speaker_entity_id,
        speakers.speaker_name,
        speakers.quote_count,
        speakers.direct_quote_count,
        speakers.article_count,
        speakers.longest_quote,
        top_topics.top_topics,
        speaker_tone.average_quote_tone,
        row_number() over (
            order by speakers.quote_count desc, speakers.article_count desc, speakers.speaker_name
        ) as speaker_rank
    from speakers
    left join top_topics on speakers.speaker_entity_id = top_topics.speaker_entity_id
    left join speaker_tone on speakers.speaker_entity_id = speaker_tone.speaker_entity_id

)

select * from final
