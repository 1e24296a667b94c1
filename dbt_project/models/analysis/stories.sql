{#- Stories that several articles carry: one row per story with two or more articles, with its
    first report, the outlets that ran it and how much of it each copy shares. -#}
with

articles as (

    select * from {{ ref('articles') }}

),

sources as (

    select * from {{ ref('sources') }}

),

copy_pairs as (

    select * from {{ ref('int_article_copy_pairs') }}

),

story_articles as (

    select
        articles.story_id,
        articles.article_id,
        articles.copy_of_article_id,
        articles.title,
        articles.published_date,
        coalesce(sources.source_name, 'unknown outlet') as source_name
    from articles
    left join sources on articles.source_id = sources.source_id
    where articles.story_article_count > 1

),

first_reports as (

    select
        story_id,
        article_id as first_article_id,
        title as first_title,
        published_date as first_published_date,
        source_name as first_source_name
    from story_articles
    where copy_of_article_id is null

),

copy_similarity as (

    select
        story_articles.story_id,
        min(copy_pairs.containment) as min_containment
    from story_articles
    inner join copy_pairs
        on story_articles.article_id in (copy_pairs.article_id, copy_pairs.other_article_id)
    group by story_articles.story_id

),

aggregated as (

    select
        story_id,
        count(*) as article_count,
        count(distinct source_name) as outlet_count,
        string_agg(distinct source_name, ' | ' order by source_name) as outlets,
        max(published_date) as last_published_date
    from story_articles
    group by story_id

),

final as (

    select
        aggregated.story_id,
        first_reports.first_article_id,
        first_reports.first_title,
        first_reports.first_source_name,
        first_reports.first_published_date,
        aggregated.last_published_date,
        aggregated.article_count,
        aggregated.outlet_count,
        aggregated.outlets,
        copy_similarity.min_containment
    from aggregated
    inner join first_reports on aggregated.story_id = first_reports.story_id
    left join copy_similarity on aggregated.story_id = copy_similarity.story_id

)

select * from final
