{#- Meetings as event records in the CAMEO scheme that GDELT and other event data sets use: one
    row per meeting and pair of participants on opposite sides, with a source and a target actor,
    a CAMEO code (036 intent to meet, 040 consult, 041 telephone, 042 make a visit, 043 host a
    visit, 044 meet at a third location, 046 negotiate), its Goldstein weight and quad class from
    seeds/reference/cameo_codes.csv, the actors' countries, the place, counts of articles and
    sources, and the report that traces the row to its sentence. Unlike a report-level event
    data set, a meeting reported by twenty articles is one row per pair, with num_articles 20. -#}
with

meetings as (

    select * from {{ ref('meetings') }}

),

participants as (

    select * from {{ ref('meeting_participants') }}

),

reports as (

    select * from {{ ref('meeting_reports') }}

),

articles as (

    select * from {{ ref('articles') }}

),

entity_countries as (

    select * from {{ ref('entity_countries') }}

),

cameo_codes as (

    select * from {{ ref('stg_reference__cameo_codes') }}

),

actor_types as (

    select * from {{ ref('entity_actor_types') }}

),

ranked_participants as (

    {#- the side that acts comes first: the subject of "A met B", the visitor of "A visited B";
        co-participants ("A and B met") and counterparts have no direction -#}
    select
        participants.*,
        case
            when participants.role in ('subject', 'visitor') then 1
            when participants.role in ('object', 'host') then 2
        end as direction_rank
    from participants

),

pairs as (

    {#- one row per unordered pair on opposite sides, turned so that a directed pair runs from
        the acting side (rank 1) to the other (rank 2) -#}
    select
        left_side.meeting_id,
        left_side.direction_rank is not null
            and right_side.direction_rank is not null
            and left_side.direction_rank != right_side.direction_rank as is_directed,
        case when right_side.direction_rank = 1 and left_side.direction_rank = 2
            then right_side else left_side end as source,
        case when right_side.direction_rank = 1 and left_side.direction_rank = 2
            then left_side else right_side end as target
    from ranked_participants as left_side
    inner join ranked_participants as right_side
        on left_side.meeting_id = right_side.meeting_id
        and left_side.entity_id < right_side.entity_id
        and {{ on_opposite_sides('left_side.role', 'right_side.role') }}

),

meeting_words as (

    {#- what the reports' trigger words say: a negotiation, a host receiving a guest -#}
    select
        meeting_id,
        bool_or(lower(trigger_text) like '%negotiat%') as is_negotiation,
        bool_or(regexp_matches(
            lower(trigger_text),
            '\b(host|hosts|hosted|hosting|received|receives|receiving|welcomed|welcomes|welcoming|greeted|greets|greeting)\b'
        )) as is_hosting,
        count(distinct articles.source_id) as num_sources
    from reports
    inner join articles on reports.article_id = articles.article_id
    group by meeting_id

),

first_reports as (

    {#- the earliest report of each meeting (then the surest): its article's URL and its
        sentence -#}
    select
        reports.meeting_id,
        reports.article_id,
        reports.evidence_text,
        reports.start_char,
        reports.end_char,
        articles.url
    from reports
    inner join articles on reports.article_id = articles.article_id
    qualify row_number() over (
        partition by reports.meeting_id
        order by articles.published_date nulls last, reports.confidence desc,
            reports.meeting_report_id
    ) = 1

),

coded as (

    select
        pairs.meeting_id,
        pairs.is_directed,
        pairs.source,
        pairs.target,
        source_countries.country as source_country,
        source_countries.country_iso3 as source_country_iso3,
        target_countries.country as target_country,
        target_countries.country_iso3 as target_country_iso3,
        place_countries.country as place_country,
        place_countries.country_iso3 as place_country_iso3,
        source_types.actor_type as source_actor_type,
        target_types.actor_type as target_actor_type,
        case
            when meetings.status = 'planned' then '036'
            when meetings.mode != 'in_person' then '041'
            when meeting_words.is_negotiation then '046'
            when pairs.is_directed
                and pairs.source.role = 'visitor'
                and pairs.target.role = 'host'
                then case when meeting_words.is_hosting then '043' else '042' end
            when place_countries.country is not null
                and source_countries.country is not null
                and target_countries.country is not null
                and place_countries.country not in (source_countries.country, target_countries.country)
                and source_countries.country != target_countries.country
                then '044'
            else '040'
        end as cameo_code,
        meetings.meeting_date,
        meetings.date_precision,
        meetings.status,
        meetings.mode,
        meetings.place_name,
        meetings.report_count,
        meetings.first_reported_date,
        meetings.confidence as meeting_confidence,
        meeting_words.num_sources
    from pairs
    inner join meetings on pairs.meeting_id = meetings.meeting_id
    left join meeting_words on pairs.meeting_id = meeting_words.meeting_id
    left join entity_countries as source_countries
        on pairs.source.entity_id = source_countries.entity_id
    left join entity_countries as target_countries
        on pairs.target.entity_id = target_countries.entity_id
    left join entity_countries as place_countries
        on meetings.place_entity_id = place_countries.entity_id
    left join actor_types as source_types on pairs.source.entity_id = source_types.entity_id
    left join actor_types as target_types on pairs.target.entity_id = target_types.entity_id

),

events as (

    select
        'evt_' || left(md5(
            coded.meeting_id || '|' || coded.source.entity_id || '|' || coded.target.entity_id
        ), 20) as event_id,
        coded.meeting_id,
        coded.meeting_date as event_date,
        coded.date_precision,
        coded.cameo_code,
        cameo_codes.cameo_name,
        cameo_codes.cameo_root_code,
        cameo_codes.quad_class,
        cameo_codes.goldstein_scale,
        -- 043 is coded from the host's side: the host acts
        case when coded.cameo_code = '043' then coded.target.entity_id
            else coded.source.entity_id end as source_entity_id,
        case when coded.cameo_code = '043' then coded.target.participant_name
            else coded.source.participant_name end as source_name,
        case when coded.cameo_code = '043' then coded.target_country
            else coded.source_country end as source_country,
        case when coded.cameo_code = '043' then coded.target_country_iso3
            else coded.source_country_iso3 end as source_country_iso3,
        case when coded.cameo_code = '043' then coded.target_actor_type
            else coded.source_actor_type end as source_actor_type,
        case when coded.cameo_code = '043' then coded.source.entity_id
            else coded.target.entity_id end as target_entity_id,
        case when coded.cameo_code = '043' then coded.source.participant_name
            else coded.target.participant_name end as target_name,
        case when coded.cameo_code = '043' then coded.source_country
            else coded.target_country end as target_country,
        case when coded.cameo_code = '043' then coded.source_country_iso3
            else coded.target_country_iso3 end as target_country_iso3,
        case when coded.cameo_code = '043' then coded.source_actor_type
            else coded.target_actor_type end as target_actor_type,
        coded.is_directed,
        coded.status,
        coded.mode,
        coded.place_name,
        coded.place_country,
        coded.place_country_iso3,
        coded.report_count as num_articles,
        coalesce(coded.num_sources, 0) as num_sources,
        coded.first_reported_date,
        round(
            coded.meeting_confidence * least(coded.source.confidence, coded.target.confidence), 3
        ) as confidence,
        first_reports.url as source_url,
        first_reports.article_id as evidence_article_id,
        first_reports.evidence_text,
        first_reports.start_char as evidence_start_char,
        first_reports.end_char as evidence_end_char
    from coded
    inner join cameo_codes on coded.cameo_code = cameo_codes.cameo_code
    left join first_reports on coded.meeting_id = first_reports.meeting_id

),

final as (

    {#- CAMEO actor codes as GDELT writes them: country and type, "IRNMIL", "TUR", "GOV" -#}
    select
        event_id,
        meeting_id,
        event_date,
        date_precision,
        cameo_code,
        cameo_name,
        cameo_root_code,
        quad_class,
        goldstein_scale,
        source_entity_id,
        source_name,
        nullif(coalesce(source_country_iso3, '') || coalesce(source_actor_type, ''), '')
            as source_actor_code,
        source_country,
        source_country_iso3,
        source_actor_type,
        target_entity_id,
        target_name,
        nullif(coalesce(target_country_iso3, '') || coalesce(target_actor_type, ''), '')
            as target_actor_code,
        target_country,
        target_country_iso3,
        target_actor_type,
        * exclude (
            event_id, meeting_id, event_date, date_precision, cameo_code, cameo_name,
            cameo_root_code, quad_class, goldstein_scale, source_entity_id, source_name,
            source_country, source_country_iso3, source_actor_type, target_entity_id,
            target_name, target_country, target_country_iso3, target_actor_type
        )
    from events

)

select * from final
