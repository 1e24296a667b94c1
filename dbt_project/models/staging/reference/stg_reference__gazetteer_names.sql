{#- The names places are matched by, folded like the other reference lists (lower case, no
    accents, no leading "the"): the gazetteer asset's names; for each row of
    gazetteer_additions.csv, its name and its "|"-separated alternate names; and the US states'
    abbreviations of news style (seeds/reference/us_state_abbreviations.csv: "Calif.",
    "N.Y."). -#}
with

geonames as (

    select * from {{ source('gazetteer', 'gazetteer_names') }}

),

places as (

    select * from {{ ref('stg_reference__gazetteer_places') }}

),

additions as (

    select * from {{ ref('gazetteer_additions') }}

),

state_abbreviations as (

    select * from {{ ref('us_state_abbreviations') }}

),

abbreviation_names as (

    select
        places.gazetteer_id,
        trim(state_abbreviations.abbreviation) as name,
        'abbreviation' as name_kind
    from state_abbreviations
    inner join places
        on upper(trim(state_abbreviations.state_code)) = places.admin1_code
        and places.country_iso2 = 'US'
        and places.feature_kind = 'admin1'
    where nullif(trim(state_abbreviations.abbreviation), '') is not null

),

addition_names as (

    select
        places.gazetteer_id,
        places.name,
        'name' as name_kind
    from places
    where places.gazetteer_source = 'gazetteer_additions'
    union all
    select
        'seed:' || {{ fold_name('additions.name') }} || ':'
            || coalesce(upper(trim(additions.country_iso2)), '') as gazetteer_id,
        trim(alternate.alternate_name) as name,
        'alternate' as name_kind
    from additions
    cross join unnest(string_split(additions.alternate_names, '|')) as alternate (alternate_name)
    where nullif(trim(additions.name), '') is not null
        and nullif(trim(alternate.alternate_name), '') is not null

),

names as (

    select gazetteer_id, name, name_kind from geonames
    union all
    select * from addition_names
    union all
    select * from abbreviation_names

),

final as (

    select distinct
        gazetteer_id,
        name,
        {{ fold_name('name') }} as name_folded,
        name_kind
    from names

)

select * from final
