{#- The analyst's meeting corrections (meeting_corrections.csv), action in lower case. Checked
    against the meetings in int_meeting_corrections. -#}
with

corrections as (

    select * from {{ source('corrections', 'meeting_corrections') }}

),

final as (

    select
        line_number,
        meeting_id,
        lower(action) as action,
        value,
        note
    from corrections

)

select * from final
