with

signatures as (

    select * from {{ ref('outlet_signatures') }}

),

final as (

    select distinct
        cast(source_id as varchar) as source_id,
        cast(source_name as varchar) as source_name,
        lower(cast(domain as varchar)) as domain
    from signatures

)

select * from final
