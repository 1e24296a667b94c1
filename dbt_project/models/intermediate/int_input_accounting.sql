{#- Every input document of the latest completed load, and where it ended: exactly one of raw.articles
    (same input_name and content) or raw.rejected_inputs (same input_name, reason and content).
    Also lists rows that no manifest explains: articles stamped with that load's time but absent
    from its manifest. Tests: is_accounted_for must be true on every row. -#}
with

latest_load as (

    -- loads older than every stored manifest (warehouses built before manifests existed) are
    -- not checked
    select run_id, documents_seen, started_at
    from {{ source('raw', 'load_runs') }}
    where run_id is not null
        and started_at >= (select min(seen_at) from {{ source('raw', 'input_manifest') }})
    order by finished_at desc, started_at desc
    limit 1

),

manifest as (

    select manifest.*
    from {{ source('raw', 'input_manifest') }} as manifest
    inner join latest_load on manifest.run_id = latest_load.run_id

),

articles as (

    select input_name, content_sha256, loaded_at from {{ source('raw', 'articles') }}

),

rejections as (

    select input_name, reason, content_sha256 from {{ source('raw', 'rejected_inputs') }}

),

documents as (

    select
        manifest.run_id,
        manifest.document_index,
        manifest.input_name,
        manifest.content_sha256,
        manifest.outcome,
        manifest.reason,
        (
            select count(*) from articles
            where articles.input_name = manifest.input_name
                and articles.content_sha256 = manifest.content_sha256
        ) as article_rows,
        (
            select count(*) from rejections
            where rejections.input_name = manifest.input_name
                and rejections.content_sha256 is not distinct from manifest.content_sha256
                -- an article must have no rejection of its text under its name, whatever the
                -- reason; a rejected document must have its own (name, reason, text) row
                and (manifest.outcome = 'article' or rejections.reason = manifest.reason)
        ) as rejection_rows
    from manifest

),

unexplained_articles as (

    -- loaded by the latest load, yet not in its manifest
    select
        latest_load.run_id,
        null::bigint as document_index,
        articles.input_name,
        articles.content_sha256,
        'unexplained_article' as outcome,
        null as reason,
        1::bigint as article_rows,
        0::bigint as rejection_rows
    from articles
    inner join latest_load on articles.loaded_at = latest_load.started_at
    where not exists (
        select 1 from manifest
        where manifest.input_name = articles.input_name
            and manifest.content_sha256 = articles.content_sha256
    )

),

incomplete_manifest as (

    -- the load counted more (or fewer) documents than its manifest holds
    select
        latest_load.run_id,
        null::bigint as document_index,
        '(manifest of ' || (select count(*) from manifest) || ' rows, load counted '
            || latest_load.documents_seen || ')' as input_name,
        null as content_sha256,
        'incomplete_manifest' as outcome,
        null as reason,
        0::bigint as article_rows,
        0::bigint as rejection_rows
    from latest_load
    where latest_load.documents_seen != (select count(*) from manifest)

),

final as (

    select
        *,
        coalesce(
            (outcome = 'article' and article_rows = 1 and rejection_rows = 0)
            or (outcome = 'rejected' and article_rows = 0 and rejection_rows = 1),
            false
        ) as is_accounted_for
    from (
        select * from documents
        union all
        select * from unexplained_articles
        union all
        select * from incomplete_manifest
    )

)

select * from final
