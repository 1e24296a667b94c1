{#- Every analyst correction of entity_corrections.csv (identical lines once), checked against
    the entities the resolution steps found (int_entity_clusters): problem is NULL when the
    correction applies, else why it does not. A line that does not apply is reported, never fatal.
    value: merge_into takes the id of the entity that stays, split_alias a spelling of the entity
    (case and accents ignored) whose mentions become an entity of their own, rename the canonical
    name, set_type an entity type. -#}
with

corrections as (

    select
        entity_id,
        action,
        value,
        min(note) as note,
        min(line_number) as line_number,
        count(*) as line_count
    from {{ ref('stg_corrections__entity_corrections') }}
    group by entity_id, action, value

),

entities as (

    select distinct entity_id from {{ ref('int_entity_clusters') }}

),

{#- spellings of the entities a split_alias line names (only those: the table is large) -#}
spellings as (

    select distinct
        clusters.entity_id,
        lower(strip_accents(mentions.mention_text)) as alias_folded
    from {{ ref('int_entity_mentions_keyed') }} as mentions
    inner join {{ ref('int_entity_clusters') }} as clusters
        on mentions.mention_key = clusters.mention_key
    where clusters.entity_id in (
        select entity_id from corrections where action = 'split_alias'
    )

),

checked as (

    select
        corrections.*,
        case
            when corrections.action not in (
                'reject', 'merge_into', 'split_alias', 'rename', 'set_type'
            )
                then 'unknown action: use reject, merge_into, split_alias, rename or set_type'
            when corrections.entity_id is null
                then 'entity_id is empty'
            when entities.entity_id is null
                then 'no entity has this id (the pipeline may have changed the entity: look its id up again)'
            when corrections.action = 'merge_into' and corrections.value = corrections.entity_id
                then 'an entity cannot be merged into itself'
            when corrections.action = 'merge_into' and targets.entity_id is null
                then 'value must be the id of the entity to merge into, and no entity has that id'
            when corrections.action = 'split_alias' and spellings.entity_id is null
                then 'the entity has no mention written like the value'
            when corrections.action = 'rename' and corrections.value is null
                then 'value must be the new canonical name'
            when corrections.action = 'set_type'
                and coalesce(corrections.value, '') not in ('PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP')
                then 'value must be PERSON, ORG, GPE, LOC, FAC or NORP'
        end as basic_problem
    from corrections
    left join entities on corrections.entity_id = entities.entity_id
    left join entities as targets
        on corrections.action = 'merge_into' and corrections.value = targets.entity_id
    left join spellings
        on corrections.action = 'split_alias'
        and corrections.entity_id = spellings.entity_id
        and lower(strip_accents(corrections.value)) = spellings.alias_folded

),

final as (

    {{ correction_problems(
        'entity_id', 'entity', multi_valued=['split_alias'], kept_when_merged=['split_alias']
    ) }}

)

select * from final
