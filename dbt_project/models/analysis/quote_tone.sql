{#- The tone of what each quote says, counted like article_tone on the quote's own words (the
    tone words of int_tone_words inside the quote's offsets), so a speaker's quotes can be
    compared ("who said what, in what tone"). -#}
with

quotes as (

    select * from {{ ref('quotes') }}

),

tone_words as (

    select * from {{ ref('int_tone_words') }}

),

quote_lengths as (

    select
        quote_id,
        len(regexp_extract_all(quote_text, '[A-Za-z]+(?:[''’-][A-Za-z]+)*')) as word_count
    from quotes

),

quote_words as (

    select
        quotes.quote_id,
        count(*) filter (where tone_words.valence > 0) as positive_word_count,
        count(*) filter (where tone_words.valence < 0) as negative_word_count,
        list(tone_words.word order by tone_words.start_char)
            filter (where tone_words.valence > 0) as positive_words,
        list(tone_words.word order by tone_words.start_char)
            filter (where tone_words.valence < 0) as negative_words
    from quotes
    inner join tone_words
        on quotes.article_id = tone_words.article_id
        and tone_words.start_char >= quotes.start_char
        and tone_words.end_char <= quotes.end_char
    group by all

),

final as (

    select
        quotes.quote_id,
        quotes.article_id,
        quotes.speaker_entity_id,
        quotes.speaker_name,
        quotes.quote_kind,
        quote_lengths.word_count,
        coalesce(quote_words.positive_word_count, 0) as positive_word_count,
        coalesce(quote_words.negative_word_count, 0) as negative_word_count,
        round(
            100.0 * (
                coalesce(quote_words.positive_word_count, 0)
                - coalesce(quote_words.negative_word_count, 0)
            ) / nullif(quote_lengths.word_count, 0),
            3
        ) as tone,
        coalesce(quote_words.positive_words, []) as positive_words,
        coalesce(quote_words.negative_words, []) as negative_words
    from quotes
    inner join quote_lengths on quotes.quote_id = quote_lengths.quote_id
    left join quote_words on quotes.quote_id = quote_words.quote_id

)

select * from final
