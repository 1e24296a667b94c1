{#- Quote candidates with their speaker resolved to an entity: the mention whose span overlaps the
    speaker span the extractor chose (the best named mention of the speaker in the article). -#}
with

quotes as (

    select * from {{ ref('stg_nlp__quote_candidates') }}

),

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

speaker_mentions as (

    select
        quotes.article_id,
        quotes.quote_index,
        mentions.entity_id,
        mentions.mention_id
    from quotes
    inner join mentions
        on quotes.article_id = mentions.article_id
        and quotes.speaker_is_named
        and mentions.start_char < quotes.speaker_end
        and mentions.end_char > quotes.speaker_start
    qualify row_number() over (
        partition by quotes.article_id, quotes.quote_index
        order by (mentions.end_char - mentions.start_char) desc, mentions.start_char
    ) = 1

),

final as (

    select
        {{ stable_id('quo', ['quotes.article_id', 'quotes.start_char', 'quotes.end_char',
                             'quotes.quote_kind']) }} as quote_id,
        quotes.*,
        speaker_mentions.entity_id as speaker_entity_id,
        speaker_mentions.mention_id as speaker_mention_id
    from quotes
    left join speaker_mentions
        on quotes.article_id = speaker_mentions.article_id
        and quotes.quote_index = speaker_mentions.quote_index
    qualify row_number() over (partition by quote_id order by quotes.quote_index) = 1

)

select * from final
