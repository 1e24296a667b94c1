{#- Every named mention with its resolved entity_id and a stable mention_id. Nested names ("Texas"
    in "University of Texas") are kept as mentions of their own entity, flagged is_nested. -#}
with

mentions as (

    select * from {{ ref('int_entity_mentions_keyed') }}

),

clusters as (

    select * from {{ ref('int_entity_clusters') }}

),

final as (

    select
        {{ stable_id('men', ['mentions.article_id', 'mentions.start_char', 'mentions.end_char']) }}
            as mention_id,
        mentions.article_id,
        clusters.entity_id,
        clusters.cluster_key,
        mentions.mention_text,
        mentions.start_char,
        mentions.end_char,
        mentions.sentence_index,
        mentions.entity_type,
        mentions.type_group,
        mentions.title,
        mentions.key_rule,
        mentions.span_source,
        mentions.is_nested,
        mentions.reference_key
    from mentions
    inner join clusters on mentions.mention_key = clusters.mention_key

)

select * from final
