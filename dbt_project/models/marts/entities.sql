with

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

corrections as (

    select entity_id, action, value
    from {{ ref('int_entity_corrections') }}
    where problem is null and action in ('rename', 'set_type')

),

known as (

    select distinct entity_key, canonical_name, entity_type
    from {{ ref('stg_reference__known_entities') }}

),

type_votes as (

    select entity_id, entity_type
    from mentions
    group by entity_id, entity_type
    qualify row_number() over (
        partition by entity_id order by count(*) desc, entity_type
    ) = 1

),

entity_articles as (

    select entity_id, count(distinct article_id) as article_count
    from mentions
    group by entity_id

),

name_votes as (

    select mentions.entity_id, mentions.mention_text
    from mentions
    inner join entity_articles on mentions.entity_id = entity_articles.entity_id
    group by mentions.entity_id, mentions.mention_text, entity_articles.article_count
    qualify row_number() over (
        partition by mentions.entity_id
        -- a name that opens with punctuation ("-Donald Trump" after a list dash) loses to
        -- every name that opens with a letter or digit; in an entity of many articles, a form
        -- written in one article only, and in fewer than one in twenty of them (a one-off slip,
        -- "Minsiter Yasuhiro Nakasone" against "Yasuhiro Nakasone" in 91 articles), loses to
        -- the established ones; then the longest, and a shouted dateline ("ANKARA —") loses to
        -- the same name written normally
        order by
            regexp_matches(mentions.mention_text, '^[^[:alnum:]]'),
            count(distinct mentions.article_id) = 1
                and 20 < entity_articles.article_count,
            length(mentions.mention_text) desc,
            mentions.mention_text = upper(mentions.mention_text),
            count(*) desc,
            mentions.mention_text
    ) = 1

),

stats as (

    select
        entity_id,
        any_value(cluster_key) as cluster_key,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        count(distinct mention_text) as alias_count
    from mentions
    group by entity_id

),

final as (

    select
        stats.entity_id,
        coalesce(renames.value, known.canonical_name, name_votes.mention_text) as canonical_name,
        coalesce(
            types.value,
            known.entity_type,
            -- a company whose short form the model read as a person ("Fairchild" after
            -- "Fairchild Industries Inc") is still a company: its name ends with a legal form
            case
                when type_votes.entity_type = 'PERSON'
                    and regexp_matches(
                        name_votes.mention_text,
                        '(?i)\s(corp|corporation|inc|incorporated|co|company|ltd|limited|plc|llc'
                        || '|ag|sa|nv)\.?$'
                    )
                    then 'ORG'
            end,
            type_votes.entity_type
        ) as entity_type,
        stats.mention_count,
        stats.article_count,
        stats.alias_count,
        case when known.entity_key is not null then known.entity_key end as reference_key
    from stats
    inner join type_votes on stats.entity_id = type_votes.entity_id
    inner join name_votes on stats.entity_id = name_votes.entity_id
    left join known on stats.cluster_key = 'ref:' || known.entity_key
    left join corrections as renames
        on renames.action = 'rename' and stats.entity_id = renames.entity_id
    left join corrections as types
        on types.action = 'set_type' and stats.entity_id = types.entity_id

)

select * from final
