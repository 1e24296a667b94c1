{#- True when two folded words are one spelling slip apart: same first letter, both at least five
    letters, and one edit apart (a transposition counts as one: "untied" / "united"), or two edits
    apart when both have eight letters or more ("bauchtman" / "buchtmann"). -#}
{% macro is_spelling_slip(a, b) -%}
    (
        left({{ a }}, 1) = left({{ b }}, 1)
        and least(length({{ a }}), length({{ b }})) >= 5
        and (
            damerau_levenshtein({{ a }}, {{ b }}) <= 1
            or (
                least(length({{ a }}), length({{ b }})) >= 8
                and damerau_levenshtein({{ a }}, {{ b }}) <= 2
            )
        )
    )
{%- endmacro %}
