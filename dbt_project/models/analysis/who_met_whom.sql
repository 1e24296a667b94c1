{#- Edges of the meeting network: one row per unordered pair of entities that met each other
    (held, in person; not two people on the same side, as in "A and B met C"). The held
    in-person part of analysis.meeting_network. -#}
with

network as (

    select * from {{ ref('meeting_network') }}

),

final as (

    select
        entity_id_a,
        entity_name_a as participant_a,
        entity_id_b,
        entity_name_b as participant_b,
        held_meeting_count as meeting_count,
        held_report_count as report_count,
        first_meeting_date,
        last_meeting_date
    from network
    where held_meeting_count > 0

)

select * from final
