with

media as (

    select * from {{ ref('news_media') }}

),

final as (

    select distinct
        {{ fold_name('cast(name as varchar)') }} as name_folded
    from media

)

select * from final
