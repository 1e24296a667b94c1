{#- Fails (returns rows) when a document of the latest completed load is missing from both
    raw.articles and raw.rejected_inputs, is in both, or the manifest is incomplete. -#}
select run_id, document_index, input_name, outcome, reason, article_rows, rejection_rows
from {{ ref('int_input_accounting') }}
where not is_accounted_for
