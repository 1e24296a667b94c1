{#- Every line of seeds/corrections/meeting_corrections.csv applies. A warning, not an error: a
    stale correction (the pipeline no longer produces that meeting) must not stop a build; the
    lines and their problem are listed in analysis.meeting_correction_review. -#}
{{ config(severity='warn') }}

select meeting_id, action, value, problem
from {{ ref('int_meeting_corrections') }}
where problem is not null
