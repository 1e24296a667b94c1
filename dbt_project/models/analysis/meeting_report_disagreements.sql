{#- Meetings whose reports disagree on the date or the place, with what each article said. -#}
with

reports as (

    select * from {{ ref('meeting_reports') }}

),

articles as (

    select article_id, source_id, title from {{ ref('articles') }}

),

disputed as (

    select meeting_id
    from reports
    group by meeting_id
    having count(distinct reported_date) > 1 or count(distinct lower(reported_place)) > 1

),

final as (

    select
        reports.meeting_id,
        reports.article_id,
        articles.source_id,
        articles.title,
        reports.reported_date,
        reports.date_text,
        reports.reported_place,
        reports.evidence_text
    from reports
    inner join disputed on reports.meeting_id = disputed.meeting_id
    inner join articles on reports.article_id = articles.article_id

)

select * from final
