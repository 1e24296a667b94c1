{#- Step 1 of entity resolution (normalize): one row per named span, with folded forms for matching. -#}
with

spans as (

    select * from {{ ref('stg_nlp__entity_spans') }}

),

documents as (

    select article_id, body_text from {{ ref('stg_nlp__documents') }}

),

named as (

    select
        spans.article_id,
        spans.span_index,
        spans.sentence_index,
        spans.start_char,
        spans.end_char,
        spans.span_text as mention_text,
        spans.label as entity_type,
        spans.title,
        spans.source as span_source,
        coalesce(nullif(spans.norm_key, ''), lower(strip_accents(spans.span_text))) as norm_key,
        lower(strip_accents(spans.span_text)) as text_folded,
        lower(
            substr(
                documents.body_text,
                greatest(1, spans.start_char - 11),
                least(spans.start_char, 12)
            )
        ) as preceding_text,
        substr(documents.body_text, spans.end_char + 1, 2) as following_text
    from spans
    inner join documents on spans.article_id = documents.article_id
    where spans.label in (
        'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'LAW', 'PRODUCT', 'WORK_OF_ART'
    )

),

final as (

    select
        *,
        case
            when entity_type = 'PERSON' then 'person'
            when entity_type in ('GPE', 'LOC', 'FAC') then 'place'
            when entity_type = 'ORG' then 'org'
            when entity_type = 'NORP' then 'norp'
            else lower(entity_type)
        end as type_group,
        len(string_split(norm_key, ' ')) as token_count,
        string_split(norm_key, ' ')[-1] as last_token,
        regexp_matches(mention_text, '^[A-Z][A-Z.&-]{1,9}$') as is_acronym,
        regexp_matches(preceding_text, '\b(in|to|from|at|into|near|visited|visit|across)\s+$')
            as is_locative
    from named

)

select * from final
