{#- Every named mention with its resolved entity_id and a stable mention_id. Nested names ("Texas"
    in "University of Texas") are kept as mentions of their own entity, flagged is_nested. The
    analyst's entity corrections (int_entity_corrections, the lines that apply) come last: the
    mentions of a rejected entity are dropped, a merged entity's mentions take the id (and cluster
    key) of the entity that stays, a split-off spelling becomes an entity of its own, and set_type
    replaces the type. Every model reads entities through here, so a correction reaches mentions,
    entities, quotes and meetings alike. -#}
with

mentions as (

    select * from {{ ref('int_entity_mentions_keyed') }}

),

clusters as (

    select * from {{ ref('int_entity_clusters') }}

),

corrections as (

    select entity_id, action, value
    from {{ ref('int_entity_corrections') }}
    where problem is null

),

resolved as (

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

),

merge_targets as (

    select corrections.entity_id, corrections.value as target_entity_id, targets.cluster_key
    from corrections
    inner join (select distinct entity_id, cluster_key from clusters) as targets
        on corrections.value = targets.entity_id
    where corrections.action = 'merge_into'

),

corrected as (

    select
        resolved.* replace (
            case
                when splits.value is not null
                    then {{ stable_id('ent', ["'split'", 'resolved.entity_id',
                                              'lower(strip_accents(splits.value))']) }}
                else coalesce(merge_targets.target_entity_id, resolved.entity_id)
            end as entity_id,
            case
                when splits.value is not null
                    then 'split:' || resolved.entity_id || ':' || lower(strip_accents(splits.value))
                else coalesce(merge_targets.cluster_key, resolved.cluster_key)
            end as cluster_key
        ),
        types.value as corrected_type
    from resolved
    left join corrections as splits
        on splits.action = 'split_alias'
        and resolved.entity_id = splits.entity_id
        and lower(strip_accents(resolved.mention_text)) = lower(strip_accents(splits.value))
    left join merge_targets on resolved.entity_id = merge_targets.entity_id
    left join corrections as types
        on types.action = 'set_type' and resolved.entity_id = types.entity_id
    where resolved.entity_id not in (select entity_id from corrections where action = 'reject')

),

final as (

    select
        corrected.* exclude (corrected_type) replace (
            coalesce(corrected.corrected_type, corrected.entity_type) as entity_type,
            case
                when corrected.corrected_type is null then corrected.type_group
                when corrected.corrected_type = 'PERSON' then 'person'
                when corrected.corrected_type in ('GPE', 'LOC', 'FAC') then 'place'
                when corrected.corrected_type = 'ORG' then 'org'
                else 'norp'
            end as type_group
        )
    from corrected

)

select * from final
