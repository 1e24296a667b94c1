{#- Step 1 of entity resolution (normalize): one row per named span, with the NLP step's evidence
    (known_entity_key from the reference ruler, alias_of for acronyms defined in parentheses,
    is_nested for names inside longer names) and the folded forms and context used for matching.
    is_place_use / is_government_use tell a capital used as a place ("in Ankara") from a capital
    used for its government ("Ankara said"). A name of two or more words that the model labels
    ORG in one article and PERSON in others ("Kassym-Jomart Tokayev" without a title) is a person
    wherever the corpus labels it PERSON at least as often as ORG (spelling compared without
    spaces, as person and organisation names are normalized differently), with the person norm
    key. -#}
{#- The gender lexicon (seeds/reference/gendered_words.csv, which the NLP step's quote rules read
    too) is read when the model is compiled, so the cues below compare with literal lists, as
    cheap as before: gendered titles, kinship nouns, royal nouns in apposition. -#}
{%- set lexicon_relation = ref('stg_reference__gendered_words') -%}
{%- set lexicon = {
    'title': {'m': [], 'f': [], 'n': []},
    'kinship': {'m': [], 'f': [], 'n': []},
    'royal': {'m': [], 'f': [], 'n': []},
} -%}
{%- if execute -%}
    {%- set lexicon_rows = run_query(
        "select word, coalesce(gender, 'n') as gender, kind from " ~ lexicon_relation
        ~ " where kind in ('title', 'kinship', 'royal') order by length(word) desc, word"
    ) -%}
    {%- for row in lexicon_rows.rows -%}
        {%- do lexicon[row[2]][row[1]].append(row[0] | replace("'", "''")) -%}
    {%- endfor -%}
{%- endif -%}
{%- set kin_and_royal = lexicon.kinship.m + lexicon.kinship.f + lexicon.kinship.n
    + lexicon.royal.m + lexicon.royal.f + lexicon.royal.n -%}
{#- quoted SQL lists of the words -#}
{%- set titles_m = "'" ~ lexicon.title.m | join("', '") ~ "'" -%}
{%- set titles_f = "'" ~ lexicon.title.f | join("', '") ~ "'" -%}
{%- set nouns_m = "'" ~ (lexicon.kinship.m + lexicon.royal.m) | join("', '") ~ "'" -%}
{%- set nouns_f = "'" ~ (lexicon.kinship.f + lexicon.royal.f) | join("', '") ~ "'" -%}
{%- set kin_nouns = "'" ~ (lexicon.kinship.m + lexicon.kinship.f + lexicon.kinship.n)
    | join("', '") ~ "'" -%}
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
        lower(substr(documents.body_text, spans.end_char + 1, 24)) as following_text,
        {#- persons only: the wider context the gender cues read (below); the words before the
            name without its title -#}
        case when spans.label = 'PERSON' then regexp_replace(
            rtrim(lower(
                substr(
                    documents.body_text,
                    greatest(1, spans.start_char - 39),
                    least(spans.start_char, 40)
                )
            )),
            '\s*' || regexp_escape(coalesce(lower(spans.title), '')) || '$',
            ''
        ) end as untitled_window,
        case when spans.label = 'PERSON'
            then substr(documents.body_text, spans.end_char + 1, 100) end as pronoun_window
    from spans
    inner join documents on spans.article_id = documents.article_id
    where spans.label in (
        'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'LAW', 'PRODUCT', 'WORK_OF_ART'
    )

),

person_votes as (

    select
        replace(norm_key, ' ', '') as squashed_key,
        arg_max(norm_key, mention_count) as person_norm_key,
        sum(mention_count) as person_mentions
    from (
        select norm_key, count(*) as mention_count
        from named
        where entity_type = 'PERSON' and contains(norm_key, ' ')
        group by norm_key
    )
    group by all

),

org_votes as (

    select replace(norm_key, ' ', '') as squashed_key, count(*) as org_mentions
    from named
    where entity_type = 'ORG' and known_entity_key is null
    group by all

),

person_named_orgs as (

    select person_votes.squashed_key, person_votes.person_norm_key
    from person_votes
    inner join org_votes on person_votes.squashed_key = org_votes.squashed_key
    where person_votes.person_mentions >= org_votes.org_mentions

),

relabelled as (

    select
        named.* replace (
            case
                when named.entity_type = 'ORG' and named.known_entity_key is null
                    and person_named_orgs.person_norm_key is not null then 'PERSON'
                else named.entity_type
            end as entity_type,
            case
                when named.entity_type = 'ORG' and named.known_entity_key is null
                    and person_named_orgs.person_norm_key is not null
                    then person_named_orgs.person_norm_key
                else named.norm_key
            end as norm_key
        )
    from named
    left join person_named_orgs
        on replace(named.norm_key, ' ', '') = person_named_orgs.squashed_key

),

company_names as (

    {#- a company name's legal form is not part of its identity: "AVX Corp" = "AVX", "Reuters
        Holdings Plc" = "Reuters", "Merck and Co Inc" = "Merck" (trailing Corp, Corporation, Inc,
        Incorporated, Co, Cos, Company, Ltd, Limited, Plc, LLC, LP, LLP, AG, SA, NV, BV, GmbH,
        SpA, AB, ASA, Group, Holding(s), after an optional "and" / "&"; a leading Dutch "NV"/"BV"),
        nor a stock ticker glued after it ("NV Philips Gloeilampenfabrieken PGLO.AS", "Alex. Brown
        Inc ABSB"). Model ORG names only (a seed alias keeps its own key); the norm key becomes the
        company's core name, and a name that is nothing but a legal form ("Co Inc" cut from "Merck
        and Co Inc") is flagged is_legal_form_only (it never links across articles) -#}
    select
        *,
        regexp_replace(
            regexp_replace(
                case
                    when entity_type = 'ORG' and known_entity_key is null
                        and (
                            regexp_matches(mention_text, '\s[A-Z0-9]{1,6}\.[A-Z]{1,2}$')
                            or regexp_matches(
                                mention_text,
                                '(?i:\s(corp|corporation|inc|co|ltd|plc|llc|ag|sa|nv)\.?)'
                                || '\s[A-Z]{2,6}$'
                            )
                        )
                        then regexp_replace(norm_key, '\s*\S+$', '')
                    else norm_key
                end,
                '^(nv|bv) (\S)', '\2'
            ),
            '((^| )(and))?(( |^)(corp|corporation|inc|incorporated|co|cos|company|ltd|limited|'
            || 'plc|llc|lp|llp|ag|sa|nv|bv|gmbh|spa|ab|asa|group|holding|holdings))+$',
            ''
        ) as company_core
    from relabelled

),

cored as (

    select
        company_names.* exclude (company_core) replace (
            case
                when entity_type = 'ORG' and known_entity_key is null and company_core <> ''
                    then company_core
                else norm_key
            end as norm_key
        ),
        entity_type = 'ORG' and known_entity_key is null and company_core <> norm_key
            and company_core <> '' as has_legal_form,
        entity_type = 'ORG' and known_entity_key is null and company_core = ''
            as is_legal_form_only,
        {#- a kinship or royal noun right before a person's name and its title, with the comma
            of an apposition ("his father, Robert F. Kennedy, and"; not the end of a clause:
            "to speak with his mother, Montalvo was put through") -#}
        case when entity_type = 'PERSON' then nullif(regexp_extract(
            untitled_window,
            '\b({{ kin_and_royal | unique | join('|') }})(,?)(\s+(former|late|then|the))*$',
            ['noun', 'comma']
        ), {'noun': '', 'comma': ''}) end as noun_before
    from company_names

),

{#- the noun before the name is an apposition: written without a comma ("his wife Asma"), or the
    name ends at a comma or the sentence ("her husband, former President Obama, now cooks") -#}
{%- set is_apposition -%}
    (noun_before.comma = '' or regexp_matches(following_text, '^[,.;:)]'))
{%- endset %}

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
        has_legal_form,
        is_legal_form_only,
        {#- which of two relatives sharing a surname a person mention is ("Mr. Obama" / "Mrs.
            Obama"): 'm' or 'f' from a gendered title ("Mr.", "Mrs.", "King", "Queen", "first
            lady") or a kinship or royal noun right before the name and its title ("her husband,
            former President Obama", "his father, Robert F. Kennedy"; not "the wife of X") -#}
        case
            when entity_type <> 'PERSON' then null
            when rtrim(lower(title), '.') in ({{ titles_m }}) then 'm'
            when rtrim(lower(title), '.') in ({{ titles_f }}) then 'f'
            when noun_before.noun in ({{ nouns_m }})
                and {{ is_apposition }} then 'm'
            when noun_before.noun in ({{ nouns_f }})
                and {{ is_apposition }} then 'f'
        end as gender_cue,
        {#- a kinship noun right before the name ("her husband, former President Obama", "his
            father, Robert F. Kennedy"): the person is a relative of someone of the article -#}
        coalesce(
            noun_before.noun in ({{ kin_nouns }}) and {{ is_apposition }},
            false
        ) as is_after_kin_noun,
        {#- a weaker cue: the first he / his / himself or she / herself after the name in its
            clause, before any capitalized word or sentence mark ("Obama, who taught law in the
            city before he entered politics", "Obama said she"; not after a possessive: "Obama's
            sister said she") -#}
        case
            when entity_type <> 'PERSON' or regexp_matches(pronoun_window, '^[''’]s\b') then null
            else case regexp_extract(
                pronoun_window, '^[^.;:!?"“”\p{Lu}]*?\b(he|his|himself|she|herself)\b', 1
            )
                when 'he' then 'm' when 'his' then 'm' when 'himself' then 'm'
                when 'she' then 'f' when 'herself' then 'f'
            end
        end as pronoun_cue,
        {#- punctuation-folded form for seed matching: periods and apostrophes dropped, other
            marks a space ("U.S" before a sentence-ending period = "U.S.", "Prudential-Bache" =
            "Prudential Bache"); a company's core name ("General Motors Corp" = "General Motors");
            a place's norm key ("State of Texas" = "Texas") -#}
        case
            when entity_type in ('ORG', 'GPE', 'LOC') and known_entity_key is null then norm_key
            else trim(regexp_replace(regexp_replace(text_folded, '[.'']', '', 'g'), '[^a-z0-9]+', ' ', 'g'))
        end as match_form,
        case
            when entity_type = 'PERSON' then 'person'
            when entity_type in ('GPE', 'LOC', 'FAC') then 'place'
            when entity_type = 'ORG' then 'org'
            when entity_type = 'NORP' then 'norp'
            else lower(entity_type)
        end as type_group,
        len(string_split(norm_key, ' ')) as token_count,
        {#- the surname: the last word, or the word before a generational suffix ("kennedy" in
            "robert f kennedy jr") -#}
        regexp_extract(norm_key, '(\S+)(?: (?:jr|sr))?$', 1) as last_token,
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
        )
        {#- the seat's spokesman or aides speak for the government ("Kremlin spokesman Dmitry
            Peskov", "Kremlin Spokesman" in a TASS title) -#}
        or regexp_matches(
            following_text,
            '^(''s)?\s+(spokesman|spokeswoman|spokesperson|press secretary|aide|aides|official|'
            || 'source|sources)\b',
            'i'
        ) as is_government_use
    from cored

)

select * from final
