with

articles as (

    select * from {{ ref('int_articles_with_sources') }}

),

stories as (

    select * from {{ ref('int_article_stories') }}

),

final as (

    select
        articles.article_id,
        articles.source_id,
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
        articles.loaded_at,
        stories.story_id,
        stories.copy_of_article_id,
        cast(stories.story_article_count as bigint) as story_article_count
    from articles
    inner join stories on articles.article_id = stories.article_id

)

select * from final
