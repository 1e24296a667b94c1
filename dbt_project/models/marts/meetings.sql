{#- One row per real meeting. Date: the most reported resolved date, else one inferred from a
    report's month/day or weekday and the publication dates (date_rule says which). Place: the
    most reported place (case-folded). Confidence: noisy-or over reporting stories of the best
    report confidence per story, so independent reports corroborate each other and copies of one
    story (syndicated wire copy, reprints) count once; story_count counts those stories. The
    analyst's corrections (seeds/corrections/meeting_corrections.csv) are applied last:
    rejected and merged meetings are gone from int_meetings_curated, field corrections replace
    the date, place, status or mode found. -#}
with

reports as (

    select * from {{ ref('int_meetings_curated') }}

),

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

stories as (

    select article_id, story_id from {{ ref('int_article_stories') }}

),

entities as (

    select entity_id, canonical_name, entity_type, mention_count from {{ ref('entities') }}

),

corrections as (

    select meeting_id, action, value
    from {{ ref('int_meeting_corrections') }}
    where problem is null

),

aliases as (

    select entity_id, alias from {{ ref('entity_aliases') }}

),

place_votes as (

    select
        meeting_id,
        place_key,
        {#- Prefer a spelling that is not a shouted dateline ('Ankara' over 'ANKARA'). -#}
        arg_max(place_text, cast(place_text != upper(place_text) as integer)) as place_text,
        count(distinct article_id) as place_report_count
    from reports
    where place_key is not null
    group by meeting_id, place_key
    qualify row_number() over (
        partition by meeting_id order by count(distinct article_id) desc, count(*) desc, place_key
    ) = 1

),

place_by_name as (

    select place_votes.meeting_id, entities.entity_id
    from place_votes
    inner join entities
        on lower(entities.canonical_name) = place_votes.place_key
        and entities.entity_type in ('GPE', 'LOC', 'FAC')
    qualify row_number() over (
        partition by place_votes.meeting_id order by entities.mention_count desc
    ) = 1

),

place_by_mention as (

    select reports.meeting_id, mentions.entity_id
    from reports
    inner join place_votes
        on reports.meeting_id = place_votes.meeting_id
        and reports.place_key = place_votes.place_key
    inner join mentions
        on reports.article_id = mentions.article_id
        and mentions.start_char < reports.place_end
        and mentions.end_char > reports.place_start
    group by reports.meeting_id, mentions.entity_id
    qualify row_number() over (
        partition by reports.meeting_id order by count(*) desc, mentions.entity_id
    ) = 1

),

story_confidence as (

    select reports.meeting_id, stories.story_id, max(reports.confidence) as confidence
    from reports
    inner join stories on reports.article_id = stories.article_id
    group by reports.meeting_id, stories.story_id

),

corroboration as (

    select
        meeting_id,
        1 - exp(sum(ln(1 - least(confidence, 0.95)))) as confidence,
        count(*) as story_count
    from story_confidence
    group by meeting_id

),

summary as (

    select
        meeting_id,
        any_value(status) as status,
        any_value(mode) as mode,
        any_value(meeting_cluster_date) as meeting_date,
        any_value(meeting_date_rule) as date_rule,
        -- the finest precision reported: a week beats a year
        coalesce(
            mode(date_precision) filter (where date_precision not in ('unknown', 'year')),
            mode(date_precision) filter (where date_precision = 'year')
        ) as reported_precision,
        case
            when bool_or(key_kind = 'named') then 'named'
            when bool_or(key_kind = 'one_sided') then 'one_sided'
            else 'generic'
        end as meeting_kind,
        count(distinct article_id) as report_count,
        count(*) as candidate_count,
        count(distinct meeting_date) > 1
            or count(distinct date_month * 100 + date_day) > 1 as has_date_disagreement,
        string_agg(distinct rule, ', ' order by rule) as rules,
        min(published_date) as first_reported_date
    from reports
    group by meeting_id

),

found as (

    select
        summary.meeting_id,
        summary.meeting_date,
        case
            when summary.meeting_date is not null then 'day'
            else coalesce(summary.reported_precision, 'unknown')
        end as date_precision,
        place_votes.place_text as place_name,
        coalesce(place_by_name.entity_id, place_by_mention.entity_id) as place_entity_id,
        summary.status,
        summary.mode,
        cast(summary.report_count as bigint) as report_count,
        cast(corroboration.story_count as bigint) as story_count,
        cast(summary.candidate_count as bigint) as candidate_count,
        summary.has_date_disagreement,
        round(
            least(corroboration.confidence, 0.99)
            * case summary.meeting_kind when 'named' then 1.0 when 'one_sided' then 0.85 else 0.6 end,
            3
        ) as confidence,
        summary.rules,
        summary.first_reported_date,
        summary.date_rule,
        summary.meeting_kind
    from summary
    inner join corroboration on summary.meeting_id = corroboration.meeting_id
    left join place_votes on summary.meeting_id = place_votes.meeting_id
    left join place_by_name on summary.meeting_id = place_by_name.meeting_id
    left join place_by_mention on summary.meeting_id = place_by_mention.meeting_id

),

{#- The analyst's field corrections (int_meeting_corrections, the lines that apply); a meeting
    other meetings were merged into counts as corrected too. -#}
field_corrections as (

    select
        meeting_id,
        bool_or(action = 'set_date') as sets_date,
        any_value(value) filter (where action = 'set_date') as corrected_date,
        bool_or(action = 'set_place') as sets_place,
        any_value(value) filter (where action = 'set_place') as corrected_place,
        any_value(value) filter (where action = 'set_status') as corrected_status,
        any_value(value) filter (where action = 'set_mode') as corrected_mode,
        string_agg(distinct action, ', ' order by action) as corrected_fields
    from (
        select meeting_id, action, value from corrections where action not in ('reject', 'merge_into')
        union all
        select value as meeting_id, 'merge_into' as action, null as value
        from corrections
        where action = 'merge_into'
    ) as field_lines
    group by meeting_id

),

corrected_places as (

    select field_corrections.meeting_id, entities.entity_id
    from field_corrections
    inner join aliases
        on lower(strip_accents(aliases.alias)) = lower(strip_accents(field_corrections.corrected_place))
    inner join entities
        on aliases.entity_id = entities.entity_id
        and entities.entity_type in ('GPE', 'LOC', 'FAC')
    qualify row_number() over (
        partition by field_corrections.meeting_id
        order by entities.mention_count desc, entities.entity_id
    ) = 1

),

corrected as (

    select
        found.* replace (
            case
                when field_corrections.sets_date
                    then cast(field_corrections.corrected_date as date)
                else found.meeting_date
            end as meeting_date,
            case
                when field_corrections.sets_date and field_corrections.corrected_date is not null
                    then 'day'
                when field_corrections.sets_date then 'unknown'
                else found.date_precision
            end as date_precision,
            case
                when field_corrections.sets_place then field_corrections.corrected_place
                else found.place_name
            end as place_name,
            case
                when field_corrections.sets_place then corrected_places.entity_id
                else found.place_entity_id
            end as place_entity_id,
            coalesce(field_corrections.corrected_status, found.status) as status,
            coalesce(field_corrections.corrected_mode, found.mode) as mode,
            case
                when field_corrections.sets_date then 'corrected' else found.date_rule
            end as date_rule
        ),
        field_corrections.corrected_fields
    from found
    left join field_corrections on found.meeting_id = field_corrections.meeting_id
    left join corrected_places on found.meeting_id = corrected_places.meeting_id

),

final as (

    select
        corrected.* replace (
            {#- a planned meeting dated before the first article that reports it is past (a date
                inferred for an undated report can land there, or a corrected date): held -#}
            case
                when corrected.status = 'planned'
                    and corrected.meeting_date < corrected.first_reported_date
                    then 'held'
                else corrected.status
            end as status
        )
    from corrected

)

select * from final
