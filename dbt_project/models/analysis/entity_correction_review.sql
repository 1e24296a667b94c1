{#- Every line of entity_corrections.csv (identical lines once): whether it applies (and why not),
    and the entity as the resolution steps found it, before any correction. -#}
with

corrections as (

    select * from {{ ref('int_entity_corrections') }}

),

found_mentions as (

    select clusters.entity_id, mentions.mention_text, mentions.entity_type, mentions.article_id
    from {{ ref('int_entity_mentions_keyed') }} as mentions
    inner join {{ ref('int_entity_clusters') }} as clusters
        on mentions.mention_key = clusters.mention_key
    where clusters.entity_id in (select entity_id from corrections)

),

found as (

    select
        entity_id,
        -- the longest spelling, not shouted when there is a choice
        arg_max(
            mention_text,
            length(mention_text) * 2 + cast(mention_text != upper(mention_text) as integer)
        ) as found_name,
        mode(entity_type) as found_type,
        string_agg(distinct mention_text, ' | ' order by mention_text) as found_spellings,
        count(*) as found_mention_count,
        count(distinct article_id) as found_article_count
    from found_mentions
    group by entity_id

),

final as (

    select
        corrections.line_number,
        corrections.entity_id,
        corrections.action,
        corrections.value,
        corrections.note,
        corrections.problem is null as applies,
        corrections.problem,
        found.found_name,
        found.found_type,
        found.found_spellings,
        cast(found.found_mention_count as bigint) as found_mention_count,
        cast(found.found_article_count as bigint) as found_article_count
    from corrections
    left join found on corrections.entity_id = found.entity_id

)

select * from final
