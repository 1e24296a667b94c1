{#- What the quoted speakers talked about: the entities named inside each speaker's quotes. -#}
with

quotes as (

    select * from {{ ref('quotes') }}

),

mentions as (

    select * from {{ ref('mentions') }}

),

entities as (

    select * from {{ ref('entities') }}

),

speaker_quotes as (

    select
        quote_id,
        article_id,
        speaker_entity_id,
        start_char,
        end_char
    from quotes
    where speaker_entity_id is not null

),

quoted_mentions as (

    select
        speaker_quotes.speaker_entity_id,
        mentions.entity_id,
        speaker_quotes.quote_id,
        speaker_quotes.article_id,
        mentions.mention_id
    from speaker_quotes
    inner join mentions
        on speaker_quotes.article_id = mentions.article_id
        and mentions.start_char >= speaker_quotes.start_char
        and mentions.end_char <= speaker_quotes.end_char
    where mentions.entity_id <> speaker_quotes.speaker_entity_id

),

topics as (

    select
        speaker_entity_id,
        entity_id,
        count(distinct mention_id) as mention_count,
        count(distinct quote_id) as quote_count,
        count(distinct article_id) as article_count
    from quoted_mentions
    group by speaker_entity_id, entity_id

),

final as (

    select
        topics.speaker_entity_id,
        speaker.canonical_name as speaker_name,
        topics.entity_id,
        topic.canonical_name as entity_name,
        topic.entity_type,
        topics.mention_count,
        topics.quote_count,
        topics.article_count,
        row_number() over (
            partition by topics.speaker_entity_id
            order by topics.quote_count desc, topics.mention_count desc, topic.canonical_name
        ) as topic_rank
    from topics
    inner join entities as speaker on topics.speaker_entity_id = speaker.entity_id
    inner join entities as topic on topics.entity_id = topic.entity_id

)

select * from final
