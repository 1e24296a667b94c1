with

role_words as (

    select * from {{ ref('role_words') }}

),

final as (

    select distinct lower(trim(cast(word as varchar))) as word
    from role_words
    where trim(cast(word as varchar)) != ''

)

select * from final
