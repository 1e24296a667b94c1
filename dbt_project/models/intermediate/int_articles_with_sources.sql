{#- Attach a stable source_id: the reference outlet when the name matches one, else a slug of the name. -#}
with

articles as (

    select * from {{ ref('int_articles_enriched') }}

),

outlets as (

    select distinct source_id, source_name from {{ ref('stg_reference__outlet_signatures') }}

),

final as (

    select
        articles.*,
        case
            when articles.source_name is null then null
            when outlets.source_id is not null then outlets.source_id
            else 'src_' || regexp_replace(
                lower(strip_accents(articles.source_name)), '[^a-z0-9]+', '_', 'g'
            )
        end as source_id,
        coalesce(outlets.source_name, articles.source_name) as resolved_source_name
    from articles
    left join outlets
        on lower(strip_accents(articles.source_name)) = lower(strip_accents(outlets.source_name))

)

select * from final
