with

seats as (

    select * from {{ ref('government_seats') }}

),

folded as (

    select
        cast(name as varchar) as name,
        cast(kind as varchar) as kind,
        cast(government as varchar) as government,
        {{ fold_name('cast(name as varchar)') }} as name_folded
    from seats

),

final as (

    -- one row per spelling: a capital that is also a country's name (Singapore) counts as a country
    select
        name_folded,
        min(kind) as kind,
        min(government) as government
    from folded
    group by name_folded

)

select * from final
