with

reports as (

    select * from {{ ref('int_meetings_clustered') }}

),

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

place_entities as (

    select
        reports.meeting_id,
        reports.place_text,
        mentions.entity_id as place_entity_id
    from reports
    left join mentions
        on reports.article_id = mentions.article_id
        and reports.place_start is not null
        and mentions.start_char < reports.place_end
        and mentions.end_char > reports.place_start
    where reports.place_text is not null

),

place_votes as (

    select meeting_id, place_text, place_entity_id
    from place_entities
    group by meeting_id, place_text, place_entity_id
    qualify row_number() over (
        partition by meeting_id
        order by count(*) desc, place_entity_id nulls last, place_text
    ) = 1

),

date_votes as (

    select meeting_id, meeting_date, date_precision
    from reports
    where meeting_date is not null
    group by meeting_id, meeting_date, date_precision
    qualify row_number() over (
        partition by meeting_id order by count(*) desc, meeting_date
    ) = 1

),

summary as (

    select
        meeting_id,
        any_value(status) as status,
        any_value(mode) as mode,
        count(distinct article_id) as report_count,
        count(*) as candidate_count,
        count(distinct meeting_date) as distinct_date_count,
        max(confidence) as confidence,
        string_agg(distinct rule, ', ' order by rule) as rules,
        min(published_date) as first_reported_date
    from reports
    group by meeting_id

),

final as (

    select
        summary.meeting_id,
        date_votes.meeting_date,
        coalesce(date_votes.date_precision, 'unknown') as date_precision,
        place_votes.place_text as place_name,
        place_votes.place_entity_id,
        summary.status,
        summary.mode,
        summary.report_count,
        summary.candidate_count,
        summary.distinct_date_count > 1 as has_date_disagreement,
        summary.confidence,
        summary.rules,
        summary.first_reported_date
    from summary
    left join date_votes on summary.meeting_id = date_votes.meeting_id
    left join place_votes on summary.meeting_id = place_votes.meeting_id

)

select * from final
