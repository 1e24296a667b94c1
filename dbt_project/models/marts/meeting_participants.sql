with

reports as (

    select * from {{ ref('int_meetings_clustered') }}

),

participants as (

    select * from {{ ref('int_meeting_participants_resolved') }}

),

entities as (

    select entity_id, canonical_name from {{ ref('entities') }}

),

joined as (

    select
        reports.meeting_id,
        participants.entity_id,
        participants.participant_text,
        participants.role,
        participants.resolved_by,
        participants.confidence,
        reports.article_id
    from reports
    inner join participants
        on reports.article_id = participants.article_id
        and reports.candidate_index = participants.candidate_index
    where participants.entity_id is not null

),

final as (

    select
        joined.meeting_id,
        joined.entity_id,
        any_value(entities.canonical_name) as participant_name,
        mode(joined.role) as role,
        max(joined.confidence) as confidence,
        string_agg(distinct joined.resolved_by, ', ' order by joined.resolved_by) as resolved_by,
        count(distinct joined.article_id) as report_count,
        string_agg(distinct joined.participant_text, ' | ' order by joined.participant_text)
            as surface_forms
    from joined
    inner join entities on joined.entity_id = entities.entity_id
    group by joined.meeting_id, joined.entity_id

)

select * from final
