with

known as (

    select * from {{ ref('known_entities') }}

),

final as (

    select
        cast(entity_key as varchar) as entity_key,
        cast(canonical_name as varchar) as canonical_name,
        upper(cast(entity_type as varchar)) as entity_type,
        cast(alias as varchar) as alias,
        cast(alias_kind as varchar) as alias_kind,
        lower(strip_accents(cast(alias as varchar))) as alias_folded
    from known

)

select * from final
