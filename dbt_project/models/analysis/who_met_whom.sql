{#- Edges of the meeting network: one row per unordered pair of entities that met each other
    (held, in person; not two people on the same side, as in "A and B met C"). -#}
with

participants as (

    select * from {{ ref('meeting_participants') }}

),

meetings as (

    select * from {{ ref('meetings') }}

),

pairs as (

    select
        left_side.entity_id as entity_id_a,
        left_side.participant_name as participant_a,
        right_side.entity_id as entity_id_b,
        right_side.participant_name as participant_b,
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.report_count
    from participants as left_side
    inner join participants as right_side
        on left_side.meeting_id = right_side.meeting_id
        and left_side.entity_id < right_side.entity_id
        and {{ on_opposite_sides('left_side.role', 'right_side.role') }}
    inner join meetings on left_side.meeting_id = meetings.meeting_id
    where meetings.status = 'held' and meetings.mode = 'in_person'

),

final as (

    select
        entity_id_a,
        any_value(participant_a) as participant_a,
        entity_id_b,
        any_value(participant_b) as participant_b,
        count(distinct meeting_id) as meeting_count,
        sum(report_count) as report_count,
        min(meeting_date) as first_meeting_date,
        max(meeting_date) as last_meeting_date
    from pairs
    group by entity_id_a, entity_id_b

)

select * from final
