with

source as (

    select * from {{ source('nlp', 'entity_spans') }}

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
