{#- Given names that are one gender's in every language news writes them in (no Jordan, Andrea,
    Jean), in the norm key's spelling (seeds/reference/given_names.csv). -#}
with

given_names as (

    select * from {{ ref('given_names') }}

),

final as (

    select
        lower(cast(given_name as varchar)) as given_name,
        cast(gender as varchar) as gender
    from given_names

)

select * from final
