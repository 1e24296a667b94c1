{#- Which outlets reported which meetings: one row per meeting and reporting outlet. -#}
with

reports as (

    select * from {{ ref('meeting_reports') }}

),

articles as (

    select * from {{ ref('articles') }}

),

sources as (

    select * from {{ ref('sources') }}

),

meetings as (

    select * from {{ ref('meetings') }}

),

timeline as (

    select meeting_id, participants from {{ ref('meeting_timeline') }}

),

reports_by_outlet as (

    select
        reports.meeting_id,
        articles.source_id,
        count(distinct reports.article_id) as article_count,
        count(*) as report_count,
        min(articles.published_date) as first_published_date,
        string_agg(distinct articles.title, ' | ' order by articles.title) as article_titles
    from reports
    inner join articles on reports.article_id = articles.article_id
    group by reports.meeting_id, articles.source_id

),

outlets_per_meeting as (

    select
        meeting_id,
        count(distinct source_id) as outlet_count
    from reports_by_outlet
    group by meeting_id

),

final as (

    select
        reports_by_outlet.meeting_id,
        meetings.meeting_date,
        meetings.status,
        meetings.place_name,
        timeline.participants,
        reports_by_outlet.source_id,
        coalesce(sources.source_name, 'unknown outlet') as source_name,
        reports_by_outlet.article_count,
        reports_by_outlet.report_count,
        reports_by_outlet.first_published_date,
        reports_by_outlet.article_titles,
        outlets_per_meeting.outlet_count as meeting_outlet_count
    from reports_by_outlet
    inner join meetings on reports_by_outlet.meeting_id = meetings.meeting_id
    inner join outlets_per_meeting
        on reports_by_outlet.meeting_id = outlets_per_meeting.meeting_id
    left join timeline on reports_by_outlet.meeting_id = timeline.meeting_id
    left join sources on reports_by_outlet.source_id = sources.source_id

)

select * from final
