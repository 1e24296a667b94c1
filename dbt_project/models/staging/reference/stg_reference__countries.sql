with

countries as (

    select * from {{ ref('countries') }}

),

final as (

    select
        cast(country as varchar) as country,
        nullif(trim(cast(iso2 as varchar)), '') as iso2,
        nullif(trim(cast(iso3 as varchar)), '') as iso3
    from countries

)

select * from final
