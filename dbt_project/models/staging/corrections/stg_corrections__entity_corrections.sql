{#- The analyst's entity corrections (entity_corrections.csv), action in lower case. Checked
    against the entities in int_entity_corrections. -#}
with

corrections as (

    select * from {{ source('corrections', 'entity_corrections') }}

),

final as (

    select
        line_number,
        entity_id,
        lower(action) as action,
        value,
        note
    from corrections

)

select * from final
