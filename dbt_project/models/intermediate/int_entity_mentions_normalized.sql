{#- Step 1 of entity resolution (normalize): one row per named span, with the NLP step's evidence
    (known_entity_key from the reference ruler, alias_of for acronyms defined in parentheses,
    is_nested for names inside longer names) and the folded forms and context used for matching.
    is_place_use / is_government_use tell a capital used as a place ("in Ankara") from a capital
    used for its government ("Ankara said"). -#}
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
        nullif(spans.known_entity_key, '') as known_entity_key,
        nullif(spans.alias_of, '') as alias_of,
        coalesce(spans.is_nested, false) as is_nested,
        coalesce(nullif(spans.norm_key, ''), lower(strip_accents(spans.span_text))) as norm_key,
        lower(strip_accents(spans.span_text)) as text_folded,
        lower(
            substr(
                documents.body_text,
                greatest(1, spans.start_char - 15),
                least(spans.start_char, 16)
            )
        ) as preceding_text,
        lower(substr(documents.body_text, spans.end_char + 1, 24)) as following_text
    from spans
    inner join documents on spans.article_id = documents.article_id
    where spans.label in (
        'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'LAW', 'PRODUCT', 'WORK_OF_ART'
    )

),

final as (

    select
        article_id,
        span_index,
        sentence_index,
        start_char,
        end_char,
        mention_text,
        entity_type,
        title,
        span_source,
        known_entity_key,
        alias_of,
        is_nested,
        norm_key,
        text_folded,
        preceding_text,
        following_text,
        case
            when entity_type = 'PERSON' then 'person'
            when entity_type in ('GPE', 'LOC', 'FAC') then 'place'
            when entity_type = 'ORG' then 'org'
            when entity_type = 'NORP' then 'norp'
            else lower(entity_type)
        end as type_group,
        len(string_split(norm_key, ' ')) as token_count,
        string_split(norm_key, ' ')[-1] as last_token,
        {#- letters, with inner digits ("M5S"); not codes ending in a number ("IE9") #}
        regexp_matches(mention_text, '^[A-Z][A-Z0-9.&-]{1,9}$')
        and not regexp_matches(mention_text, '[0-9]$') as is_acronym,
        {#- person names only: the second part of a surname written in two capitalized parts
            joined by a hyphen ("Amir-Abdollahian" → "abdollahian", the word its bare form may
            keep); the norm key has the parts joined, so the tail is the rest of its last token
            after the first part -#}
        case
            when entity_type = 'PERSON'
                and regexp_matches(mention_text, '\p{Lu}\p{L}+-\p{Lu}\p{L}+$')
                and starts_with(
                    string_split(norm_key, ' ')[-1],
                    regexp_extract(text_folded, '(\w+)-\w+$', 1)
                )
                and length(string_split(norm_key, ' ')[-1])
                > length(regexp_extract(text_folded, '(\w+)-\w+$', 1)) + 2
                then substr(
                    string_split(norm_key, ' ')[-1],
                    length(regexp_extract(text_folded, '(\w+)-\w+$', 1)) + 1
                )
        end as hyphen_tail,
        {#- a person name whose last word follows a family particle ("Nouri al-Maliki", "Mohammad
            Shia Al Sudani"): a bare "Al Maliki" / "Al Sudani" may stand for it -#}
        entity_type = 'PERSON'
        and regexp_matches(text_folded, '(^|\s)(al|el)[\s-]+\S+$') as ends_with_particle,
        {#- "Al Sudani" written with a capital particle: the norm key keeps "al" (it may be a given
            name, "Al Gore"); matching treats it as the surname after the particle only against a
            name that writes the particle before that surname -#}
        entity_type = 'PERSON'
        and regexp_matches(norm_key, '^(al|el) \S+$') as is_particle_surname,
        {#- an Arabic name that ends in its nasab ("Mohammed bin Salman", "Tamim bin Hamad"): its
            last word is the father's name, not a surname, so a bare "Salman" is not this person -#}
        entity_type = 'PERSON'
        and regexp_matches(norm_key, '(^|\s)(bin|ibn|bint) \S+$') as ends_with_nasab,
        regexp_matches(
            preceding_text,
            '\b(in|to|from|at|into|near|outside|inside|around|across|via|visited|visit|'
            || 'visiting|arrived in|based in|held in|capital|city of)\s+$'
        ) as is_place_use,
        regexp_matches(
            following_text,
            '^(''s)?\s+(has|have|had|will|would|wants|want|warned|warns|accused|accuses|denied|'
            || 'denies|rejected|rejects|insisted|insists|announced|announces|claimed|claims|'
            || 'demanded|demands|agreed|agrees|refused|refuses|responded|condemned|condemns|'
            || 'urged|urges|threatened|threatens|stated|said|says|believes|hopes|plans|decided|'
            || 'imposed|imposes|supports|supported|backed|backs|called|calls|asked|asks|'
            || 'expects|sees|considers|opposes|opposed|government|administration|officials)\b'
        )
        or regexp_matches(
            following_text,
            '^''s\s+(support|policy|policies|position|decision|stance|relations|ties|foreign|'
            || 'role|demands?|requests?|offer|plans?|move|efforts|concerns|objections|response)\b'
        )
        or regexp_matches(
            preceding_text,
            '\b(supported by|backed by|ties with|relations with|talks with|pressure on|'
            || 'between|against)\s+$'
        ) as is_government_use
    from named

)

select * from final
