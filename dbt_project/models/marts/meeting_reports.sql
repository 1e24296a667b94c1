with

reports as (

    select * from {{ ref('int_meetings_curated') }}

),

final as (

    select
        {{ stable_id('mrp', ['meeting_id', 'article_id']) }} as meeting_report_id,
        meeting_id,
        article_id,
        evidence_text,
        cast(evidence_start as bigint) as start_char,
        cast(evidence_end as bigint) as end_char,
        cast(sentence_index as bigint) as sentence_index,
        trigger_text,
        date_text,
        meeting_date as reported_date,
        place_text as reported_place,
        rule,
        confidence
    from reports
    qualify row_number() over (
        partition by meeting_id, article_id order by confidence desc, candidate_index
    ) = 1

)

select * from final
