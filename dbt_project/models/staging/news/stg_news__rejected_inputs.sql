with

rejected as (

    select * from {{ source('raw', 'rejected_inputs') }}

),

final as (

    select
        rejection_id,
        input_name,
        reason,
        detail,
        size_bytes,
        content_sha256,
        duplicate_of_article_id,
        rejected_at
    from rejected

)

select * from final
