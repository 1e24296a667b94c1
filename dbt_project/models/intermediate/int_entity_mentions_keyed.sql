{#- Step 2 (match within the article and against the reference seed): give each mention a key.
    Order of evidence: a reference alias (known_entities seed; government metonyms such as
    Washington for the US government only when the mention is not used as a place), an acronym
    defined in parentheses in the same article ("Kurdistan Regional Government (KRG)"), a surname
    after a full name in the same article ("Qassemi" after "Bahram Qassemi"), else its own norm_key. -#}
with

mentions as (

    select * from {{ ref('int_entity_mentions_normalized') }}

),

documents as (

    select article_id, body_text from {{ ref('stg_nlp__documents') }}

),

known as (

    select * from {{ ref('stg_reference__known_entities') }}

),

reference_matches as (

    select
        mentions.article_id,
        mentions.span_index,
        min(known.entity_key) as entity_key
    from mentions
    inner join known
        on mentions.text_folded = known.alias_folded
        and (known.alias_kind <> 'government_metonym' or not mentions.is_locative)
    group by all

),

acronym_definitions as (

    select
        short.article_id,
        short.span_index,
        long.norm_key as defined_key,
        long.type_group as defined_type_group
    from mentions as short
    inner join mentions as long
        on short.article_id = long.article_id
        and short.is_acronym
        and long.token_count >= 2
        and short.start_char between long.end_char + 1 and long.end_char + 3
    inner join documents on short.article_id = documents.article_id
    where substr(documents.body_text, long.end_char + 1, short.start_char - long.end_char)
        in ('(', ' (')

),

corpus_acronyms as (

    select
        mentions.text_folded,
        min(acronym_definitions.defined_key) as defined_key,
        count(distinct acronym_definitions.defined_key) as definition_count
    from acronym_definitions
    inner join mentions
        on acronym_definitions.article_id = mentions.article_id
        and acronym_definitions.span_index = mentions.span_index
    group by all

),

surname_candidates as (

    select
        short.article_id,
        short.span_index,
        min(long.norm_key) as full_key,
        count(distinct long.norm_key) as candidate_count
    from mentions as short
    inner join mentions as long
        on short.article_id = long.article_id
        and short.type_group = 'person'
        and long.type_group = 'person'
        and short.token_count = 1
        and long.token_count >= 2
        and short.last_token = long.last_token
    group by all

),

final as (

    select
        mentions.*,
        coalesce(
            'ref:' || reference_matches.entity_key,
            'key:' || mentions.type_group || ':' || corpus_acronyms.defined_key,
            case when surname_candidates.candidate_count = 1
                then 'key:person:' || surname_candidates.full_key end,
            'key:' || mentions.type_group || ':' || mentions.norm_key
        ) as mention_key,
        case
            when reference_matches.entity_key is not null then 'reference_alias'
            when corpus_acronyms.defined_key is not null then 'acronym_definition'
            when surname_candidates.candidate_count = 1 then 'surname_in_article'
            else 'own_name'
        end as key_rule
    from mentions
    left join reference_matches
        on mentions.article_id = reference_matches.article_id
        and mentions.span_index = reference_matches.span_index
    left join corpus_acronyms
        on mentions.is_acronym
        and mentions.text_folded = corpus_acronyms.text_folded
        and corpus_acronyms.definition_count = 1
    left join surname_candidates
        on mentions.article_id = surname_candidates.article_id
        and mentions.span_index = surname_candidates.span_index

)

select * from final
