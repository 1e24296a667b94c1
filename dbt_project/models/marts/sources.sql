with

articles as (

    select * from {{ ref('int_articles_with_sources') }}

),

final as (

    select
        source_id,
        any_value(resolved_source_name) as source_name,
        count(*) as article_count,
        string_agg(distinct source_evidence, ' | ' order by source_evidence) as source_evidence,
        min(published_date) as first_published_date,
        max(published_date) as last_published_date
    from articles
    where source_id is not null
    group by source_id

)

select * from final
