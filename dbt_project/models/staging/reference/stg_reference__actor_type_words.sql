with

actor_type_words as (

    select * from {{ ref('actor_type_words') }}

),

final as (

    select
        lower(trim(cast(phrase as varchar))) as phrase,
        min(upper(trim(cast(actor_type as varchar)))) as actor_type
    from actor_type_words
    where trim(cast(phrase as varchar)) != ''
    group by lower(trim(cast(phrase as varchar)))

)

select * from final
