{#- One row per participant of a meeting. Named actors (people, organisations) always; a country
    or demonym only when it is a side no person is named for: in a one-sided meeting the most
    reported one ("Mattis will visit Turkey"), in a meeting of governments all of them, and in a
    meeting whose named actors all stand on one side the countries of the other side (they are in
    the report's participant key: "Podesta and Stern began negotiations with China").
    Confidence: noisy-or over reporting stories of the best resolution confidence per story (copies
    of one story, marts.articles.story_id, count once). -#}
with

reports as (

    select * from {{ ref('int_meetings_curated') }}

),

participants as (

    select * from {{ ref('int_meeting_participants_resolved') }}

),

meetings as (

    select meeting_id, meeting_kind from {{ ref('meetings') }}

),

entities as (

    select entity_id, canonical_name, mention_count from {{ ref('entities') }}

),

stories as (

    select article_id, story_id from {{ ref('int_article_stories') }}

),

joined as (

    select
        reports.meeting_id,
        meetings.meeting_kind,
        participants.entity_id,
        participants.actor_kind,
        participants.participant_text,
        participants.role,
        participants.resolved_by,
        participants.confidence,
        reports.article_id,
        list_contains(string_split(reports.participant_set, ','), participants.entity_id)
            as is_keyed
    from reports
    inner join participants
        on reports.article_id = participants.article_id
        and reports.candidate_index = participants.candidate_index
    inner join meetings on reports.meeting_id = meetings.meeting_id
    where participants.entity_id is not null

),

per_story as (

    select
        joined.meeting_id,
        joined.entity_id,
        stories.story_id,
        count(distinct joined.article_id) as article_count,
        any_value(joined.meeting_kind) as meeting_kind,
        -- named when any report names it: "Wedge Group" (ORG) in one sentence stays a named side
        -- when "Wedge" is read as a demonym in another
        case
            when bool_or(joined.actor_kind = 'named') then 'named' else min(joined.actor_kind)
        end as actor_kind,
        max(joined.confidence) as confidence,
        bool_or(joined.is_keyed) as is_keyed
    from joined
    inner join stories on joined.article_id = stories.article_id
    group by all

),

scored as (

    select
        per_story.meeting_id,
        per_story.entity_id,
        any_value(per_story.meeting_kind) as meeting_kind,
        case
            when bool_or(per_story.actor_kind = 'named') then 'named'
            else min(per_story.actor_kind)
        end as actor_kind,
        sum(per_story.article_count) as report_count,
        1 - exp(sum(ln(1 - least(per_story.confidence, 0.95)))) as confidence,
        bool_or(per_story.is_keyed) as is_keyed
    from per_story
    group by per_story.meeting_id, per_story.entity_id

),

kept as (

    select scored.*
    from scored
    inner join entities on scored.entity_id = entities.entity_id
    qualify scored.actor_kind = 'named'
        or scored.meeting_kind = 'generic'
        or scored.meeting_kind = 'named' and scored.is_keyed
        or scored.meeting_kind = 'one_sided' and row_number() over (
            partition by scored.meeting_id, scored.actor_kind
            order by scored.report_count desc, entities.mention_count desc, scored.entity_id
        ) = 1

),

final as (

    select
        kept.meeting_id,
        kept.entity_id,
        any_value(entities.canonical_name) as participant_name,
        mode(joined.role) as role,
        round(least(any_value(kept.confidence), 0.99), 3) as confidence,
        string_agg(distinct joined.resolved_by, ', ' order by joined.resolved_by) as resolved_by,
        cast(any_value(kept.report_count) as bigint) as report_count,
        string_agg(distinct joined.participant_text, ' | ' order by joined.participant_text)
            as surface_forms
    from kept
    inner join joined
        on kept.meeting_id = joined.meeting_id
        and kept.entity_id = joined.entity_id
    inner join entities on kept.entity_id = entities.entity_id
    group by kept.meeting_id, kept.entity_id

)

select * from final
