-- What each load of the input folder brought: the meetings it reported first, the meetings it
-- added reports to, and the entities it named first. One row per load and item, newest load first:
-- after a daily run, `where load_started_at = (select max(load_started_at) from ...)` is the news.
with

articles as (

    select article_id, loaded_at from {{ ref('articles') }}

),

loads as (

    select run_id, started_at from {{ source('raw', 'load_runs') }}

),

reports as (

    select meeting_id, article_id from {{ ref('meeting_reports') }}

),

timeline as (

    select * from {{ ref('meeting_timeline') }}

),

mentions as (

    select entity_id, article_id from {{ ref('mentions') }}

),

entities as (

    select entity_id, canonical_name, entity_type from {{ ref('entities') }}

),

meeting_loads as (

    select
        reports.meeting_id,
        articles.loaded_at,
        count(distinct reports.article_id) as articles_in_load
    from reports
    inner join articles on reports.article_id = articles.article_id
    group by reports.meeting_id, articles.loaded_at

),

meeting_history as (

    select
        meeting_id,
        loaded_at,
        articles_in_load,
        min(loaded_at) over (partition by meeting_id) as first_loaded_at,
        coalesce(sum(articles_in_load) over (
            partition by meeting_id order by loaded_at
            rows between unbounded preceding and 1 preceding
        ), 0) as articles_before
    from meeting_loads

),

meeting_rows as (

    select
        history.loaded_at as load_started_at,
        case
            when history.loaded_at = history.first_loaded_at then 'new_meeting'
            else 'meeting_new_reports'
        end as change_kind,
        'meeting' as item_kind,
        history.meeting_id as item_id,
        concat_ws(
            ' ',
            timeline.status,
            case when timeline.mode <> 'in_person' then '(' || timeline.mode || ')' end,
            timeline.participants,
            'in ' || timeline.place_name,
            'on ' || strftime(timeline.meeting_date, '%Y-%m-%d')
        ) as description,
        history.articles_in_load,
        history.articles_before
    from meeting_history as history
    inner join timeline on history.meeting_id = timeline.meeting_id

),

-- each mention with the load of its article; joined on article_id alone (a join that also
-- matched the load time let the planner pair every entity with every article of a load: out of
-- memory at 19k articles)
mention_loads as (

    select
        mentions.entity_id,
        mentions.article_id,
        articles.loaded_at
    from mentions
    inner join articles on mentions.article_id = articles.article_id

),

mention_first_loads as (

    select
        entity_id,
        article_id,
        loaded_at,
        min(loaded_at) over (partition by entity_id) as first_loaded_at
    from mention_loads

),

entity_first_articles as (

    select
        entity_id,
        first_loaded_at,
        count(distinct article_id) as articles_in_load
    from mention_first_loads
    where loaded_at = first_loaded_at
    group by entity_id, first_loaded_at

),

entity_rows as (

    select
        firsts.first_loaded_at as load_started_at,
        'new_entity' as change_kind,
        'entity' as item_kind,
        firsts.entity_id as item_id,
        entities.canonical_name || ' (' || entities.entity_type || ')' as description,
        firsts.articles_in_load,
        0 as articles_before
    from entity_first_articles as firsts
    inner join entities on firsts.entity_id = entities.entity_id

),

changes as (

    select * from meeting_rows
    union all
    select * from entity_rows

),

final as (

    select
        changes.load_started_at,
        loads.run_id as load_run_id,
        changes.change_kind,
        changes.item_kind,
        changes.item_id,
        changes.description,
        changes.articles_in_load,
        changes.articles_before
    from changes
    left join loads on changes.load_started_at = loads.started_at
    order by
        changes.load_started_at desc,
        changes.change_kind,
        changes.articles_in_load desc,
        changes.description

)

select * from final
