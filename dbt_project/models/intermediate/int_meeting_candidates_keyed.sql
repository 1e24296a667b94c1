{#- One row per meeting candidate with at least two distinct resolved participants, keyed by its sorted
    participant set; the publication date of its article comes along for undated candidates. -#}
with

candidates as (

    select * from {{ ref('stg_nlp__meeting_candidates') }}

),

participants as (

    select * from {{ ref('int_meeting_participants_resolved') }}

),

articles as (

    select article_id, published_date, body_text from {{ ref('int_articles_enriched') }}

),

participant_sets as (

    select
        article_id,
        candidate_index,
        string_agg(distinct entity_id, ',' order by entity_id) as participant_set,
        count(distinct entity_id) as participant_count
    from participants
    where entity_id is not null
    group by article_id, candidate_index

),

final as (

    select
        candidates.*,
        participant_sets.participant_set,
        participant_sets.participant_count,
        articles.published_date,
        substr(
            articles.body_text,
            candidates.evidence_start + 1,
            candidates.evidence_end - candidates.evidence_start
        ) as evidence_text
    from candidates
    inner join participant_sets
        on candidates.article_id = participant_sets.article_id
        and candidates.candidate_index = participant_sets.candidate_index
    inner join articles on candidates.article_id = articles.article_id
    where participant_sets.participant_count >= 2

)

select * from final
