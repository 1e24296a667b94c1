{#- The country of each person, organisation and place, where the text says it: one row per
    entity with a country. A place that is a country, a capital or a seat of government is that
    country (is_country_name). A person or an organisation gets the country most of its evidence
    mentions name (analysis.entity_country_evidence); with no majority (one mention says Turkish,
    one Iranian) the entity gets no row, and the countries are listed in other_countries of the
    winner otherwise. Any other place takes the country its articles geocode it to, when more than
    half of them agree (analysis.place_geocodes: Istanbul is Turkey's). -#}
with

entities as (

    select * from {{ ref('entities') }}

),

aliases as (

    select * from {{ ref('entity_aliases') }}

),

evidence as (

    select * from {{ ref('entity_country_evidence') }}

),

country_names as (

    select * from {{ ref('int_country_names') }}

),

countries as (

    select * from {{ ref('stg_reference__countries') }}

),

geocodes as (

    select * from {{ ref('place_geocodes') }}

),

place_names as (

    -- a place entity whose name or one of its spellings is a country, capital or seat
    select
        entities.entity_id,
        min(country_names.country) as country,
        count(distinct country_names.country) as country_options
    from entities
    inner join aliases on entities.entity_id = aliases.entity_id
    inner join country_names
        on {{ fold_name("regexp_replace(aliases.alias, '[''’]s$', '')") }}
        = country_names.name_folded
    where entities.entity_type in ('GPE', 'LOC')
        and country_names.name_kind != 'demonym'
    group by entities.entity_id

),

votes as (

    select
        entity_id,
        country,
        count(*) as evidence_count,
        count(distinct article_id) as evidence_article_count
    from evidence
    group by entity_id, country

),

ranked as (

    select
        votes.*,
        sum(evidence_count) over (partition by entity_id) as signal_count,
        row_number() over (
            partition by entity_id
            order by evidence_count desc, evidence_article_count desc, country
        ) as vote_rank
    from votes

),

dissent as (

    select
        entity_id,
        string_agg(
            country || ' (' || evidence_count || ')', ', ' order by evidence_count desc, country
        ) as other_countries
    from ranked
    where vote_rank > 1
    group by entity_id

),

from_evidence as (

    select
        ranked.entity_id,
        ranked.country,
        'evidence' as assigned_by,
        ranked.evidence_count,
        ranked.evidence_article_count,
        ranked.signal_count,
        dissent.other_countries
    from ranked
    left join dissent on ranked.entity_id = dissent.entity_id
    where ranked.vote_rank = 1
        and ranked.evidence_count * 2 > ranked.signal_count

),

from_name as (

    select
        entity_id,
        country,
        'is_country_name' as assigned_by,
        0 as evidence_count,
        0 as evidence_article_count,
        0 as signal_count,
        cast(null as varchar) as other_countries
    from place_names
    where country_options = 1

),

geocode_votes as (

    -- a place that is no country, capital or seat: the country of the gazetteer places its
    -- articles geocode it to (analysis.place_geocodes; Istanbul is Turkey's)
    select
        entity_id,
        country,
        count(*) as article_count,
        sum(count(*)) over (partition by entity_id) as geocoded_article_count,
        row_number() over (
            partition by entity_id order by count(*) desc, country
        ) as vote_rank
    from geocodes
    where country is not null
    group by entity_id, country

),

from_geocode as (

    select
        entity_id,
        country,
        'geocode' as assigned_by,
        article_count as evidence_count,
        article_count as evidence_article_count,
        geocoded_article_count as signal_count,
        cast(null as varchar) as other_countries
    from geocode_votes
    where vote_rank = 1 and article_count * 2 > geocoded_article_count

),

assigned as (

    select * from from_name
    union all
    select * from from_evidence
    where entity_id not in (select from_name.entity_id from from_name)
    union all
    select * from from_geocode
    where entity_id not in (select from_name.entity_id from from_name)
        and entity_id not in (select from_evidence.entity_id from from_evidence)

),

final as (

    select
        assigned.entity_id,
        entities.canonical_name,
        entities.entity_type,
        assigned.country,
        countries.iso2 as country_iso2,
        countries.iso3 as country_iso3,
        assigned.assigned_by,
        cast(assigned.evidence_count as bigint) as evidence_count,
        cast(assigned.evidence_article_count as bigint) as evidence_article_count,
        cast(assigned.signal_count as bigint) as signal_count,
        assigned.other_countries
    from assigned
    inner join entities on assigned.entity_id = entities.entity_id
    left join countries on assigned.country = countries.country

)

select * from final
