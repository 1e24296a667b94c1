{#- Where each meeting with a place happened, on the map: the geocode
    (analysis.place_geocodes) its reports' articles give its place, the one most reports agree on
    (then the surest rule). Reports that geocode the place elsewhere
    are counted in disagreeing_report_count, not averaged away. -#}
with

meetings as (

    select * from {{ ref('meetings') }}

),

reports as (

    select * from {{ ref('meeting_reports') }}

),

geocodes as (

    select * from {{ ref('place_geocodes') }}

),

report_geocodes as (

    select
        meetings.meeting_id,
        meetings.place_entity_id,
        geocodes.*
            exclude (entity_id),
        count(*) over (
            partition by meetings.meeting_id, geocodes.gazetteer_id
        ) as agreeing_report_count,
        count(*) over (partition by meetings.meeting_id) as geocoded_report_count
    from meetings
    inner join reports on meetings.meeting_id = reports.meeting_id
    inner join geocodes
        on reports.article_id = geocodes.article_id
        and meetings.place_entity_id = geocodes.entity_id
    where geocodes.gazetteer_id is not null

),

final as (

    select
        meeting_id,
        place_entity_id,
        place_name,
        gazetteer_id,
        geoname_id,
        resolved_name,
        full_name,
        feature_kind,
        geo_type,
        country,
        country_iso2,
        country_iso3,
        admin1_code,
        latitude,
        longitude,
        geocode_rule,
        geocoded_report_count,
        geocoded_report_count - agreeing_report_count as disagreeing_report_count,
        article_id as geocode_article_id
    from report_geocodes
    qualify row_number() over (
        partition by meeting_id
        order by
            agreeing_report_count desc,
            geocode_rule in ('country_name', 'part_of_country', 'only_candidate',
                'written_after_place', 'written_with_state') desc,
            article_id
    ) = 1

)

select * from final
