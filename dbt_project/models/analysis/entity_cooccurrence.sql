{#- Pairs of entities named together: counted per sentence and per article. -#}
with

mentions as (

    select * from {{ ref('mentions') }}

),

entities as (

    select * from {{ ref('entities') }}

),

sentence_entities as (

    select distinct
        article_id,
        sentence_index,
        entity_id
    from mentions

),

article_entities as (

    select distinct
        article_id,
        entity_id
    from mentions

),

sentence_pairs as (

    select
        left_side.entity_id as entity_id_a,
        right_side.entity_id as entity_id_b,
        count(*) as sentence_count
    from sentence_entities as left_side
    inner join sentence_entities as right_side
        on left_side.article_id = right_side.article_id
        and left_side.sentence_index = right_side.sentence_index
        and left_side.entity_id < right_side.entity_id
    group by left_side.entity_id, right_side.entity_id

),

article_pairs as (

    select
        left_side.entity_id as entity_id_a,
        right_side.entity_id as entity_id_b,
        count(*) as article_count
    from article_entities as left_side
    inner join article_entities as right_side
        on left_side.article_id = right_side.article_id
        and left_side.entity_id < right_side.entity_id
    group by left_side.entity_id, right_side.entity_id

),

final as (

    select
        article_pairs.entity_id_a,
        entity_a.canonical_name as entity_name_a,
        entity_a.entity_type as entity_type_a,
        article_pairs.entity_id_b,
        entity_b.canonical_name as entity_name_b,
        entity_b.entity_type as entity_type_b,
        coalesce(sentence_pairs.sentence_count, 0) as sentence_count,
        article_pairs.article_count
    from article_pairs
    inner join entities as entity_a on article_pairs.entity_id_a = entity_a.entity_id
    inner join entities as entity_b on article_pairs.entity_id_b = entity_b.entity_id
    left join sentence_pairs
        on article_pairs.entity_id_a = sentence_pairs.entity_id_a
        and article_pairs.entity_id_b = sentence_pairs.entity_id_b

)

select * from final
