{#- Cross-article deduplication: every kept candidate gets the meeting_id of the real meeting it
    reports.
    1. Candidates with the same participant set, status and mode whose resolved dates are within
       two days of each other form one dated cluster (gaps and islands); two dates of one article
       are two meetings ("met twice, on Monday and Wednesday").
    2. An undated candidate joins a dated cluster of its set when nothing it says contradicts it:
       its month/day ("Aug. 16", publication year unknown) falls within the cluster's dates (two
       days' slack), or its weekday ("on Wednesday") is a weekday of the cluster, or it says no
       date; its place, when given, matches unless a month/day or weekday already matched; and the
       cluster lies within 14 days before its article's publication (330 days when the report
       names a month, which carries no year: "Aug. 16" in an October story, never the August of
       another year; 60 days after, for planned meetings). The best match wins (place, then date evidence, then nearness). Undated
       candidates that join no cluster form one undated meeting per participant set, or one per
       month when they name two or more different months; a report naming a month other than
       its publication month is a meeting of that month, apart from reports naming none, and a
       report naming a year (`date_year`: "in 2021", "last year") joins only a cluster of that
       year and, undated, is a meeting of that year apart from its page's other reports.
    3. A meeting without a resolved date takes one from its reports: a month/day with the year of
       the earliest publication date among them (the year before when that would fall more than
       60 days after publication), else a weekday: the last such day on or before that date.
    0. A planned report confirmed as held by a later article is held (`confirmed_plans`).
    4. One-sided candidates (one named actor and a country) are absorbed: into the one
       named meeting of the same status and mode with that actor and a compatible date (from
       another article, also a place that meeting or its articles name); dropped when several
       such meetings exist (the country only stands for one of the named people). -#}
with

reports as (

    select * from {{ ref('int_meeting_candidates_keyed') }}

),

article_texts as (

    select article_id, lower(body_text) as body_lower from {{ ref('int_articles_enriched') }}

),

confirmed_plans as (

    {#- A planned meeting that a later article reports as held is that meeting, held: "Blinken
        will meet El-Sisi in Cairo on Tuesday" (Monday) and the Tuesday live blog's "Blinken
        meets with el-Sisi". The held report comes from another article published on or after
        the announcement, with the same participants and mode, and its date (its publication
        date when it gives none) is within two days of the planned date, or, for an undated
        plan, within the 60 days after the announcement (and in the month it names, if any); a
        one-sided plan needs the same place. -#}
    select distinct planned.article_id, planned.candidate_index
    from reports as planned
    inner join reports as held
        on planned.participant_set = held.participant_set
        and planned.mode = held.mode
        and planned.article_id <> held.article_id
    where planned.status = 'planned'
        and held.status = 'held'
        and held.published_date >= planned.published_date
        -- one named actor and a place ("Erdogan will visit Iran") is keyed by the actor alone:
        -- the held visit must be to the same place
        and (planned.key_kind <> 'one_sided' or planned.place_key = held.place_key)
        and case
            when planned.meeting_date is not null
                then abs(coalesce(held.meeting_date, held.published_date) - planned.meeting_date)
                <= 2
            else coalesce(held.meeting_date, held.published_date)
                between planned.published_date and planned.published_date + 60
                -- a plan for a month ("agreed to meet again in Tehran next month") is confirmed
                -- by a meeting of that month, not by a page of this month recalling the talks
                -- the plan was made at ("who hosted his counterpart last week")
                and (
                    planned.date_month is null
                    or planned.date_month = coalesce(
                        held.date_month, month(held.meeting_date), month(held.published_date)
                    )
                )
        end

),

candidates as (

    select
        reports.* replace (
            case when confirmed_plans.article_id is null then reports.status else 'held' end
                as status
        )
    from reports
    left join confirmed_plans
        on reports.article_id = confirmed_plans.article_id
        and reports.candidate_index = confirmed_plans.candidate_index

),

dated as (

    select
        *,
        meeting_date - lag(meeting_date) over (
            partition by participant_set, status, mode order by meeting_date
        ) as gap_days,
        lag(article_id) over (
            partition by participant_set, status, mode order by meeting_date
        ) = article_id as same_article_as_previous
    from candidates
    where meeting_date is not null

),

dated_islands as (

    select
        *,
        sum(
            case
                when gap_days is null or gap_days > 2 then 1
                -- one article, two days: two meetings ("met twice, on Monday and Wednesday")
                when gap_days > 0 and same_article_as_previous then 1
                else 0
            end
        ) over (
            partition by participant_set, status, mode
            order by meeting_date, article_id, candidate_index
            rows between unbounded preceding and current row
        ) as island
    from dated

),

clusters as (

    select
        participant_set,
        status,
        mode,
        island,
        min(meeting_date) as first_date,
        max(meeting_date) as last_date,
        list(distinct place_key) filter (where place_key is not null) as place_keys
    from dated_islands
    group by all

),

undated as (

    select * from candidates where meeting_date is null

),

undated_options as (

    select
        undated.article_id,
        undated.candidate_index,
        clusters.island,
        coalesce(contains(clusters.place_keys, undated.place_key), false) as place_matches,
        (
            undated.date_day is not null
            and undated.date_month * 31 + undated.date_day
            between month(clusters.first_date) * 31 + day(clusters.first_date) - 2
            and month(clusters.last_date) * 31 + day(clusters.last_date) + 2
        ) or (
            undated.date_day is null
            and undated.date_month between month(clusters.first_date) and month(clusters.last_date)
        ) or (
            undated.date_month is null
            and undated.date_weekday is not null
            and undated.date_weekday in (
                isodow(clusters.first_date) - 1, isodow(clusters.last_date) - 1
            )
        ) as date_matches,
        undated.date_month is null and undated.date_weekday is null as says_no_date,
        undated.place_key is null or coalesce(len(clusters.place_keys), 0) = 0 as place_unknown,
        abs(coalesce(undated.published_date - clusters.last_date, 0)) as distance_days
    from undated
    inner join clusters
        on undated.participant_set = clusters.participant_set
        and undated.status = clusters.status
        and undated.mode = clusters.mode
    where (
        undated.date_year is null
        or undated.date_year between year(clusters.first_date) and year(clusters.last_date)
    ) and (
        undated.published_date is null
        or clusters.first_date
        between undated.published_date
        - case when undated.date_month is not null then 330 else 14 end
        and undated.published_date + case when undated.status = 'planned' then 60 else 0 end
    )

),

undated_assigned as (

    select article_id, candidate_index, island
    from undated_options
    where date_matches or (says_no_date and (place_matches or place_unknown))
    qualify row_number() over (
        partition by article_id, candidate_index
        order by place_matches desc, date_matches desc, distance_days, island
    ) = 1

),

undated_months as (

    {#- Undated reports of one participant set that name two or more different months ("met in
        Cairo in February" and "talks in Ankara on 4 September", no publication date) are as
        many meetings, one per month; a report naming no month stays with the undated rest. -#}
    select
        undated.participant_set,
        undated.status,
        undated.mode,
        count(distinct undated.date_month) as month_count
    from undated
    left join undated_assigned
        on undated.article_id = undated_assigned.article_id
        and undated.candidate_index = undated_assigned.candidate_index
    where undated_assigned.island is null
    group by all

),

assigned as (

    select
        article_id,
        candidate_index,
        participant_set,
        status,
        mode,
        cast(island as varchar) as cluster_label
    from dated_islands

    union all

    select
        undated.article_id,
        undated.candidate_index,
        undated.participant_set,
        undated.status,
        undated.mode,
        coalesce(
            cast(undated_assigned.island as varchar),
            case
                -- "first met in Baghdad in 2021" in a 2023 page: a meeting of that year, apart
                -- from the page's undated reports
                when undated.date_year <> coalesce(year(undated.published_date), undated.date_year)
                    then 'undated-' || undated.date_year || coalesce('-' || undated.date_month, '')
                when undated.date_month is not null and (
                    undated_months.month_count > 1
                    -- "the two leaders last met in October 2024" in an August story is not the
                    -- undated "held talks" of the same page
                    or undated.date_month <> month(undated.published_date)
                )
                    then 'undated-' || undated.date_month
                else 'undated'
            end
        ) as cluster_label
    from undated
    left join undated_assigned
        on undated.article_id = undated_assigned.article_id
        and undated.candidate_index = undated_assigned.candidate_index
    left join undated_months
        on undated.participant_set = undated_months.participant_set
        and undated.status = undated_months.status
        and undated.mode = undated_months.mode

),

keyed as (

    select
        candidates.*,
        {{ stable_id('mtg', ['assigned.participant_set', 'assigned.status', 'assigned.mode',
                             'coalesce(cast(clusters.first_date as varchar), '
                             ~ 'assigned.cluster_label)']) }}
            as cluster_id
    from candidates
    inner join assigned
        on candidates.article_id = assigned.article_id
        and candidates.candidate_index = assigned.candidate_index
    left join clusters
        on assigned.participant_set = clusters.participant_set
        and assigned.status = clusters.status
        and assigned.mode = clusters.mode
        and assigned.cluster_label = cast(clusters.island as varchar)

),

reported_dates as (

    select cluster_id, meeting_date as cluster_date
    from keyed
    where meeting_date is not null
    group by cluster_id, meeting_date
    qualify row_number() over (
        partition by cluster_id order by count(*) desc, meeting_date
    ) = 1

),

inferred_dates as (

    {#- Undated clusters: month/day or weekday from a report, year from the publications. -#}
    select
        cluster_id,
        min(published_date) as anchor_date,
        mode(date_month) filter (where date_month is not null) as date_month,
        mode(date_day) filter (where date_month is not null) as date_day,
        mode(date_weekday) filter (where date_weekday is not null) as date_weekday
    from keyed
    group by cluster_id

),

cluster_dates as (

    select
        inferred_dates.cluster_id,
        case
            when reported_dates.cluster_date is not null then reported_dates.cluster_date
            when inferred_dates.anchor_date is null then null
            when inferred_dates.date_day is not null then
                case
                    when try(make_date(year(inferred_dates.anchor_date), inferred_dates.date_month,
                        inferred_dates.date_day)) > inferred_dates.anchor_date + 60
                        then try(make_date(year(inferred_dates.anchor_date) - 1,
                            inferred_dates.date_month, inferred_dates.date_day))
                    else try(make_date(year(inferred_dates.anchor_date), inferred_dates.date_month,
                        inferred_dates.date_day))
                end
            when inferred_dates.date_weekday is not null then
                inferred_dates.anchor_date - cast(
                    (isodow(inferred_dates.anchor_date) - 1 - inferred_dates.date_weekday + 7) % 7
                    as integer
                )
        end as cluster_date,
        case
            when reported_dates.cluster_date is not null then 'reported'
            when inferred_dates.anchor_date is null then 'unknown'
            when inferred_dates.date_day is not null then 'month_day_with_publication_year'
            when inferred_dates.date_weekday is not null then 'weekday_before_publication'
            else 'unknown'
        end as date_rule
    from inferred_dates
    left join reported_dates on inferred_dates.cluster_id = reported_dates.cluster_id

),

with_dates as (

    select
        keyed.*,
        cluster_dates.cluster_date,
        cluster_dates.date_rule
    from keyed
    inner join cluster_dates on keyed.cluster_id = cluster_dates.cluster_id

),

named_meetings as (

    select
        cluster_id,
        participant_set,
        status,
        mode,
        cluster_date,
        list(distinct article_id) as article_ids,
        list(distinct place_key) filter (where place_key is not null) as place_keys,
        min(published_date) as first_published,
        max(published_date) as last_published
    from with_dates
    where key_kind = 'named'
    group by all

),

one_sided_options as (

    select
        one_sided.article_id,
        one_sided.candidate_index,
        named_meetings.cluster_id as target_cluster_id
    from with_dates as one_sided
    inner join named_meetings
        on list_contains(string_split(named_meetings.participant_set, ','),
            one_sided.participant_set)
        and one_sided.status = named_meetings.status
        and one_sided.mode = named_meetings.mode
    where one_sided.key_kind = 'one_sided'
        -- from another article, only a meeting whose place (or one of whose articles) names
        -- the place visited: "Macron said he would visit Lebanon" is not "MBZ will hold talks
        -- with Macron" in Paris (a page that never names Lebanon); "Baqeri paid a visit to
        -- Turkey" may be his meeting in Ankara (a page that names Turkey)
        and (
            list_contains(named_meetings.article_ids, one_sided.article_id)
            or one_sided.place_key is null
            or len(named_meetings.place_keys) = 0
            or list_contains(named_meetings.place_keys, one_sided.place_key)
            or exists (
                select 1
                from article_texts
                where list_contains(named_meetings.article_ids, article_texts.article_id)
                    and contains(article_texts.body_lower, one_sided.place_key)
            )
        )
        and (
            -- an undated meeting ("met with A and B last week") takes a one-sided report only
            -- from about its own time: a visit told four months later is another trip
            (
                named_meetings.cluster_date is null
                and (
                    one_sided.published_date is null
                    or named_meetings.first_published is null
                    or one_sided.published_date between named_meetings.first_published - 30
                    and named_meetings.last_published + 30
                )
            )
            or case
                when one_sided.meeting_date is not null
                    then abs(one_sided.meeting_date - named_meetings.cluster_date) <= 2
                when one_sided.date_day is not null
                    then abs(one_sided.date_month * 31 + one_sided.date_day
                        - month(named_meetings.cluster_date) * 31
                        - day(named_meetings.cluster_date)) <= 2
                when one_sided.date_month is not null
                    then one_sided.date_month = month(named_meetings.cluster_date)
                when one_sided.date_weekday is not null and one_sided.published_date is null
                    then one_sided.date_weekday = isodow(named_meetings.cluster_date) - 1
                when one_sided.published_date is not null
                    then named_meetings.cluster_date between one_sided.published_date - 14
                        and one_sided.published_date
                        + case when one_sided.status = 'planned' then 60 else 0 end
                else true
            end
        )

),

one_sided_decisions as (

    select
        article_id,
        candidate_index,
        count(distinct target_cluster_id) as option_count,
        min(target_cluster_id) as target_cluster_id
    from one_sided_options
    group by all

),

absorbed as (

    select
        with_dates.* exclude (cluster_id, cluster_date, date_rule),
        coalesce(one_sided_decisions.target_cluster_id, with_dates.cluster_id) as meeting_id,
        one_sided_decisions.target_cluster_id is not null as is_absorbed
    from with_dates
    left join one_sided_decisions
        on with_dates.article_id = one_sided_decisions.article_id
        and with_dates.candidate_index = one_sided_decisions.candidate_index
    where coalesce(one_sided_decisions.option_count, 0) <= 1

),

final as (

    select
        absorbed.*,
        cluster_dates.cluster_date as meeting_cluster_date,
        cluster_dates.date_rule as meeting_date_rule
    from absorbed
    inner join cluster_dates on absorbed.meeting_id = cluster_dates.cluster_id

)

select * from final
