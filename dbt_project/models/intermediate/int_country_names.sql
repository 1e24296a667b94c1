{#- Every name that stands for a country, folded: the countries, capitals and seats of
    government_seats.csv and the demonyms of demonyms.csv ("Turkish" is Turkey), with the country
    (the government the name stands for) and its ISO 3166 codes from countries.csv. A demonym of a
    place that is no government ("Kurdish": Kurdistan) names no country. The last word of each
    name is kept for the first, cheap match of analysis.entity_country_evidence. -#}
with

seats as (

    select * from {{ ref('stg_reference__government_seats') }}

),

demonyms as (

    select * from {{ ref('stg_reference__demonyms') }}

),

countries as (

    select * from {{ ref('stg_reference__countries') }}

),

seat_names as (

    select
        name_folded,
        kind as name_kind,
        government as country
    from seats
    where kind in ('country', 'capital', 'seat')

),

demonym_names as (

    select
        demonyms.demonym_folded as name_folded,
        'demonym' as name_kind,
        seats.government as country
    from demonyms
    inner join seats on demonyms.place_folded = seats.name_folded
    where seats.kind in ('country', 'capital', 'seat')

),

names as (

    select * from seat_names
    union all
    select * from demonym_names
    where name_folded not in (select seat_names.name_folded from seat_names)

),

final as (

    select
        names.name_folded,
        names.name_kind,
        names.country,
        countries.iso2,
        countries.iso3,
        string_split(names.name_folded, ' ')[-1] as last_word,
        len(string_split(names.name_folded, ' ')) as word_count
    from names
    -- a government users added to government_seats.csv but not to countries.csv still counts,
    -- without ISO codes
    left join countries on names.country = countries.country

)

select * from final
