with

demonyms as (

    select * from {{ ref('demonyms') }}

),

final as (

    select
        cast(demonym as varchar) as demonym,
        cast(place_name as varchar) as place_name,
        lower(strip_accents(cast(demonym as varchar))) as demonym_folded,
        lower(strip_accents(cast(place_name as varchar))) as place_folded
    from demonyms

)

select * from final
