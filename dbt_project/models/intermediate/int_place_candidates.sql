{#- Every gazetteer place a place entity (GPE or LOC) could be, one row per entity and candidate,
    matched on the entity's spellings (its canonical name and marts.entity_aliases, folded,
    without a possessive "'s"):

    - country_name: the spelling names a country in government_seats.csv ("U.S.", "Britain",
      "the Islamic Republic" stays out: no ISO code), matched to the gazetteer's country by ISO
      code; the entity then has no other candidate;
    - name / alternate / abbreviation: a gazetteer name (GeoNames' own name; an alternate of a
      large city, "Peking", "Bombay", unless another city has the name as its own; a US state's
      abbreviation, "Calif."; a region of gazetteer_additions.csv, "Northern Ireland");
    - part_of_country: otherwise, a compass word and a country name ("northern Iraq", "Eastern
      Ukraine"), the country at country precision.

    Which candidate each article means is decided in analysis.place_geocodes. -#}
with

entities as (

    select * from {{ ref('entities') }}

),

aliases as (

    select * from {{ ref('entity_aliases') }}

),

country_names as (

    select * from {{ ref('int_country_names') }}

),

gazetteer_places as (

    select * from {{ ref('stg_reference__gazetteer_places') }}

),

gazetteer_names as (

    select * from {{ ref('stg_reference__gazetteer_names') }}

),

spellings as (

    select entities.entity_id, aliases.alias as spelling
    from entities
    inner join aliases on entities.entity_id = aliases.entity_id
    where entities.entity_type in ('GPE', 'LOC')
    union
    select entity_id, canonical_name as spelling
    from entities
    where entity_type in ('GPE', 'LOC')

),

place_spellings as (

    select distinct
        entity_id,
        {{ fold_name("regexp_replace(spelling, '[''’]s$', '')") }} as name_folded
    from spellings

),

compass_spellings as (

    select
        entity_id,
        regexp_extract(
            name_folded,
            '^(?:north|south|east|west|central|northern|southern|eastern|western|'
            || '(?:north|south)-?(?:east|west)(?:ern)?)\s+(.+)$',
            1
        ) as country_folded
    from place_spellings

),

country_matches as (

    select distinct
        place_spellings.entity_id,
        gazetteer_places.gazetteer_id,
        'country_name' as match_kind
    from place_spellings
    inner join country_names
        on place_spellings.name_folded = country_names.name_folded
        and country_names.name_kind = 'country'
    inner join gazetteer_places
        on country_names.iso2 = gazetteer_places.country_iso2
        and gazetteer_places.feature_kind = 'country'

),

name_matches as (

    select
        place_spellings.entity_id,
        gazetteer_names.gazetteer_id,
        -- 'name' when any spelling is the place's own name, else 'alternate' or 'abbreviation'
        max(gazetteer_names.name_kind) as match_kind
    from place_spellings
    inner join gazetteer_names on place_spellings.name_folded = gazetteer_names.name_folded
    where place_spellings.entity_id not in (select entity_id from country_matches)
    group by place_spellings.entity_id, gazetteer_names.gazetteer_id

),

part_matches as (

    select distinct
        compass_spellings.entity_id,
        gazetteer_places.gazetteer_id,
        'part_of_country' as match_kind
    from compass_spellings
    inner join country_names
        on compass_spellings.country_folded = country_names.name_folded
        and country_names.name_kind = 'country'
    inner join gazetteer_places
        on country_names.iso2 = gazetteer_places.country_iso2
        and gazetteer_places.feature_kind = 'country'
    where compass_spellings.country_folded != ''
        and compass_spellings.entity_id not in (select entity_id from country_matches)
        and compass_spellings.entity_id not in (select entity_id from name_matches)

),

-- a city's own name beats another city's alternate (Philadelphia, not Amman, once
-- Philadelphia); an alternate still competes with a state of the same name (New York City
-- with the state of New York)
named_cities as (

    select distinct name_matches.entity_id
    from name_matches
    inner join gazetteer_places on name_matches.gazetteer_id = gazetteer_places.gazetteer_id
    where name_matches.match_kind = 'name' and gazetteer_places.feature_kind = 'city'

),

candidates as (

    select * from country_matches
    union all
    select * from part_matches
    union all
    select * from name_matches
    where match_kind != 'alternate'
        or entity_id not in (select entity_id from named_cities)

),

capital_names as (

    select distinct name_folded, iso2
    from country_names
    where name_kind in ('capital', 'seat') and iso2 is not null

),

described as (

    select
        candidates.entity_id,
        candidates.gazetteer_id,
        candidates.match_kind,
        gazetteer_places.name as gazetteer_name,
        gazetteer_places.feature_kind,
        gazetteer_places.country_iso2,
        gazetteer_places.admin1_code,
        gazetteer_places.population,
        -- named as a capital or seat of government of the candidate's own country
        gazetteer_places.feature_kind = 'city'
        and capital_names.name_folded is not null as has_capital_name,
        -- how prominent the place is, for ranking: its population; a US state or a region
        -- listed without one counts as a million
        case
            when gazetteer_places.feature_kind in ('admin1', 'region')
                then coalesce(gazetteer_places.population, 1000000)
            else coalesce(gazetteer_places.population, 0)
        end as prominence
    from candidates
    inner join gazetteer_places on candidates.gazetteer_id = gazetteer_places.gazetteer_id
    left join capital_names
        on {{ fold_name('gazetteer_places.name') }} = capital_names.name_folded
        and gazetteer_places.country_iso2 = capital_names.iso2

),

final as (

    select
        * exclude (has_capital_name),
        -- the capital is the largest city of its name in its country (Washington, D.C., not
        -- Washington, Utah)
        has_capital_name
        and row_number() over (
            partition by entity_id, country_iso2, has_capital_name
            order by prominence desc, gazetteer_id
        ) = 1 as is_capital
    from described

)

select * from final
