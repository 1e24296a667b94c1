{#- Every line of meeting_corrections.csv (identical lines once): whether it applies (and why not), and
    the meeting as the pipeline found it, before any correction, so a reviewer sees what was
    changed. -#}
with

corrections as (

    select * from {{ ref('int_meeting_corrections') }}

),

reports as (

    select * from {{ ref('int_meetings_clustered') }}

),

entities as (

    select entity_id, canonical_name from {{ ref('entities') }}

),

found as (

    select
        meeting_id,
        any_value(participant_set) as participant_set,
        any_value(status) as status,
        any_value(mode) as mode,
        any_value(meeting_cluster_date) as meeting_date,
        mode(place_text) as place_name,
        count(distinct article_id) as report_count,
        arg_min(evidence_text, published_date) as first_evidence_text
    from reports
    group by meeting_id

),

found_participants as (

    select
        found.meeting_id,
        string_agg(distinct entities.canonical_name, ' & ' order by entities.canonical_name)
            as participants
    from found
    cross join unnest(string_split(found.participant_set, ',')) as keyed(entity_id)
    inner join entities on keyed.entity_id = entities.entity_id
    group by found.meeting_id

),

final as (

    select
        corrections.line_number,
        corrections.meeting_id,
        corrections.action,
        corrections.value,
        corrections.note,
        corrections.problem is null as applies,
        corrections.problem,
        found_participants.participants as found_participants,
        found.meeting_date as found_date,
        found.place_name as found_place,
        found.status as found_status,
        found.mode as found_mode,
        cast(found.report_count as bigint) as found_report_count,
        found.first_evidence_text as found_evidence_text
    from corrections
    left join found on corrections.meeting_id = found.meeting_id
    left join found_participants on corrections.meeting_id = found_participants.meeting_id

)

select * from final
