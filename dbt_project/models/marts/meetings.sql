{#- One row per real meeting. Date: the most reported resolved date, else one inferred from a
    report's month/day or weekday and the publication dates (date_rule says which). Place: the
    most reported place (case-folded). Confidence: noisy-or over reporting stories of the best
    report confidence per story, so independent reports corroborate each other and copies of one
    story (syndicated wire copy, reprints) count once; story_count counts those stories. -#}
with

reports as (

    select * from {{ ref('int_meetings_clustered') }}

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
        mode(date_precision) filter (where date_precision != 'unknown') as reported_precision,
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

final as (

    select
        summary.meeting_id,
        summary.meeting_date,
        case
            when summary.meeting_date is not null then 'day'
            else coalesce(summary.reported_precision, 'unknown')
        end as date_precision,
        place_votes.place_text as place_name,
        coalesce(place_by_name.entity_id, place_by_mention.entity_id) as place_entity_id,
        {#- a planned meeting dated before the first article that reports it is past (a date
            inferred for an undated report can land there): held -#}
        case
            when summary.status = 'planned' and summary.meeting_date < summary.first_reported_date
                then 'held'
            else summary.status
        end as status,
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

)

select * from final
