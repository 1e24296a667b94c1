with

articles as (

    select * from {{ ref('int_articles_with_sources') }}

),

final as (

    select
        article_id,
        source_id,
        input_name,
        title,
        published_date,
        published_date_method,
        published_date_flag,
        body_text,
        content_sha256,
        language,
        is_annotated,
        byline,
        dateline,
        resolved_source_name as source_name,
        source_evidence,
        url,
        cast(sentence_count as bigint) as sentence_count,
        cast(word_count as bigint) as word_count,
        loaded_at
    from articles

)

select * from final
