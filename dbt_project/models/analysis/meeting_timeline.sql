with

meetings as (

    select * from {{ ref('meetings') }}

),

participants as (

    select * from {{ ref('meeting_participants') }}

),

geocodes as (

    select * from {{ ref('meeting_geocodes') }}

),

participant_lists as (

    select
        meeting_id,
        string_agg(participant_name, ' & ' order by participant_name) as participants,
        count(*) as participant_count
    from participants
    group by meeting_id

),

final as (

    select
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.date_precision,
        meetings.status,
        meetings.mode,
        meetings.place_name,
        geocodes.full_name as place_full_name,
        geocodes.country as place_country,
        geocodes.latitude as place_latitude,
        geocodes.longitude as place_longitude,
        participant_lists.participants,
        participant_lists.participant_count,
        meetings.report_count,
        meetings.confidence
    from meetings
    inner join participant_lists on meetings.meeting_id = participant_lists.meeting_id
    left join geocodes on meetings.meeting_id = geocodes.meeting_id
    order by meetings.meeting_date nulls last, participant_lists.participants

)

select * from final
