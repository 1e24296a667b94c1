{#- Meetings between countries, as event data sets count them (dyads): one row per unordered pair
    of countries whose people, organisations or governments met, plan to meet or had a phone or
    video contact, counted once per meeting however many participants of each side took part. A
    participant's country is analysis.entity_countries' (Turkey for "Turkish President Erdogan"
    and for "Ankara"); participants on the same side ("A and B met C": both subjects) are no
    pair, and meetings inside one country are left out. -#}
with

participants as (

    select * from {{ ref('meeting_participants') }}

),

meetings as (

    select * from {{ ref('meetings') }}

),

entity_countries as (

    select * from {{ ref('entity_countries') }}

),

participant_countries as (

    select
        participants.meeting_id,
        participants.entity_id,
        participants.participant_name,
        participants.role,
        entity_countries.country,
        entity_countries.country_iso3
    from participants
    inner join entity_countries on participants.entity_id = entity_countries.entity_id

),

participant_pairs as (

    select
        left_side.meeting_id,
        left_side.country as country_a,
        left_side.country_iso3 as country_iso3_a,
        right_side.country as country_b,
        right_side.country_iso3 as country_iso3_b,
        left_side.participant_name as participant_a,
        right_side.participant_name as participant_b
    from participant_countries as left_side
    inner join participant_countries as right_side
        on left_side.meeting_id = right_side.meeting_id
        and left_side.country < right_side.country
        and {{ on_opposite_sides('left_side.role', 'right_side.role') }}

),

meeting_pairs as (

    select
        participant_pairs.meeting_id,
        participant_pairs.country_a,
        participant_pairs.country_iso3_a,
        participant_pairs.country_b,
        participant_pairs.country_iso3_b,
        string_agg(
            distinct participant_pairs.participant_a || ' - ' || participant_pairs.participant_b,
            '; '
        ) as participant_pairs,
        any_value(meetings.meeting_date) as meeting_date,
        any_value(meetings.status) as status,
        any_value(meetings.mode) as mode,
        any_value(meetings.report_count) as report_count
    from participant_pairs
    inner join meetings on participant_pairs.meeting_id = meetings.meeting_id
    group by all

),

final as (

    select
        country_a,
        country_iso3_a,
        country_b,
        country_iso3_b,
        count(*) as encounter_count,
        count(*) filter (where status = 'held' and mode = 'in_person') as held_meeting_count,
        count(*) filter (where status = 'planned' and mode = 'in_person')
            as planned_meeting_count,
        count(*) filter (where mode != 'in_person') as remote_contact_count,
        cast(sum(report_count) as bigint) as report_count,
        min(meeting_date) filter (where status = 'held' and mode = 'in_person')
            as first_meeting_date,
        max(meeting_date) filter (where status = 'held' and mode = 'in_person')
            as last_meeting_date,
        string_agg(participant_pairs, '; ' order by meeting_date desc nulls last, meeting_id)
            as participant_pairs,
        string_agg(meeting_id, ', ' order by meeting_date desc nulls last, meeting_id) as meeting_ids
    from meeting_pairs
    group by country_a, country_iso3_a, country_b, country_iso3_b

)

select * from final
