with

cameo_codes as (

    select * from {{ ref('cameo_codes') }}

),

final as (

    select
        trim(cast(code as varchar)) as cameo_code,
        trim(cast(name as varchar)) as cameo_name,
        trim(cast(root_code as varchar)) as cameo_root_code,
        cast(quad_class as integer) as quad_class,
        cast(goldstein_scale as double) as goldstein_scale
    from cameo_codes

)

select * from final
