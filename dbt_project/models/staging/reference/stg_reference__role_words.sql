with

role_words as (

    select * from {{ ref('role_words') }}

),

final as (

    select
        lower(trim(cast(word as varchar))) as word,
        min(lower(trim(cast(kind as varchar)))) as kind
    from role_words
    where trim(cast(word as varchar)) != ''
    group by lower(trim(cast(word as varchar)))

)

select * from final
