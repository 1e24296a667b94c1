-- A name as the reference lists compare it: trimmed, without a leading "the", lower case, no
-- accents ("The Washington Post" and "Washington Post" fold alike).
{% macro fold_name(expr) -%}
    lower(strip_accents(regexp_replace(trim({{ expr }}), '^the\s+', '', 'i')))
{%- endmacro %}
