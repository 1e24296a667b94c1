{#- Mention volume over time, GDELT-style: one row per entity and publication date, with the
    mean tone of the articles that mention the entity that day (article_tone). -#}
with

mentions as (

    select * from {{ ref('mentions') }}

),

articles as (

    select * from {{ ref('articles') }}

),

entities as (

    select * from {{ ref('entities') }}

),

article_tone as (

    select * from {{ ref('article_tone') }}

),

dated_articles as (

    select
        article_id,
        source_id,
        published_date
    from articles
    where published_date is not null

),

day_totals as (

    select
        published_date,
        count(*) as day_article_count
    from dated_articles
    group by published_date

),

entity_days as (

    select
        mentions.entity_id,
        dated_articles.published_date,
        count(*) as mention_count,
        count(distinct mentions.article_id) as article_count,
        count(distinct dated_articles.source_id) as source_count
    from mentions
    inner join dated_articles on mentions.article_id = dated_articles.article_id
    group by mentions.entity_id, dated_articles.published_date

),

entity_day_tone as (

    {#- each article once, however often it names the entity -#}
    select
        entity_articles.entity_id,
        entity_articles.published_date,
        round(avg(article_tone.tone), 3) as average_article_tone
    from (
        select distinct mentions.entity_id, mentions.article_id, dated_articles.published_date
        from mentions
        inner join dated_articles on mentions.article_id = dated_articles.article_id
    ) as entity_articles
    inner join article_tone on entity_articles.article_id = article_tone.article_id
    group by entity_articles.entity_id, entity_articles.published_date

),

final as (

    select
        entity_days.entity_id,
        entities.canonical_name as entity_name,
        entities.entity_type,
        entity_days.published_date,
        entity_days.mention_count,
        entity_days.article_count,
        entity_days.source_count,
        day_totals.day_article_count,
        round(entity_days.article_count / day_totals.day_article_count, 4)
            as share_of_day_articles,
        entity_day_tone.average_article_tone
    from entity_days
    inner join entities on entity_days.entity_id = entities.entity_id
    inner join day_totals on entity_days.published_date = day_totals.published_date
    left join entity_day_tone
        on entity_days.entity_id = entity_day_tone.entity_id
        and entity_days.published_date = entity_day_tone.published_date

)

select * from final
