{#- Pairs of articles that are copies of one story (a wire story run by several outlets, a press
    release reprinted, a shortened version). Locality-sensitive hashing over the MinHash
    signatures of orchestration/lib/fingerprints.py: the 64 positions are cut into 21 bands of 3,
    and two articles are candidates when any band agrees, so the all-pairs comparison never
    happens. A candidate pair is a copy when the estimated containment of the shorter text's word
    5-grams in the longer one (from the estimated Jaccard similarity and both 5-gram counts) is at
    least var('story_min_containment') and, when both articles are dated, they were published at
    most var('story_max_days_apart') days apart: recurring template stories (a central bank's
    daily market operation, a weekly price table) share most of their words but report different
    days. -#}
with

fingerprints as (

    select * from {{ ref('stg_nlp__article_fingerprints') }}

),

articles as (

    select article_id, published_date from {{ ref('int_articles_with_sources') }}

),

bands as (

    select
        fingerprints.article_id,
        bands.band,
        hash(list_slice(fingerprints.minhash, bands.band * 3 + 1, bands.band * 3 + 3)) as band_key
    from fingerprints
    cross join range(21) as bands (band)

),

candidates as (

    select distinct
        left_band.article_id,
        right_band.article_id as other_article_id
    from bands as left_band
    inner join bands as right_band
        on left_band.band = right_band.band
        and left_band.band_key = right_band.band_key
        and left_band.article_id < right_band.article_id

),

scored as (

    select
        candidates.article_id,
        candidates.other_article_id,
        left_print.shingle_count,
        right_print.shingle_count as other_shingle_count,
        list_sum(list_transform(
            range(1, 65), lambda i: (left_print.minhash[i] = right_print.minhash[i])::integer
        )) / 64.0 as jaccard
    from candidates
    inner join fingerprints as left_print on candidates.article_id = left_print.article_id
    inner join fingerprints as right_print on candidates.other_article_id = right_print.article_id

),

final as (

    select
        scored.article_id,
        scored.other_article_id,
        round(jaccard, 3) as jaccard,
        -- |A and B| = J (|A| + |B|) / (1 + J); containment = |A and B| / min(|A|, |B|)
        round(least(
            1.0,
            jaccard * (shingle_count + other_shingle_count)
            / ((1 + jaccard) * least(shingle_count, other_shingle_count))
        ), 3) as containment
    from scored
    inner join articles as left_article on scored.article_id = left_article.article_id
    inner join articles as right_article on scored.other_article_id = right_article.article_id
    where coalesce(
        abs(date_diff('day', left_article.published_date, right_article.published_date))
        <= {{ var('story_max_days_apart') }},
        true
    )

)

select * from final
where containment >= {{ var('story_min_containment') }}
