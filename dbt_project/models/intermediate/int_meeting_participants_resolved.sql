{#- Meeting-candidate participants resolved to entities.
    1. span: the participant's span overlaps a resolved mention (person first, then org, then
       places and groups);
    2. counterpart_cross_article: an unresolved "his Turkish counterpart" takes the person that
       another report names with the same phrase for the same partner ("Bagheri had met with his
       Turkish counterpart General Hulusi Akar");
    3. name_match_corpus: a name the extractor read from capitalised words but the NER missed in
       this article ("ROME - Mario Draghi met ...") takes the person or organisation that has
       exactly this name elsewhere in the corpus; a lone surname ("Erdogan met Sisi") takes the
       one person of the corpus whose name ends with it ("Abdel Fattah al-Sisi"), when only one
       does; and a person entity the corpus only names by one word besides royal titles and
       honorifics ("Sheikh Tamim" -> "Tamim", "His Majesty King Abdullah") takes the one person
       whose name opens with that word after its titles ("Tamim bin Hamad Al Thani");
    4. role_ref_corpus: "Iran's chief of staff" (the extractor keeps the country as a fallback)
       takes the person that the corpus introduces with that office and country as the title
       right before the name ("Iran's Chief of Staff Major General Mohammad Baqeri"; not the
       second name of "Turkish Foreign Minister A met Iranian Foreign Minister B"), in an
       article published at most 180 days from the report (an office changes hands).
    5. demonym_match: a demonym the entity layer keeps no mention for ("a Kurdish delegation",
       "Egyptian officials": a modifier, not a mention) takes the place or group whose mention
       opens with the same four letters ("Kurd" -> "Kurds" / "Kurdistan", "Egyp" -> "Egypt"), in
       the same article first, else the most mentioned in the corpus (a place before a group). A
       demonym listed in seeds/reference/demonyms.csv takes only the place it names ("Austrian" ->
       Austria, never Australia; "South Korean" -> South Korea, never South Africa), or nothing.
    actor_kind: named (person or organisation) or generic (a country, city or demonym standing for
    a government; a listed demonym is generic even when the entity layer typed it an
    organisation). -#}
with

participants as (

    select * from {{ ref('stg_nlp__meeting_candidate_participants') }}

),

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

demonyms as (

    select * from {{ ref('stg_reference__demonyms') }}

),

articles as (

    select article_id, body_text, published_date from {{ ref('int_articles_enriched') }}

),

span_matched as (

    select
        participants.article_id,
        participants.candidate_index,
        participants.participant_index,
        mentions.entity_id,
        mentions.type_group
    from participants
    inner join mentions
        on participants.article_id = mentions.article_id
        and mentions.start_char < participants.end_char
        and mentions.end_char > participants.start_char
    qualify row_number() over (
        partition by participants.article_id, participants.candidate_index,
            participants.participant_index
        order by
            -- a company the extractor read as one name ("<Ali and Fahd Shobokshi Group>") takes
            -- an organisation inside it before a person whose name is part of it
            case when participants.label = 'ORG' and mentions.type_group = 'org' then 0 else 1 end,
            case mentions.type_group when 'person' then 0 when 'org' then 1 else 2 end,
            (mentions.end_char - mentions.start_char) desc
    ) = 1

),

span_resolved as (

    select
        participants.*,
        span_matched.entity_id as span_entity_id,
        span_matched.type_group as span_type_group,
        lower(trim(regexp_replace(
            coalesce(participants.reference_text, ''), '^(his|her|their|its|the)\s+', '', 'i'
        ))) as reference_key
    from participants
    left join span_matched
        on participants.article_id = span_matched.article_id
        and participants.candidate_index = span_matched.candidate_index
        and participants.participant_index = span_matched.participant_index

),

named_partners as (

    select distinct article_id, candidate_index, participant_index, span_entity_id as entity_id
    from span_resolved
    where span_type_group in ('person', 'org')

),

counterpart_sources as (

    {#- Reports that name the counterpart: the phrase, the named person and their partner. -#}
    select
        named.reference_key,
        named.span_entity_id as counterpart_entity_id,
        partners.entity_id as partner_entity_id,
        named.article_id
    from span_resolved as named
    inner join named_partners as partners
        on named.article_id = partners.article_id
        and named.candidate_index = partners.candidate_index
        and named.participant_index != partners.participant_index
    where named.reference_key like '%counterpart%'
        and named.span_type_group = 'person'

),

counterpart_resolved as (

    select
        refs.article_id,
        refs.candidate_index,
        refs.participant_index,
        counterpart_sources.counterpart_entity_id as entity_id
    from span_resolved as refs
    inner join named_partners as partners
        on refs.article_id = partners.article_id
        and refs.candidate_index = partners.candidate_index
        and refs.participant_index != partners.participant_index
    inner join counterpart_sources
        on refs.reference_key = counterpart_sources.reference_key
        and partners.entity_id = counterpart_sources.partner_entity_id
        and counterpart_sources.counterpart_entity_id != partners.entity_id
    where refs.span_entity_id is null
        and refs.role = 'counterpart_ref'
    group by refs.article_id, refs.candidate_index, refs.participant_index,
        counterpart_sources.counterpart_entity_id
    qualify row_number() over (
        partition by refs.article_id, refs.candidate_index, refs.participant_index
        order by count(distinct counterpart_sources.article_id) desc,
            counterpart_sources.counterpart_entity_id
    ) = 1

),

exact_name_matched as (

    select
        span_resolved.article_id,
        span_resolved.candidate_index,
        span_resolved.participant_index,
        mentions.entity_id
    from span_resolved
    inner join mentions
        on lower(mentions.mention_text) = lower(span_resolved.participant_text)
        and mentions.type_group in ('person', 'org')
    where span_resolved.span_entity_id is null
        and span_resolved.label is null
        and span_resolved.role != 'counterpart_ref'
    group by span_resolved.article_id, span_resolved.candidate_index,
        span_resolved.participant_index, mentions.entity_id
    qualify row_number() over (
        partition by span_resolved.article_id, span_resolved.candidate_index,
            span_resolved.participant_index
        order by count(*) desc, mentions.entity_id
    ) = 1

),

person_surnames as (

    {#- The last word of each person mention, without an Arabic article ("Abdel Fattah
        al-Sisi" -> 'sisi'). -#}
    select distinct
        entity_id,
        regexp_replace(
            lower(regexp_extract(mention_text, '(\S+)$', 1)), '^(al|el|ad|ar|as|at|an)-', ''
        ) as surname
    from mentions
    where type_group = 'person'
        and contains(trim(mention_text), ' ')

),

surname_matched as (

    {#- A lone name the NER missed ("Erdogan met Sisi in Cairo") is the one person of the
        corpus with that surname; two or more candidates stay unresolved. -#}
    select
        span_resolved.article_id,
        span_resolved.candidate_index,
        span_resolved.participant_index,
        min(person_surnames.entity_id) as entity_id
    from span_resolved
    inner join person_surnames
        on person_surnames.surname = lower(span_resolved.participant_text)
    where span_resolved.span_entity_id is null
        and span_resolved.label is null
        and span_resolved.role != 'counterpart_ref'
        and not contains(trim(span_resolved.participant_text), ' ')
        and length(span_resolved.participant_text) >= 3
    group by span_resolved.article_id, span_resolved.candidate_index,
        span_resolved.participant_index
    having count(distinct person_surnames.entity_id) = 1

),

bare_person_mentions as (

    {#- Person mentions without the honorifics and royal titles before a name ("His Majesty King
        Abdullah" -> 'abdullah', "Sheikh Tamim" -> 'tamim'). -#}
    select
        entity_id,
        mention_text,
        lower(trim(regexp_replace(
            trim(mention_text),
            '^((his|her)\s+)?((majesty|highness|excellency|king|queen|emir|amir|sheikh|sheikha'
            || '|shaikh|prince|princess|sultan|sayyid|crown)\s+)+',
            '',
            'i'
        ))) as bare_name
    from mentions
    where type_group = 'person'

),

lone_person_entities as (

    {#- Person entities the corpus only ever names with one word besides their titles: "Sheikh
        Tamim" in a page that never gives the full name becomes an entity "Tamim" of its own,
        "His Majesty King Abdullah" one "Majesty King Abdullah". -#}
    select entity_id, any_value(bare_name) as bare_name
    from bare_person_mentions
    group by entity_id
    having not bool_or(contains(bare_name, ' ')) and count(distinct bare_name) = 1

),

person_given_names as (

    {#- The first word of each person name after its titles ("Sheikh Tamim bin Hamad Al Thani",
        "Tamim bin Hamad Al-Thani" -> 'tamim', "Abdullah II" -> 'abdullah'): Gulf and Jordanian
        rulers and princes go by it. -#}
    select distinct entity_id, regexp_extract(bare_name, '^(\S+)', 1) as given_name
    from bare_person_mentions
    where contains(bare_name, ' ')

),

lone_name_matched as (

    {#- A person entity named with one word besides its titles ("Tamim" of "Sheikh Tamim and
        Sisi met in the capital", "Majesty King Abdullah") is the one person of the corpus whose
        name opens with that word after its titles ("Tamim bin Hamad Al Thani", "Abdullah II");
        never by the last word ("King Salman" is not "Mohammed bin Salman"); two or more
        candidates leave it as it is (round 8). -#}
    select
        span_resolved.article_id,
        span_resolved.candidate_index,
        span_resolved.participant_index,
        min(names.entity_id) as entity_id
    from span_resolved
    inner join lone_person_entities
        on span_resolved.span_entity_id = lone_person_entities.entity_id
    -- the given name only: "King Salman" is not "Mohammed bin Salman"
    inner join person_given_names as names
        on names.given_name = lone_person_entities.bare_name
        and names.entity_id <> span_resolved.span_entity_id
    where length(lone_person_entities.bare_name) >= 3
        and span_resolved.role != 'counterpart_ref'
    group by span_resolved.article_id, span_resolved.candidate_index,
        span_resolved.participant_index
    having count(distinct names.entity_id) = 1

),

name_matched as (

    select * from exact_name_matched
    union all
    select surname_matched.*
    from surname_matched
    anti join exact_name_matched
        on surname_matched.article_id = exact_name_matched.article_id
        and surname_matched.candidate_index = exact_name_matched.candidate_index
        and surname_matched.participant_index = exact_name_matched.participant_index
    union all
    select * from lone_name_matched

),

role_refs as (

    {#- "Iran's chief of staff" -> country stem 'iran' and office 'chief of staff'. -#}
    select
        article_id,
        candidate_index,
        participant_index,
        left(lower(participant_text), 4) as country_stem,
        lower(trim(regexp_replace(
            substr(reference_key, strpos(reference_key, lower(participant_text))
                + length(participant_text)),
            '^(''s|’s|'')?\s*', ''
        ))) as office
    from span_resolved
    where resolved_by = 'role_ref'
        and strpos(reference_key, lower(participant_text)) > 0

),

person_contexts as (

    {#- The text on the same line before each person mention (at most 80 characters). -#}
    select
        mentions.article_id,
        mentions.entity_id,
        regexp_replace(
            lower(substr(
                articles.body_text,
                greatest(1, mentions.start_char - 79),
                mentions.start_char - greatest(0, mentions.start_char - 80)
            )),
            '^.*\n', ''
        ) as left_context,
        articles.published_date
    from mentions
    inner join articles on mentions.article_id = articles.article_id
    where mentions.type_group = 'person'

),

role_resolved as (

    select
        role_refs.article_id,
        role_refs.candidate_index,
        role_refs.participant_index,
        person_contexts.entity_id
    from role_refs
    inner join articles as ref_articles on role_refs.article_id = ref_articles.article_id
    inner join person_contexts
        on length(role_refs.office) >= 4
        {#- an office changes hands: the holder is introduced at most 180 days from the report
            ("the Iranian foreign minister" of September 2023 is not the acting minister of
            June 2024) -#}
        and coalesce(
            abs(date_diff('day', ref_articles.published_date, person_contexts.published_date))
            <= 180,
            true
        )
        and contains(person_contexts.left_context, role_refs.office)
        and contains(person_contexts.left_context, role_refs.country_stem)
        {#- the office and country are the person's own title, right before the name ("Turkish
            Foreign Minister Hakan Fidan met Iranian Foreign Minister X": X is not Turkish);
            the country before the office or after it ("Chief of Staff of the Iranian Armed
            Forces Major General X") -#}
        and (
            regexp_matches(
                person_contexts.left_context,
                role_refs.country_stem || '[a-z]*(''s|’s)?\s+(\S+\s+){0,2}?'
                    || regexp_escape(role_refs.office) || '\s+(\S+\s+){0,3}$'
            )
            or regexp_matches(
                person_contexts.left_context,
                regexp_escape(role_refs.office) || '\s+of\s+(\S+\s+){0,3}?'
                    || role_refs.country_stem || '[a-z]*\s+(\S+\s+){0,5}$'
            )
        )
    group by role_refs.article_id, role_refs.candidate_index, role_refs.participant_index,
        person_contexts.entity_id
    qualify row_number() over (
        partition by role_refs.article_id, role_refs.candidate_index, role_refs.participant_index
        order by count(distinct person_contexts.article_id) desc, person_contexts.entity_id
    ) = 1

),

demonym_participants as (

    select
        span_resolved.article_id,
        span_resolved.candidate_index,
        span_resolved.participant_index,
        left(lower(span_resolved.participant_text), 4) as stem,
        demonyms.place_folded
    from span_resolved
    left join demonyms
        on lower(strip_accents(span_resolved.participant_text)) = demonyms.demonym_folded
    where span_resolved.span_entity_id is null
        and span_resolved.label = 'NORP'
        and length(span_resolved.participant_text) >= 4

),

demonym_places as (

    {#- Mentions of the places that known demonyms name ("Austrian" -> "Austria"). -#}
    select
        mentions.article_id,
        demonym_names.place_folded,
        mentions.entity_id,
        count(*) as mention_count
    from mentions
    inner join (select distinct place_folded from demonym_participants) as demonym_names
        on regexp_replace(lower(strip_accents(mentions.mention_text)), '^the ', '')
        = demonym_names.place_folded
    where mentions.type_group in ('place', 'org')
    group by all

),

demonym_stems as (

    {#- Place and group mentions by the stem of an unresolved demonym the reference does not
        list (a few stems). -#}
    select
        mentions.article_id,
        left(lower(mentions.mention_text), 4) as stem,
        mentions.entity_id,
        case mentions.type_group when 'place' then 0 else 1 end as type_rank,
        count(*) as mention_count
    from mentions
    semi join (
        select distinct stem from demonym_participants where place_folded is null
    ) as stems
        on left(lower(mentions.mention_text), 4) = stems.stem
    where mentions.type_group in ('place', 'norp')
    group by all

),

local_place as (

    select article_id, place_folded, entity_id
    from demonym_places
    qualify row_number() over (
        partition by article_id, place_folded order by mention_count desc, entity_id
    ) = 1

),

corpus_place as (

    select place_folded, entity_id
    from demonym_places
    group by place_folded, entity_id
    qualify row_number() over (
        partition by place_folded order by sum(mention_count) desc, entity_id
    ) = 1

),

local_best as (

    select article_id, stem, entity_id
    from demonym_stems
    qualify row_number() over (
        partition by article_id, stem order by type_rank, mention_count desc, entity_id
    ) = 1

),

corpus_best as (

    select stem, entity_id
    from demonym_stems
    group by stem, entity_id, type_rank
    qualify row_number() over (
        partition by stem order by type_rank, sum(mention_count) desc, entity_id
    ) = 1

),

demonym_matched as (

    {#- A demonym the reference lists takes only its own place (never a look-alike stem:
        "Austrian" is not Australia); others fall back to the four-letter stem. -#}
    select
        demonym_participants.article_id,
        demonym_participants.candidate_index,
        demonym_participants.participant_index,
        case
            when demonym_participants.place_folded is not null
                then coalesce(local_place.entity_id, corpus_place.entity_id)
            else coalesce(local_best.entity_id, corpus_best.entity_id)
        end as entity_id
    from demonym_participants
    left join local_place
        on demonym_participants.article_id = local_place.article_id
        and demonym_participants.place_folded = local_place.place_folded
    left join corpus_place on demonym_participants.place_folded = corpus_place.place_folded
    left join local_best
        on demonym_participants.article_id = local_best.article_id
        and demonym_participants.stem = local_best.stem
        and demonym_participants.place_folded is null
    left join corpus_best
        on demonym_participants.stem = corpus_best.stem
        and demonym_participants.place_folded is null
    where coalesce(
        local_place.entity_id, corpus_place.entity_id, local_best.entity_id, corpus_best.entity_id
    ) is not null

),

final as (

    select
        span_resolved.article_id,
        span_resolved.candidate_index,
        span_resolved.participant_index,
        span_resolved.participant_text,
        span_resolved.start_char,
        span_resolved.end_char,
        span_resolved.label,
        span_resolved.role,
        span_resolved.reference_text,
        coalesce(
            counterpart_resolved.entity_id,
            role_resolved.entity_id,
            name_matched.entity_id,
            span_resolved.span_entity_id,
            demonym_matched.entity_id
        ) as entity_id,
        case
            when counterpart_resolved.entity_id is not null then 'counterpart_cross_article'
            when role_resolved.entity_id is not null then 'role_ref_corpus'
            when name_matched.entity_id is not null then 'name_match_corpus'
            when span_resolved.span_entity_id is null
                and demonym_matched.entity_id is not null then 'demonym_match'
            else span_resolved.resolved_by
        end as resolved_by,
        case
            when counterpart_resolved.entity_id is not null
                or role_resolved.entity_id is not null
                or name_matched.entity_id is not null
                then 'named'
            -- a listed demonym the entity layer typed as an organisation ("Dermer secretly met
            -- Emirati official", a headline) still stands for its country
            when span_resolved.span_type_group in ('person', 'org')
                and lower(strip_accents(span_resolved.participant_text)) not in (
                    select demonym_folded from demonyms
                )
                then 'named'
            when span_resolved.span_entity_id is not null then 'generic'
            when demonym_matched.entity_id is not null then 'generic'
        end as actor_kind,
        case
            when counterpart_resolved.entity_id is not null then 0.7
            when role_resolved.entity_id is not null then 0.65
            when name_matched.entity_id is not null then 0.7
            else span_resolved.confidence
        end as confidence
    from span_resolved
    left join counterpart_resolved
        on span_resolved.article_id = counterpart_resolved.article_id
        and span_resolved.candidate_index = counterpart_resolved.candidate_index
        and span_resolved.participant_index = counterpart_resolved.participant_index
    left join name_matched
        on span_resolved.article_id = name_matched.article_id
        and span_resolved.candidate_index = name_matched.candidate_index
        and span_resolved.participant_index = name_matched.participant_index
    left join role_resolved
        on span_resolved.article_id = role_resolved.article_id
        and span_resolved.candidate_index = role_resolved.candidate_index
        and span_resolved.participant_index = role_resolved.participant_index
    left join demonym_matched
        on span_resolved.article_id = demonym_matched.article_id
        and span_resolved.candidate_index = demonym_matched.candidate_index
        and span_resolved.participant_index = demonym_matched.participant_index

)

select * from final
