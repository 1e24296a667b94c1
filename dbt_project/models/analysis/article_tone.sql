{#- The tone of each article, as GDELT's Global Knowledge Graph counts it: the share of the
    article's words that are positive, the share that are negative (both in percent), tone = the
    first minus the second, polarity = their sum. Tone words come from int_tone_words (VADER's
    lexicon corrected for the news register, names left out, negation read); the words counted are
    all the words of body_text. With the words that made the score, so a reader can check it
    (docs/tone.md). -#}
with

articles as (

    select * from {{ ref('articles') }}

),

tone_words as (

    select * from {{ ref('int_tone_words') }}

),

word_counts as (

    select
        article_id,
        len(regexp_extract_all(body_text, '[A-Za-z]+(?:[''’-][A-Za-z]+)*')) as word_count
    from articles

),

word_tallies as (

    select
        article_id,
        word,
        sign(valence) as direction,
        count(*) as occurrences
    from tone_words
    group by all

),

top_words as (

    select
        article_id,
        list(word order by occurrences desc, word) filter (where direction > 0)[1:5]
            as top_positive_words,
        list(word order by occurrences desc, word) filter (where direction < 0)[1:5]
            as top_negative_words
    from word_tallies
    group by all

),

scores as (

    select
        article_id,
        count(*) filter (where valence > 0) as positive_word_count,
        count(*) filter (where valence < 0) as negative_word_count,
        count(*) filter (where is_negated) as negated_word_count,
        sum(valence) as valence_sum
    from tone_words
    group by all

),

final as (

    select
        articles.article_id,
        articles.published_date,
        word_counts.word_count,
        coalesce(scores.positive_word_count, 0) as positive_word_count,
        coalesce(scores.negative_word_count, 0) as negative_word_count,
        coalesce(scores.negated_word_count, 0) as negated_word_count,
        round(100.0 * coalesce(scores.positive_word_count, 0) / nullif(word_counts.word_count, 0), 3)
            as positive_score,
        round(100.0 * coalesce(scores.negative_word_count, 0) / nullif(word_counts.word_count, 0), 3)
            as negative_score,
        round(
            100.0 * (coalesce(scores.positive_word_count, 0) - coalesce(scores.negative_word_count, 0))
            / nullif(word_counts.word_count, 0),
            3
        ) as tone,
        round(
            100.0 * (coalesce(scores.positive_word_count, 0) + coalesce(scores.negative_word_count, 0))
            / nullif(word_counts.word_count, 0),
            3
        ) as polarity,
        round(coalesce(scores.valence_sum, 0) / nullif(word_counts.word_count, 0) * 100, 3)
            as valence_per_100_words,
        coalesce(top_words.top_positive_words, []) as top_positive_words,
        coalesce(top_words.top_negative_words, []) as top_negative_words
    from articles
    inner join word_counts on articles.article_id = word_counts.article_id
    left join scores on articles.article_id = scores.article_id
    left join top_words on articles.article_id = top_words.article_id

)

select * from final
