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
