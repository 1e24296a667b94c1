{#- The whole encounter network: one row per unordered pair of entities that met, plan to meet or
    had a phone or video contact, with a count of each, the reports, the dates and the places.
    Two people on the same side ("A and B met C": both subjects) are no pair of each other.
    who_met_whom keeps only held in-person meetings; this is what `cli network` writes as a graph. -#}
with

participants as (

    select * from {{ ref('meeting_participants') }}

),

meetings as (

    select * from {{ ref('meetings') }}

),

entities as (

    select * from {{ ref('entities') }}

),

pairs as (

    select
        left_side.entity_id as entity_id_a,
        right_side.entity_id as entity_id_b,
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.status,
        meetings.mode,
        meetings.place_name,
        meetings.report_count,
        meetings.confidence
    from participants as left_side
    inner join participants as right_side
        on left_side.meeting_id = right_side.meeting_id
        and left_side.entity_id < right_side.entity_id
        and {{ on_opposite_sides('left_side.role', 'right_side.role') }}
    inner join meetings on left_side.meeting_id = meetings.meeting_id

),

pair_places as (

    select
        entity_id_a,
        entity_id_b,
        place_name,
        count(*) as place_meetings
    from pairs
    where place_name is not null
    group by entity_id_a, entity_id_b, place_name

),

place_lists as (

    select
        entity_id_a,
        entity_id_b,
        string_agg(place_name, ', ' order by place_meetings desc, place_name) as places
    from pair_places
    group by entity_id_a, entity_id_b

),

pair_counts as (

    select
        entity_id_a,
        entity_id_b,
        count(distinct meeting_id) as encounter_count,
        count(distinct meeting_id) filter (
            where status = 'held' and mode = 'in_person'
        ) as held_meeting_count,
        count(distinct meeting_id) filter (
            where status = 'planned' and mode = 'in_person'
        ) as planned_meeting_count,
        count(distinct meeting_id) filter (where mode != 'in_person') as remote_contact_count,
        sum(report_count) as report_count,
        min(meeting_date) as first_encounter_date,
        max(meeting_date) as last_encounter_date,
        coalesce(sum(report_count) filter (where status = 'held' and mode = 'in_person'), 0)
            as held_report_count,
        min(meeting_date) filter (where status = 'held' and mode = 'in_person')
            as first_meeting_date,
        max(meeting_date) filter (where status = 'held' and mode = 'in_person')
            as last_meeting_date,
        round(max(confidence), 3) as max_confidence
    from pairs
    group by entity_id_a, entity_id_b

),

final as (

    select
        pair_counts.entity_id_a,
        entity_a.canonical_name as entity_name_a,
        entity_a.entity_type as entity_type_a,
        pair_counts.entity_id_b,
        entity_b.canonical_name as entity_name_b,
        entity_b.entity_type as entity_type_b,
        case
            when pair_counts.held_meeting_count > 0 then 'met'
            when pair_counts.planned_meeting_count > 0 then 'planned'
            else 'contact'
        end as strongest_tie,
        pair_counts.encounter_count,
        pair_counts.held_meeting_count,
        pair_counts.planned_meeting_count,
        pair_counts.remote_contact_count,
        pair_counts.report_count,
        pair_counts.first_encounter_date,
        pair_counts.last_encounter_date,
        pair_counts.held_report_count,
        pair_counts.first_meeting_date,
        pair_counts.last_meeting_date,
        place_lists.places,
        pair_counts.max_confidence
    from pair_counts
    inner join entities as entity_a on pair_counts.entity_id_a = entity_a.entity_id
    inner join entities as entity_b on pair_counts.entity_id_b = entity_b.entity_id
    left join place_lists
        on pair_counts.entity_id_a = place_lists.entity_id_a
        and pair_counts.entity_id_b = place_lists.entity_id_b

)

select * from final
