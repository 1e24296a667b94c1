{#- A stable text id: prefix + first 16 hex digits of md5 over the parts joined with '|'. -#}
{% macro stable_id(prefix, parts) -%}
    '{{ prefix }}_' || substr(md5(concat_ws('|', {{ parts | join(', ') }})), 1, 16)
{%- endmacro %}
