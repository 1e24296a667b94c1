{#- Stories: connected components of the copy pairs (macro connected_components, as for entity clusters). An
    article without copies is a story of its own. The story's first report is the earliest
    published article (undated ones last), then the earliest loaded, then the smallest id; every
    other article of the story is a copy of it. -#}
with recursive

articles as (

    select * from {{ ref('int_articles_with_sources') }}

),

pairs as (

    select * from {{ ref('int_article_copy_pairs') }}

),

edges as (

    select article_id as from_id, other_article_id as to_id from pairs
    union
    select other_article_id as from_id, article_id as to_id from pairs

),

{{ connected_components('articles', 'article_id', 'edges') }},

ranked as (

    select
        components.node_id as article_id,
        components.component_id,
        first_value(components.node_id) over (
            partition by components.component_id
            order by articles.published_date asc nulls last, articles.loaded_at, articles.article_id
        ) as first_article_id,
        count(*) over (partition by components.component_id) as story_article_count
    from components
    inner join articles on components.node_id = articles.article_id

),

final as (

    select
        article_id,
        {{ stable_id('sty', ['first_article_id']) }} as story_id,
        case when article_id <> first_article_id then first_article_id end
            as copy_of_article_id,
        story_article_count
    from ranked

)

select * from final
