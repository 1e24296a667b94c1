{#- Every analyst correction of meeting_corrections.csv (identical lines once), checked against the
    meetings the pipeline found: problem is NULL when the correction applies, else why it does not
    (a typo, a meeting id the pipeline no longer produces, two corrections that contradict each
    other). Corrections that do not apply are reported, never fatal: a stale line must not stop
    a build. -#}
with

corrections as (

    select
        meeting_id,
        action,
        value,
        min(note) as note,
        min(line_number) as line_number,
        count(*) as line_count
    from {{ ref('stg_corrections__meeting_corrections') }}
    group by meeting_id, action, value

),

meetings as (

    select distinct meeting_id from {{ ref('int_meetings_clustered') }}

),

checked as (

    select
        corrections.*,
        case
            when corrections.action not in (
                'reject', 'merge_into', 'set_date', 'set_place', 'set_status', 'set_mode'
            )
                then 'unknown action: use reject, merge_into, set_date, set_place, set_status or set_mode'
            when corrections.meeting_id is null
                then 'meeting_id is empty'
            when meetings.meeting_id is null
                then 'no meeting has this id (the pipeline may have changed the meeting: look its id up again)'
            when corrections.action = 'set_date'
                and corrections.value is not null
                and try_cast(corrections.value as date) is null
                then 'value is not a date: write YYYY-MM-DD, or leave it empty for an unknown date'
            when corrections.action = 'set_status'
                and coalesce(corrections.value, '') not in ('held', 'planned')
                then 'value must be held or planned'
            when corrections.action = 'set_mode'
                and coalesce(corrections.value, '') not in ('in_person', 'phone', 'video')
                then 'value must be in_person, phone or video'
            when corrections.action = 'merge_into' and corrections.value = corrections.meeting_id
                then 'a meeting cannot be merged into itself'
            when corrections.action = 'merge_into' and targets.meeting_id is null
                then 'value must be the id of the meeting to merge into, and no meeting has that id'
        end as basic_problem
    from corrections
    left join meetings on corrections.meeting_id = meetings.meeting_id
    left join meetings as targets
        on corrections.action = 'merge_into' and corrections.value = targets.meeting_id

),

final as (

    {{ correction_problems('meeting_id', 'meeting') }}

)

select * from final
