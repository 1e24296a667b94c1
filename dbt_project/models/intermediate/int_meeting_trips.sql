-- Reports that are one actor's trip, not a meeting: the only other side of a visit (or of a
-- hosting) is a place that stands for no government ("Trump's visit to Des Moines", "visiting
-- Manhattan from South Carolina", "Cleveland hosted the convention"). A country, a national
-- capital or the seat of a government news treats as an actor (seeds/reference/government_seats.csv:
-- "visited Turkey", "a delegation visited Baghdad", "travelled to Erbil") stands for its government,
-- so those visits stay meetings. A trip report that clustering joined to a real meeting
-- (is_absorbed) stays a report of that meeting.
with

reports as (

    select article_id, candidate_index
    from {{ ref('int_meetings_clustered') }}
    where
        key_kind = 'one_sided'
        and not is_absorbed
        and (rule like '%visit%' or rule like '%host%')

),

participants as (

    select * from {{ ref('int_meeting_participants_resolved') }}

),

seats as (

    select name_folded from {{ ref('stg_reference__government_seats') }}

),

other_sides as (

    select
        participants.article_id,
        participants.candidate_index,
        participants.entity_id,
        participants.label,
        lower(strip_accents(regexp_replace(trim(participants.participant_text), '^the\s+', '', 'i')))
            as text_folded
    from participants
    inner join reports
        on participants.article_id = reports.article_id
        and participants.candidate_index = reports.candidate_index
    where participants.actor_kind = 'generic'

),

side_entities as (

    select distinct entity_id from other_sides where entity_id is not null

),

-- an entity is a government when any spelling the articles used for it is one
government_entities as (

    select distinct mentions.entity_id
    from {{ ref('int_mentions_resolved') }} as mentions
    inner join side_entities on mentions.entity_id = side_entities.entity_id
    inner join seats
        on lower(strip_accents(regexp_replace(trim(mentions.mention_text), '^the\s+', '', 'i')))
        = seats.name_folded

),

judged as (

    select
        other_sides.article_id,
        other_sides.candidate_index,
        other_sides.label in ('GPE', 'LOC', 'FAC')
        and government_entities.entity_id is null
        and seats.name_folded is null as is_plain_place
    from other_sides
    left join government_entities on other_sides.entity_id = government_entities.entity_id
    left join seats on other_sides.text_folded = seats.name_folded

),

final as (

    select article_id, candidate_index
    from judged
    group by article_id, candidate_index
    having bool_and(is_plain_place)

)

select * from final
