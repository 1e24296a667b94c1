with

media as (

    select * from {{ ref('news_media') }}

),

final as (

    select distinct
        lower(strip_accents(regexp_replace(trim(cast(name as varchar)), '^the\s+', '', 'i')))
            as name_folded
    from media

)

select * from final
