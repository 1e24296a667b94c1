{#- Words that end a role phrase before a name even when capitalised, as in headlines ("U.S. And
    EC Agree", "Turkey In Talks With"): analysis.entity_country_evidence. -#}
{% macro joining_words() -%}
    'and', 'or', '&', 'with', 'to', 'from', 'in', 'by', 'at', 'on', 'against', 'between',
    'after', 'before', 'says', 'said', 'as', 'but', 'nor', 'that', 'who', 'while', 'when'
{%- endmacro %}

{#- Abbreviated titles that end in a full stop inside a role phrase ("U.S. Air Force Gen. Norman
    Ham"); any other word ending in a full stop ends the sentence. -#}
{% macro title_abbreviations() -%}
    Gen|Lt|Maj|Brig|Col|Capt|Sgt|Adm|Cmdr|Cdr|Rev|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Pres|Sec|Supt|Insp|St|Jr|Sr|Ret|Hon
{%- endmacro %}

{#- A word as int_country_names folds names: lower case, no accents, no possessive "'s". -#}
{% macro fold_country_word(word) -%}
    lower(strip_accents(regexp_replace({{ word }}, '[''’]s$', '')))
{%- endmacro %}

{#- Words first..last of a word list, joined and folded like one country name. -#}
{% macro fold_country_words(words, first, last) -%}
    {{ fold_country_word("array_to_string(list_slice(" ~ words ~ ", " ~ first ~ ", " ~ last ~ "), ' ')") }}
{%- endmacro %}
