{#- Every place a place entity can be geocoded to: the GeoNames places of the gazetteer asset and
    the rows users add in seeds/reference/gazetteer_additions.csv (a place GeoNames' selection
    lacks: a town under 15,000 people, a region), with the country's name and ISO codes from
    countries.csv (for a code two governments share, the one government_seats.csv names a country). -#}
with

geonames as (

    select * from {{ source('gazetteer', 'gazetteer_places') }}

),

additions as (

    select * from {{ ref('gazetteer_additions') }}

),

countries as (

    select * from {{ ref('stg_reference__countries') }}

),

seats as (

    select * from {{ ref('stg_reference__government_seats') }}

),

country_by_code as (

    -- one country per ISO code: the one government_seats.csv names as a country (Palestine,
    -- not the Gaza Strip's government, which shares PS)
    select
        countries.iso2,
        countries.iso3,
        countries.country
    from countries
    where countries.iso2 is not null
    qualify row_number() over (
        partition by countries.iso2
        order by
            exists (
                select 1 from seats
                where seats.government = countries.country and seats.kind = 'country'
            ) desc,
            countries.country
    ) = 1

),

places as (

    select
        gazetteer_id,
        geoname_id,
        name,
        feature_kind,
        country_iso2,
        admin1_code,
        latitude,
        longitude,
        population,
        'geonames' as gazetteer_source
    from geonames
    union all
    select
        'seed:' || {{ fold_name('name') }} || ':' || coalesce(upper(trim(country_iso2)), '')
            as gazetteer_id,
        null as geoname_id,
        trim(name) as name,
        lower(trim(feature_kind)) as feature_kind,
        nullif(upper(trim(country_iso2)), '') as country_iso2,
        nullif(trim(admin1_code), '') as admin1_code,
        latitude,
        longitude,
        population,
        'gazetteer_additions' as gazetteer_source
    from additions
    where nullif(trim(name), '') is not null

),

final as (

    select
        places.*,
        country_by_code.country,
        country_by_code.iso3 as country_iso3
    from places
    left join country_by_code on places.country_iso2 = country_by_code.iso2

)

select * from final
