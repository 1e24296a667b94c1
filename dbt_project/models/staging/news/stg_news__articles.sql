{#- The current version of each input document: a changed file adds a new raw row; the newest wins. -#}
with

articles as (

    select * from {{ source('raw', 'articles') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by input_name order by loaded_at desc, article_id
        ) as version_rank
    from articles

),

final as (

    select
        article_id,
        input_name,
        input_format,
        content_sha256,
        raw_text,
        size_bytes,
        encoding,
        input_flags,
        nullif(trim(meta_title), '') as meta_title,
        nullif(trim(meta_source), '') as meta_source,
        nullif(trim(meta_url), '') as meta_url,
        nullif(trim(meta_published_at), '') as meta_published_at,
        loaded_at
    from ranked
    where version_rank = 1

)

select * from final
