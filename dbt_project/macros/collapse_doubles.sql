{#- A folded word with each run of one repeated letter written once ("sissi" → "sisi",
    "haddad" → "hadad"): transliterations double consonants at will, so surnames are also
    compared this way across articles. -#}
{% macro collapse_doubles(word) -%}
    list_reduce(
        string_split({{ word }}, ''),
        (acc, ch) -> case when right(acc, 1) = ch then acc else acc || ch end
    )
{%- endmacro %}
