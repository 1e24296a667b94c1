{#- Meetings as event records in the CAMEO scheme that GDELT and other event data sets use: one
    row per meeting and pair of participants on opposite sides, with a source and a target actor,
    a CAMEO code (036 intent to meet, 040 consult, 041 telephone, 042 make a visit, 043 host a
    visit, 044 meet at a third location, 046 negotiate), its Goldstein weight and quad class from
    seeds/reference/cameo_codes.csv, the actors' countries, the place (geocoded as GDELT's ActionGeo
    fields, analysis.meeting_geocodes), counts of articles and
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

meeting_geocodes as (

    select * from {{ ref('meeting_geocodes') }}

),

article_tone as (

    select * from {{ ref('article_tone') }}

),

actors as (

    {#- each participant with what event data sets code of an actor: its country, its type and
        the CAMEO actor code of both ("IRNMIL"; "TUR" or "BUS" when only one is known), and its
        rank: the side that acts comes first (the subject of "A met B", the visitor of "A
        visited B"); co-participants ("A and B met") and counterparts have no direction -#}
    select
        participants.meeting_id,
        participants.entity_id,
        participants.participant_name as name,
        participants.role,
        participants.confidence,
        entity_countries.country,
        entity_countries.country_iso3,
        actor_types.actor_type,
        nullif(
            coalesce(entity_countries.country_iso3, '') || coalesce(actor_types.actor_type, ''), ''
        ) as actor_code,
        case
            when participants.role in ('subject', 'visitor') then 1
            when participants.role in ('object', 'host') then 2
        end as direction_rank
    from participants
    left join entity_countries on participants.entity_id = entity_countries.entity_id
    left join actor_types on participants.entity_id = actor_types.entity_id

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
    from actors as left_side
    inner join actors as right_side
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

report_tone as (

    {#- GDELT's AvgTone: the mean tone of the articles that report the meeting -#}
    select
        reports.meeting_id,
        round(avg(article_tone.tone), 3) as avg_tone
    from (select distinct meeting_id, article_id from reports) as reports
    inner join article_tone on reports.article_id = article_tone.article_id
    group by reports.meeting_id

),

coded as (

    select
        pairs.meeting_id,
        pairs.is_directed,
        pairs.source,
        pairs.target,
        coalesce(meeting_geocodes.country, place_countries.country) as place_country,
        coalesce(meeting_geocodes.country_iso3, place_countries.country_iso3)
            as place_country_iso3,
        meeting_geocodes.geo_type as action_geo_type,
        meeting_geocodes.full_name as action_geo_full_name,
        meeting_geocodes.latitude as action_geo_lat,
        meeting_geocodes.longitude as action_geo_long,
        meeting_geocodes.geoname_id as action_geo_feature_id,
        case
            when meetings.status = 'planned' then '036'
            when meetings.mode != 'in_person' then '041'
            when meeting_words.is_negotiation then '046'
            when pairs.is_directed
                and pairs.source.role = 'visitor'
                and pairs.target.role = 'host'
                then case when meeting_words.is_hosting then '043' else '042' end
            when coalesce(meeting_geocodes.country, place_countries.country)
                not in (pairs.source.country, pairs.target.country)
                and pairs.source.country != pairs.target.country
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
    left join entity_countries as place_countries
        on meetings.place_entity_id = place_countries.entity_id
    left join meeting_geocodes on pairs.meeting_id = meeting_geocodes.meeting_id

),

oriented as (

    {#- 043 is coded from the host's side: the host acts -#}
    select
        *,
        case when cameo_code = '043' then target else source end as actor1,
        case when cameo_code = '043' then source else target end as actor2
    from coded

),

final as (

    select
        'evt_' || left(md5(
            oriented.meeting_id || '|' || oriented.actor1.entity_id || '|'
            || oriented.actor2.entity_id
        ), 20) as event_id,
        oriented.meeting_id,
        oriented.meeting_date as event_date,
        oriented.date_precision,
        oriented.cameo_code,
        cameo_codes.cameo_name,
        cameo_codes.cameo_root_code,
        cameo_codes.quad_class,
        cameo_codes.goldstein_scale,
        oriented.actor1.entity_id as source_entity_id,
        oriented.actor1.name as source_name,
        oriented.actor1.actor_code as source_actor_code,
        oriented.actor1.country as source_country,
        oriented.actor1.country_iso3 as source_country_iso3,
        oriented.actor1.actor_type as source_actor_type,
        oriented.actor2.entity_id as target_entity_id,
        oriented.actor2.name as target_name,
        oriented.actor2.actor_code as target_actor_code,
        oriented.actor2.country as target_country,
        oriented.actor2.country_iso3 as target_country_iso3,
        oriented.actor2.actor_type as target_actor_type,
        oriented.is_directed,
        oriented.status,
        oriented.mode,
        oriented.place_name,
        oriented.place_country,
        oriented.place_country_iso3,
        oriented.action_geo_type,
        oriented.action_geo_full_name,
        oriented.action_geo_lat,
        oriented.action_geo_long,
        oriented.action_geo_feature_id,
        oriented.report_count as num_articles,
        coalesce(oriented.num_sources, 0) as num_sources,
        oriented.first_reported_date,
        report_tone.avg_tone,
        round(
            oriented.meeting_confidence
            * least(oriented.actor1.confidence, oriented.actor2.confidence),
            3
        ) as confidence,
        first_reports.url as source_url,
        first_reports.article_id as evidence_article_id,
        first_reports.evidence_text,
        first_reports.start_char as evidence_start_char,
        first_reports.end_char as evidence_end_char
    from oriented
    inner join cameo_codes on oriented.cameo_code = cameo_codes.cameo_code
    left join first_reports on oriented.meeting_id = first_reports.meeting_id
    left join report_tone on oriented.meeting_id = report_tone.meeting_id

)

select * from final
