{#- Rows of an nlp.* source table that belong to the current version of each article
    (stg_news__articles keeps the newest load per input_name). -#}
{% macro current_article_rows(source_table) %}
with

source as (

    select * from {{ source('nlp', source_table) }}

),

current_articles as (

    select article_id from {{ ref('stg_news__articles') }}

),

final as (

    select source.*
    from source
    inner join current_articles on source.article_id = current_articles.article_id

)

select * from final
{% endmacro %}
