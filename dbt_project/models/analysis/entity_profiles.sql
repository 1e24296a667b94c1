{#- One row per entity: everything the warehouse knows about it, for lookups and BI cards.
    Coverage counts stories as well as articles, so syndicated copies do not inflate it. -#}
with

entities as (

    select * from {{ ref('entities') }}

),

aliases as (

    select * from {{ ref('entity_aliases') }}

),

mentions as (

    select * from {{ ref('mentions') }}

),

articles as (

    select * from {{ ref('articles') }}

),

participants as (

    select * from {{ ref('meeting_participants') }}

),

meetings as (

    select * from {{ ref('meetings') }}

),

quotes as (

    select * from {{ ref('quotes') }}

),

cooccurrence as (

    select * from {{ ref('entity_cooccurrence') }}

),

entity_countries as (

    select * from {{ ref('entity_countries') }}

),

actor_types as (

    select * from {{ ref('entity_actor_types') }}

),

geocodes as (

    select * from {{ ref('place_geocodes') }}

),

place_votes as (

    -- for a place: the gazetteer places its articles geocode it to, most articles first
    select
        entity_id,
        full_name,
        any_value(latitude) as latitude,
        any_value(longitude) as longitude,
        count(*) as article_count,
        sum(count(*)) over (partition by entity_id) as geocoded_article_count,
        row_number() over (
            partition by entity_id order by count(*) desc, full_name
        ) as place_rank
    from geocodes
    where gazetteer_id is not null
    group by entity_id, full_name

),

place_lists as (

    select
        entity_id,
        max(full_name) filter (where place_rank = 1) as place_full_name,
        max(latitude) filter (where place_rank = 1) as place_latitude,
        max(longitude) filter (where place_rank = 1) as place_longitude,
        max(article_count) filter (where place_rank = 1) as place_article_count,
        max(geocoded_article_count) as geocoded_article_count,
        string_agg(full_name || ' (' || article_count || ')', '; ' order by place_rank)
            filter (where place_rank between 2 and 4) as other_places
    from place_votes
    group by entity_id

),

alias_lists as (

    select
        entity_id,
        string_agg(alias, ' | ' order by mention_count desc, alias) as aliases
    from aliases
    group by entity_id

),

coverage as (

    select
        mentions.entity_id,
        count(distinct articles.source_id) as outlet_count,
        count(distinct coalesce(articles.story_id, articles.article_id)) as story_count,
        min(articles.published_date) as first_seen_date,
        max(articles.published_date) as last_seen_date
    from mentions
    inner join articles on mentions.article_id = articles.article_id
    group by mentions.entity_id

),

encounters as (

    select
        participants.entity_id,
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.status,
        meetings.mode
    from participants
    inner join meetings on participants.meeting_id = meetings.meeting_id

),

encounter_counts as (

    select
        entity_id,
        count(distinct meeting_id) filter (
            where status = 'held' and mode = 'in_person'
        ) as held_meeting_count,
        count(distinct meeting_id) filter (
            where status = 'planned' and mode = 'in_person'
        ) as planned_meeting_count,
        count(distinct meeting_id) filter (where mode != 'in_person') as remote_contact_count,
        max(meeting_date) filter (
            where status = 'held' and mode = 'in_person'
        ) as last_meeting_date
    from encounters
    group by entity_id

),

counterparts as (

    select
        own.entity_id,
        other.entity_id as counterpart_entity_id,
        any_value(other.participant_name) as counterpart_name,
        count(distinct own.meeting_id) as meeting_count
    from participants as own
    inner join participants as other
        on own.meeting_id = other.meeting_id
        and own.entity_id != other.entity_id
        and {{ on_opposite_sides('own.role', 'other.role') }}
    inner join meetings on own.meeting_id = meetings.meeting_id
    where meetings.status = 'held' and meetings.mode = 'in_person'
    group by own.entity_id, other.entity_id

),

counterpart_lists as (

    select
        entity_id,
        count(*) as counterpart_count,
        string_agg(
            counterpart_name || ' (' || meeting_count || ')', ', '
            order by meeting_count desc, counterpart_name
        ) filter (where counterpart_rank <= 5) as top_counterparts
    from (
        select
            *,
            row_number() over (
                partition by entity_id order by meeting_count desc, counterpart_name
            ) as counterpart_rank
        from counterparts
    )
    group by entity_id

),

quote_counts as (

    select
        quotes.speaker_entity_id as entity_id,
        count(*) as quote_count,
        count(*) filter (where quotes.quote_kind = 'direct') as direct_quote_count,
        arg_max(
            quotes.quote_text,
            (coalesce(articles.published_date, date '0001-01-01'), length(quotes.quote_text))
        ) as latest_quote
    from quotes
    inner join articles on quotes.article_id = articles.article_id
    where quotes.speaker_entity_id is not null
    group by quotes.speaker_entity_id

),

co_mentioned as (

    select
        entity_id_a as entity_id,
        entity_id_b as other_entity_id,
        entity_name_b as other_name,
        sentence_count,
        article_count
    from cooccurrence
    where sentence_count > 0
    union all
    select
        entity_id_b as entity_id,
        entity_id_a as other_entity_id,
        entity_name_a as other_name,
        sentence_count,
        article_count
    from cooccurrence
    where sentence_count > 0

),

co_mentioned_lists as (

    -- top five by sentences, then articles, then id (a top-n aggregate: no window over every pair)
    select
        entity_id,
        array_to_string(
            max_by(other_name, (sentence_count, article_count, other_entity_id), 5), ', '
        ) as top_co_mentioned
    from co_mentioned
    group by entity_id

),

final as (

    select
        entities.entity_id,
        entities.canonical_name,
        entities.entity_type,
        entities.reference_key,
        entity_countries.country,
        entity_countries.country_iso3,
        actor_types.actor_type,
        place_lists.place_full_name,
        place_lists.place_latitude,
        place_lists.place_longitude,
        place_lists.place_article_count,
        place_lists.geocoded_article_count,
        place_lists.other_places,
        entities.alias_count,
        alias_lists.aliases,
        entities.mention_count,
        entities.article_count,
        coalesce(coverage.story_count, 0) as story_count,
        coalesce(coverage.outlet_count, 0) as outlet_count,
        coverage.first_seen_date,
        coverage.last_seen_date,
        coalesce(encounter_counts.held_meeting_count, 0) as held_meeting_count,
        coalesce(encounter_counts.planned_meeting_count, 0) as planned_meeting_count,
        coalesce(encounter_counts.remote_contact_count, 0) as remote_contact_count,
        encounter_counts.last_meeting_date,
        coalesce(counterpart_lists.counterpart_count, 0) as counterpart_count,
        counterpart_lists.top_counterparts,
        coalesce(quote_counts.quote_count, 0) as quote_count,
        coalesce(quote_counts.direct_quote_count, 0) as direct_quote_count,
        quote_counts.latest_quote,
        co_mentioned_lists.top_co_mentioned,
        row_number() over (
            order by coalesce(coverage.story_count, 0) desc, entities.mention_count desc,
            entities.canonical_name, entities.entity_id
        ) as prominence_rank
    from entities
    left join alias_lists on entities.entity_id = alias_lists.entity_id
    left join coverage on entities.entity_id = coverage.entity_id
    left join encounter_counts on entities.entity_id = encounter_counts.entity_id
    left join counterpart_lists on entities.entity_id = counterpart_lists.entity_id
    left join quote_counts on entities.entity_id = quote_counts.entity_id
    left join co_mentioned_lists on entities.entity_id = co_mentioned_lists.entity_id
    left join entity_countries on entities.entity_id = entity_countries.entity_id
    left join actor_types on entities.entity_id = actor_types.entity_id
    left join place_lists on entities.entity_id = place_lists.entity_id

)

select * from final
