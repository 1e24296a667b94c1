{#- One row per current article: cleaned text plus the best-ranked signal of each kind. -#}
with

articles as (

    select * from {{ ref('stg_news__articles') }}

),

documents as (

    select * from {{ ref('stg_nlp__documents') }}

),

signals as (

    select * from {{ ref('stg_nlp__article_signals') }}

),

best_signals as (

    select
        article_id,
        kind,
        value,
        rule,
        evidence,
        confidence,
        method,
        flag
    from signals
    qualify row_number() over (
        partition by article_id, kind order by rank, confidence desc, value
    ) = 1

),

pivoted as (

    select
        article_id,
        max(case when kind = 'title' then value end) as title,
        max(case when kind = 'published_date' then value end) as published_value,
        max(case when kind = 'published_date' then method end) as published_method,
        max(case when kind = 'published_date' then rule end) as published_rule,
        max(case when kind = 'published_date' then flag end) as published_flag,
        max(case when kind = 'source' then value end) as source_name,
        max(case when kind = 'source' then rule || ': ' || evidence end) as source_evidence,
        max(case when kind = 'source' then confidence end) as source_confidence,
        max(case when kind = 'byline' then value end) as byline,
        max(case when kind = 'dateline' then value end) as dateline
    from best_signals
    group by article_id

),

final as (

    select
        articles.article_id,
        articles.input_name,
        articles.content_sha256,
        coalesce(pivoted.title, articles.meta_title) as title,
        try_cast(pivoted.published_value as date) as published_date,
        case
            when try_cast(pivoted.published_value as date) is null then 'unknown'
            else coalesce(pivoted.published_method, 'stated')
        end as published_date_method,
        pivoted.published_rule as published_date_rule,
        pivoted.published_flag as published_date_flag,
        pivoted.source_name,
        pivoted.source_evidence,
        pivoted.source_confidence,
        pivoted.byline,
        pivoted.dateline,
        documents.body_text,
        documents.language,
        documents.language_score,
        documents.is_annotated,
        documents.sentence_count,
        documents.token_count as word_count,
        articles.meta_url as url,
        articles.loaded_at
    from articles
    inner join documents on articles.article_id = documents.article_id
    left join pivoted on articles.article_id = pivoted.article_id

)

select * from final
