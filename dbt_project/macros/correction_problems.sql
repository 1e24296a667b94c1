{#- The checks every corrections file shares, after its own per-line checks: from a CTE `checked`
    (id_column, action, value, note, line_number, line_count, basic_problem) it selects one row per
    line with `problem`, the first that applies of: the line's basic_problem; two lines of one
    target and action with different values (except multi_valued actions, one line per value);
    a line on a rejected target; a line on a merged target (except the actions kept_when_merged);
    a merge into a target that is itself rejected or merged. `noun` names the target in the
    messages. -#}
{% macro correction_problems(id_column, noun, multi_valued=[], kept_when_merged=[]) -%}
with

fates as (

    select
        {{ id_column }},
        bool_or(action = 'reject') as is_rejected,
        bool_or(action = 'merge_into') as is_merged
    from checked
    where basic_problem is null
    group by {{ id_column }}

),

contradictions as (

    select {{ id_column }}, action
    from checked
    where basic_problem is null
        {%- for action in multi_valued %}
        and action != '{{ action }}'
        {%- endfor %}
    group by {{ id_column }}, action
    having count(distinct coalesce(value, '')) > 1

)

select
    checked.{{ id_column }},
    checked.action,
    checked.value,
    checked.note,
    checked.line_number,
    cast(checked.line_count as bigint) as line_count,
    coalesce(
        checked.basic_problem,
        case
            when contradictions.{{ id_column }} is not null
                then 'contradicts another ' || checked.action || ' line of this {{ noun }}'
            when checked.action != 'reject' and own_fate.is_rejected
                then 'the {{ noun }} is rejected'
            when checked.action not in ('merge_into'{% for action in kept_when_merged %}, '{{ action }}'{% endfor %})
                and own_fate.is_merged
                then 'the {{ noun }} is merged into another one: correct that one instead'
            when checked.action = 'merge_into'
                and (target_fate.is_rejected or target_fate.is_merged)
                then 'the target {{ noun }} is itself rejected or merged: point at the {{ noun }} that stays'
        end
    ) as problem
from checked
left join contradictions
    on checked.{{ id_column }} = contradictions.{{ id_column }}
    and checked.action = contradictions.action
left join fates as own_fate on checked.{{ id_column }} = own_fate.{{ id_column }}
left join fates as target_fate
    on checked.action = 'merge_into' and checked.value = target_fate.{{ id_column }}
{%- endmacro %}
