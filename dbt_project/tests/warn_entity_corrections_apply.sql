{#- Every line of entity_corrections.csv applies. A warning, not an error: a stale correction (the
    pipeline no longer produces that entity) must not stop a build; the lines and their problem
    are listed in analysis.entity_correction_review. -#}
{{ config(severity='warn') }}

select entity_id, action, value, problem
from {{ ref('int_entity_corrections') }}
where problem is not null
