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

{#- What happens to each meeting as a whole, from the corrections that passed the first checks. -#}
fates as (

    select
        meeting_id,
        bool_or(action = 'reject') as is_rejected,
        bool_or(action = 'merge_into') as is_merged
    from checked
    where basic_problem is null
    group by meeting_id

),

contradictions as (

    select meeting_id, action
    from checked
    where basic_problem is null
    group by meeting_id, action
    having count(distinct coalesce(value, '')) > 1

),

final as (

    select
        checked.meeting_id,
        checked.action,
        checked.value,
        checked.note,
        checked.line_number,
        cast(checked.line_count as bigint) as line_count,
        coalesce(
            checked.basic_problem,
            case
                when contradictions.meeting_id is not null
                    then 'contradicts another ' || checked.action || ' line of this meeting'
                when checked.action != 'reject' and own_fate.is_rejected
                    then 'the meeting is rejected'
                when checked.action != 'merge_into' and own_fate.is_merged
                    then 'the meeting is merged into another one: correct that one instead'
                when checked.action = 'merge_into'
                    and (target_fate.is_rejected or target_fate.is_merged)
                    then 'the target meeting is itself rejected or merged: point at the meeting that stays'
            end
        ) as problem
    from checked
    left join contradictions
        on checked.meeting_id = contradictions.meeting_id
        and checked.action = contradictions.action
    left join fates as own_fate on checked.meeting_id = own_fate.meeting_id
    left join fates as target_fate
        on checked.action = 'merge_into' and checked.value = target_fate.meeting_id

)

select * from final
