{#- Step 2 (match within the article and against the reference seed): give each mention a key.
    Order of evidence:
    1. reference alias: the NLP ruler's known_entity_key, else an exact alias of the reference seed
       (known_entities); government metonyms (Washington for the US government) only when the
       mention is used for its government ("Ankara said") and not as a place ("in Ankara");
    2. acronym defined in parentheses in the same article (alias_of, "Kurdistan Regional Government
       (KRG)"): the key of the long form; later uses of the acronym in that article follow it, and
       an acronym defined one way only in the whole corpus takes that definition everywhere;
    3. short form of one longer PERSON name in the same article ("Qassemi" after "Bahram Qassemi",
       "Tayyip Erdogan" near "Recep Tayyip Erdogan", "Abdollahian" after "Hossein
       Amir-Abdollahian", "Al Sudani" after "Mohammed Shia al-Sudani"; never the father's name that
       ends a nasab, "Salman" is not "Mohammed bin Salman"): the key of that name when exactly one
       name in the article fits, or exactly one written before it; when several people fit, the
       one its paragraph names before it, else the mention stays unresolved with a key of its
       article (three Barzanis: "Barzani said" in a paragraph naming none is none of them, and it
       is never linked across articles); likewise a lone given name that starts exactly one name
       of the article and ends none ("Ahmed");
    4. short form of one longer ORG name in the same article: the short name is the end of the
       long name's head (the words before its first of/for/at/in/on), "the Home Office" after
       "the United Kingdom Home Office", "the Court" or "the Supreme Court" after "the Italian
       Supreme Court of Cassation", "the Church" after "the Church of Scientology"; only when one
       longest name of the article fits (names that are themselves short forms of another
       candidate do not count), so "the Party" next to two parties keeps its own key; a short form
       never takes a name that starts with it ("Google" stays apart from "Google Science Fair"),
       except an outlet named without its medium word ("the CBC" next to "CBC News");
    4b. company short form in the article: the first word(s) of the one company name of the
       article written with its legal form ("Dominion" after "Dominion Textile Inc"); a name that
       is nothing but a legal form ("Co Inc") keeps a key of its article;
    5. spelling slip of one name of the article (macro is_spelling_slip): a lone surname one slip
       from the last name of a longer PERSON name ("Hollingworth" after "Margaret Hollingsworth"),
       or a name with one slipped word next to the name the article uses more ("the Untied
       Nations" next to "the United Nations");
    6. place short form in the article: a GPE / LOC without its trailing code ("Washington" next to
       "Washington D.C.") or a lone compass word for the one two-word place it starts ("the South"
       next to "South Sudan");
    7. else its own key: type group + norm key; but a lone given name left over (a word that only
       ever opens person names of the corpus, "James" when the article has two Jameses or none)
       keeps a key of its article, so bare first names never link across articles. -#}
with

mentions as (

    select * from {{ ref('int_entity_mentions_normalized') }}

),

known as (

    select * from {{ ref('stg_reference__known_entities') }}

),

given_name_genders as (

    select * from {{ ref('stg_reference__given_names') }}

),

known_forms as (

    {#- the seed's aliases in the punctuation-folded form of int_entity_mentions_normalized
        (match_form): "U.S" at a sentence end finds "U.S.", "General Motors Corp" (core name
        "general motors") finds "General Motors" -#}
    select
        *,
        trim(regexp_replace(regexp_replace(alias_folded, '[.'']', '', 'g'), '[^a-z0-9]+', ' ', 'g'))
            as alias_form
    from known

),

alias_hits as (

    select mentions.article_id, mentions.span_index, known_forms.*
    from mentions
    inner join known_forms on mentions.text_folded = known_forms.alias_folded
    where mentions.known_entity_key is null
    union
    select mentions.article_id, mentions.span_index, known_forms.*
    from mentions
    inner join known_forms on mentions.match_form = known_forms.alias_form
    where mentions.known_entity_key is null and mentions.match_form <> ''
        {# an abbreviation ending in a period keeps it unless the mention has an inner one
            ("U.S" is "U.S.", but "La" is not "La." for Louisiana) #}
        and (
            not ends_with(known_forms.alias_folded, '.')
            or contains(rtrim(mentions.text_folded, '.'), '.')
        )

),

reference_matches as (

    select
        mentions.article_id,
        mentions.span_index,
        min(known.entity_key) as entity_key
    from mentions
    inner join alias_hits as known
        on mentions.article_id = known.article_id
        and mentions.span_index = known.span_index
        and mentions.type_group in ('person', 'org', 'place', 'norp')
        and known.alias_kind <> 'region_name'
        and (
            known.alias_kind <> 'government_metonym'
            or (mentions.is_government_use and not mentions.is_place_use)
        )
        {# a nickname-like alias the ruler never writes ("Holland" for the Netherlands) is not
            given to a span the model reads as a person ("Jools Holland") #}
        and not (
            known.alias_kind = 'tagged_only'
            and mentions.type_group = 'person'
            and known.entity_type not in ('PERSON')
        )
    where mentions.known_entity_key is null
    group by all

),

region_matches as (

    {#- a name shared by a city and its state or region ("New York"): the seed's region_name alias
        wins over the city only in a region context: after "<place>, " ("Saratoga Springs, New
        York", the US "city, state" convention), after "upstate / state of / governor of", or
        before "state" ("New York state"); and where news means the state's voters, offices or
        party: before "primary / caucus" (within two words: "New York's delegate-rich primary")
        or "delegation / legislature / attorney general / GOP / Gov. / Sen." ("Washington GOP
        leaders", "New York Gov. ..."), after "primary in / caucuses in" (entities round 10);
        elsewhere news means the city -#}
    select
        mentions.article_id,
        mentions.span_index,
        min(known.entity_key) as entity_key
    from mentions
    inner join known
        on mentions.text_folded = known.alias_folded
        and known.alias_kind = 'region_name'
        and mentions.type_group = 'place'
    where regexp_matches(
            mentions.following_text,
            '^(''s)?\s+([a-z-]+\s+){0,2}(primary|primaries|caucus|caucuses)\b'
            || '|^\s+(state|delegation|legislature|attorney general|gop|governor|senator)\b'
            || '|^\s+(gov|sen)\.'
        )
        or regexp_matches(
            mentions.preceding_text,
            '\b(upstate|downstate|state of|governor of|governor'
            || '|(primary|primaries|caucus|caucuses) in)\s+$'
        )
        or exists (
            select 1
            from mentions as place
            where place.article_id = mentions.article_id
                and place.type_group = 'place'
                and place.end_char = mentions.start_char - 2
                and regexp_matches(mentions.preceding_text, '\w, $')
        )
    group by all

),

key_groups as (

    {#- one name, one type group: the model labels "Scientology" ORG here and LOC there, and a
        country ORG (its government) or GPE; names of the org / place / norp groups that are
        spelled the same (norm key) take the group most of their mentions carry (ties: org,
        place, norp). Person names never move: a person is never a place, and a company
        written with its legal form ("Chicago Corp", "Japan Inc.") is never the place its
        other words name. -#}
    select
        norm_key,
        arg_max(type_group, mention_count * 10 + group_rank) as key_group
    from (
        select
            norm_key,
            type_group,
            count(*) as mention_count,
            case type_group when 'org' then 3 when 'place' then 2 else 1 end as group_rank
        from mentions
        where type_group in ('org', 'place', 'norp')
            and not (type_group = 'org' and has_legal_form)
        group by all
    )
    group by all

),

seeded_keys as (

    select
        mentions.*,
        coalesce(
            region_matches.entity_key, mentions.known_entity_key, reference_matches.entity_key
        ) as seed_key,
        'key:' || coalesce(
            case
                when mentions.type_group = 'org' and mentions.has_legal_form then 'org'
                when mentions.type_group in ('org', 'place', 'norp')
                    then key_groups.key_group
            end,
            mentions.type_group
        ) || ':' || mentions.norm_key as own_key
    from mentions
    left join reference_matches
        on mentions.article_id = reference_matches.article_id
        and mentions.span_index = reference_matches.span_index
    left join region_matches
        on mentions.article_id = region_matches.article_id
        and mentions.span_index = region_matches.span_index
    {# an equi-join only: a type condition in this ON clause made DuckDB fall back to a
        nested-loop join (5 s instead of 0.1 s at 160k mentions) #}
    left join key_groups
        on mentions.norm_key = key_groups.norm_key

),

contested_surnames as (

    {#- a bare surname the seed gives to one person ("Assad" = Bashar al-Assad) in an article that
        names another person with that surname ("Hafez al-Assad"): the seed does not decide, the
        in-article rules below do (one full name of the article: that one; two: its own key) -#}
    select distinct
        short.article_id,
        short.span_index
    from seeded_keys as short
    inner join seeded_keys as other
        on short.article_id = other.article_id
        and short.type_group = 'person'
        and other.type_group = 'person'
        and (
            (
                short.token_count = 1
                and other.token_count >= 2
                and other.last_token = short.norm_key
            )
            {#- a seeded nasab ("Bin Salman" = Mohammed bin Salman) next to another son of that
                father ("Khalid bin Salman") -#}
            or (
                short.token_count = 2
                and regexp_matches(short.norm_key, '^(bin|ibn|bint) ')
                and other.token_count >= 3
                and contains(' ' || other.norm_key || ' ', ' ' || short.norm_key || ' ')
            )
        )
    where short.seed_key is not null
        and coalesce(other.seed_key, '') <> short.seed_key

),

base_keys as (

    select
        seeded_keys.* exclude (seed_key, own_key),
        case when contested_surnames.span_index is null then seeded_keys.seed_key end
            as reference_key,
        case
            when contested_surnames.span_index is null
                then coalesce('ref:' || seeded_keys.seed_key, seeded_keys.own_key)
            else seeded_keys.own_key
        end as base_key
    from seeded_keys
    left join contested_surnames
        on seeded_keys.article_id = contested_surnames.article_id
        and seeded_keys.span_index = contested_surnames.span_index

),

acronym_definitions as (

    select
        short.article_id,
        short.text_folded,
        min(coalesce(long.base_key, 'key:' || short.type_group || ':' || short.alias_of))
            as defined_key,
        bool_or(short.type_group = 'person') as is_person
    from base_keys as short
    left join base_keys as long
        on short.article_id = long.article_id
        and long.norm_key = short.alias_of
        and not long.is_acronym
    where short.alias_of is not null
    group by all

),

corpus_acronyms as (

    select
        text_folded,
        min(defined_key) as defined_key,
        count(distinct defined_key) as definition_count
    from acronym_definitions
    {# a person's initials ("MBS") name that person only in the article that defines them #}
    where not is_person
    group by all

),

short_form_matches as (

    {#- the longer person names of the article a person mention may be a short form of: its tokens
        are all in the longer name with the same last name ("Qassemi", "Tayyip Erdogan"); "Al
        Sudani" after a name that writes the particle before that surname ("Mohammed Shia
        al-Sudani"); a bare word that is the second part of a hyphenated surname ("Abdollahian"
        after "Hossein Amir-Abdollahian"). Never the father's name that ends an Arabic nasab: a
        bare "Salman" is not "Mohammed bin Salman". Equi-joins on the article and a name word
        only, so the cost stays with the namesakes of an article -#}
    select
        short.article_id,
        short.span_index,
        short.start_char,
        long.base_key as full_key,
        long.end_char as full_end_char,
        long.norm_key as full_norm_key
    from base_keys as short
    inner join base_keys as long
        on short.article_id = long.article_id
        and short.last_token = long.last_token
        and short.type_group = 'person'
        and long.type_group = 'person'
        and short.norm_key <> long.norm_key
        and (
            (
                short.token_count < long.token_count
                and not (short.token_count = 1 and long.ends_with_nasab)
                {#- nor the name of a father or grandfather written after bin / ibn / bint in the
                    longer name: "Mohammed bin Rashid Al Maktoum" is the father of "Hamdan bin
                    Mohammed bin Rashid Al Maktoum" -#}
                and not (
                    short.token_count >= 2
                    and list_bool_or(list_transform(
                        ['bin', 'ibn', 'bint'],
                        link -> contains(
                            ' ' || long.norm_key || ' ', ' ' || link || ' ' || short.norm_key || ' '
                        )
                    ))
                )
                {#- a full name is not a short form of that name with a generational suffix:
                    "Robert F. Kennedy" is the father of "Robert F. Kennedy Jr." -#}
                and not (
                    short.token_count >= 2
                    and long.norm_key in (short.norm_key || ' jr', short.norm_key || ' sr')
                )
                and list_has_all(
                    string_split(long.norm_key, ' '), string_split(short.norm_key, ' ')
                )
                {#- a short form that writes an initial keeps all of them: "George W. Bush" is
                    not "George H. W. Bush" -#}
                and (
                    not list_bool_or(
                        list_transform(string_split(short.norm_key, ' '), t -> length(t) = 1)
                    )
                    or list_filter(string_split(short.norm_key, ' '), t -> length(t) = 1)
                    = list_filter(string_split(long.norm_key, ' '), t -> length(t) = 1)
                )
            )
            or (short.is_particle_surname and long.ends_with_particle and long.token_count >= 2)
        )
    where short.reference_key is null
    union all
    select
        short.article_id,
        short.span_index,
        short.start_char,
        long.base_key as full_key,
        long.end_char as full_end_char,
        long.norm_key as full_norm_key
    from base_keys as short
    inner join base_keys as long
        on short.article_id = long.article_id
        and short.norm_key = long.hyphen_tail
        and short.type_group = 'person'
        and long.type_group = 'person'
        and short.token_count = 1
    where short.reference_key is null
    union all
    {# a nasab alone ("Bin Zayed"): any son of that father the article names, wherever the nasab
        stands in his name ("Mohamed bin Zayed Al Nahyan", "Tahnoun bin Zayed") #}
    select
        short.article_id,
        short.span_index,
        short.start_char,
        long.base_key as full_key,
        long.end_char as full_end_char,
        long.norm_key as full_norm_key
    from base_keys as short
    inner join base_keys as long
        on short.article_id = long.article_id
        and short.type_group = 'person'
        and long.type_group = 'person'
        and long.token_count > short.token_count
        and contains(' ' || long.norm_key || ' ', ' ' || short.norm_key || ' ')
    where short.reference_key is null
        and regexp_matches(short.norm_key, '^(bin|ibn|bint) \S+$')

),

person_cues as (

    {#- the gender cue of each person mention (int_entity_mentions_normalized: a gendered title or
        kinship noun, else a he / she right after it) and its title without the period -#}
    select
        article_id,
        span_index,
        base_key,
        token_count,
        gender_cue as strong_cue,
        coalesce(gender_cue, pronoun_cue) as cue,
        is_after_kin_noun,
        nullif(rtrim(lower(title), '.'), '') as title_key,
        string_split(norm_key, ' ')[1] as given_key
    from base_keys
    where type_group = 'person'

),

short_form_options as (

    select
        article_id,
        span_index,
        full_key,
        count(*) over (partition by article_id, span_index) as option_count
    from (select distinct article_id, span_index, full_key from short_form_matches)

),

{%- set agreed_gender -%}
    case
        when bool_or(cue = 'm') and not bool_or(cue = 'f') then 'm'
        when bool_or(cue = 'f') and not bool_or(cue = 'm') then 'f'
    end
{%- endset %}

{#- a person's gender from strong evidence first — the given name's sex in the lexicon, a
    gendered title or kinship noun — and from pronouns only when there is none: a "she" next to
    "President Bill Clinton" ("Bill Clinton have worried that she ...") does not make him a person
    of unknown sex (entities round 9) -#}
{%- set ranked_gender -%}
    case
        when bool_or(is_strong) then case
            when bool_or(is_strong and cue = 'm') and not bool_or(is_strong and cue = 'f') then 'm'
            when bool_or(is_strong and cue = 'f') and not bool_or(is_strong and cue = 'm') then 'f'
        end
        else {{ agreed_gender }}
    end
{%- endset %}

full_name_genders as (

    {#- the cues of a person's full names, and the gender of its given name ("Hillary Clinton",
        "Bill Clinton": "Mrs. Clinton" is Hillary) -#}
    select article_id, base_key as full_key, cue, strong_cue is not null as is_strong
    from person_cues
    where token_count >= 2 and cue is not null
    union all
    select
        person_cues.article_id,
        person_cues.base_key as full_key,
        given_name_genders.gender as cue,
        true as is_strong
    from person_cues
    inner join given_name_genders
        on person_cues.given_key = given_name_genders.given_name
    where person_cues.token_count >= 2

),

first_pass_genders as (

    {#- a short form whose cue leaves one of its people passes the cue on to that person ("Mr.
        Obama" next to "first lady Michelle Obama" is Barack: he is a man) -#}
    select
        options.article_id,
        options.full_key,
        short.cue,
        short.strong_cue is not null as is_strong
    from short_form_options as options
    inner join person_cues as short
        on options.article_id = short.article_id
        and options.span_index = short.span_index
    left join (
        select article_id, full_key, {{ ranked_gender }} as gender
        from full_name_genders
        group by all
    ) as known
        on options.article_id = known.article_id
        and options.full_key = known.full_key
    where short.cue is not null and coalesce(known.gender, short.cue) = short.cue
        and not (short.is_after_kin_noun and options.option_count = 1)
    qualify count(*) over (partition by options.article_id, options.span_index) = 1

),

person_genders as (

    select article_id, full_key, {{ ranked_gender }} as gender
    from (
        select * from full_name_genders
        union all
        select * from first_pass_genders
    )
    group by all

),

vetoed_options as (

    {#- the people a short form's gender cue rules out: "Mrs. Obama" is not the man of the
        article; a pronoun alone rules out only one of several people, a title or kinship noun
        even the only one. A short form after a kinship noun is a relative of someone of the
        article, so not the one person of the article it could be ("Michelle Obama ... her
        husband, former President Obama") -#}
    select options.article_id, options.span_index, options.full_key, options.option_count
    from short_form_options as options
    inner join person_cues as short
        on options.article_id = short.article_id
        and options.span_index = short.span_index
    left join person_genders as known
        on options.article_id = known.article_id
        and options.full_key = known.full_key
    where (
        known.gender <> short.cue
        and (short.strong_cue is not null or options.option_count > 1)
    )
    or (short.is_after_kin_noun and options.option_count = 1)

),

vetoed_short_forms as (

    {#- short forms whose cue rules out one or more people they could be: unless the rules below
        tie them to one of the others, they stay unresolved (never their own name, linked
        across articles: "Mr. Bush" next to George W., George H.W. and Laura Bush) -#}
    select distinct article_id, span_index
    from vetoed_options

),

short_form_candidates as (

    select matches.*
    from short_form_matches as matches
    anti join vetoed_options as vetoed
        on matches.article_id = vetoed.article_id
        and matches.span_index = vetoed.span_index
        and matches.full_key = vetoed.full_key

),

title_short_forms as (

    {#- a short form of several people of the article written with a title that the article gives
        to one of them in full ("Prime Minister Sharif" next to "Prime Minister Shehbaz Sharif"
        and "PML-N president Nawaz Sharif") -#}
    select
        candidates.article_id,
        candidates.span_index,
        min(candidates.full_key) as full_key,
        count(distinct candidates.full_key) as candidate_count
    from short_form_candidates as candidates
    inner join person_cues as short
        on candidates.article_id = short.article_id
        and candidates.span_index = short.span_index
    inner join person_cues as long
        on candidates.article_id = long.article_id
        and candidates.full_key = long.base_key
        and long.token_count >= 2
    where short.title_key is not null
        and long.title_key = short.title_key
    group by all

),

short_form_given_names as (

    {#- the longer name's given name by its consonants: "Kristen" / "Kristin Halvorsen" are one
        person written two ways, "Masoud" / "Masrour Barzani" two people; and its generational
        suffix: "Duncan Hunter" / "Duncan Hunter Sr" are two people -#}
    select
        *,
        {{ collapse_doubles("'#' || regexp_replace(string_split(full_norm_key, ' ')[1], '[aeiou]', '', 'g')") }}
            || regexp_extract(full_norm_key, ' (jr|sr)$', 1) as full_given_skeleton
    from short_form_candidates

),

short_forms as (

    select
        article_id,
        span_index,
        min(full_key) as full_key,
        count(distinct full_key) as candidate_count,
        count(distinct full_given_skeleton) as person_count,
        {#- the names written before the short form: news introduces a person before it uses the
            bare surname ("Mohamed" after "Ahmed Mohamed", before his father "Mohamed El-Hassan
            Mohamed" comes up) -#}
        min(full_key) filter (where full_end_char <= start_char) as preceding_key,
        count(distinct full_key) filter (where full_end_char <= start_char) as preceding_count
    from short_form_given_names
    group by all

),

paragraph_short_forms as (

    {#- a short form that fits two or more people of the article ("Barzani" next to Masoud and
        Masrour Barzani) takes the one person of those named before it in its own paragraph
        ("Masoud Barzani ... did not attend. Barzani has led the party since 1979"); when its
        paragraph names none or several of them before it, it stays unresolved (its own key in its
        article only, never linked across articles) -#}
    select
        candidates.article_id,
        candidates.span_index,
        min(candidates.full_key) as full_key,
        count(distinct candidates.full_key) as candidate_count
    from short_form_candidates as candidates
    inner join short_forms
        on candidates.article_id = short_forms.article_id
        and candidates.span_index = short_forms.span_index
        and short_forms.person_count > 1
    inner join {{ ref('stg_nlp__documents') }} as documents
        on candidates.article_id = documents.article_id
    where candidates.full_end_char <= candidates.start_char
        and not contains(
            substr(
                documents.body_text,
                candidates.full_end_char + 1,
                candidates.start_char - candidates.full_end_char
            ),
            chr(10) || chr(10)
        )
    group by all

),

person_namings as (

    {#- how often and where first the article names each person: its full names, and the short
        forms the rules above already gave it (the surname before a second bearer is named, or
        with a title, a gender cue or in that person's paragraph) -#}
    select article_id, base_key, count(*) as full_count, min(start_char) as first_start
    from (
        select article_id, base_key, start_char
        from base_keys
        where type_group = 'person' and token_count >= 2
        union all
        select short_forms.article_id, coalesce(
            case when short_forms.candidate_count = 1 then short_forms.full_key end,
            case when title_short_forms.candidate_count = 1 then title_short_forms.full_key end,
            case when short_forms.preceding_count = 1 then short_forms.preceding_key end,
            case when paragraph_short_forms.candidate_count = 1 then paragraph_short_forms.full_key end
        ), base_keys.start_char
        from short_forms
        inner join base_keys
            on short_forms.article_id = base_keys.article_id
            and short_forms.span_index = base_keys.span_index
        left join title_short_forms
            on short_forms.article_id = title_short_forms.article_id
            and short_forms.span_index = title_short_forms.span_index
        left join paragraph_short_forms
            on short_forms.article_id = paragraph_short_forms.article_id
            and short_forms.span_index = paragraph_short_forms.span_index
    )
    where base_key is not null
    group by all

),

article_subject_short_forms as (

    {#- a short form of several people of the article that no cue, title or paragraph decides
        takes the person the article is about when the evidence is one-sided: that person is
        named first, at least three times, at least twice as often as all the others the short
        form could be together, and named in full last before it, counting full names and the short forms the rules above
        gave them (an article on Hillary Clinton that names Bill Clinton once or twice: its bare
        "Clinton"s are hers). A bare surname with a title, or one whose
        cue ruled out one of its people, is left to the rules above; a name two people of the
        article share evenly stays unresolved (entities round 10) -#}
    select
        candidates.article_id,
        candidates.span_index,
        arg_max(candidates.full_key, named.full_count) as full_key,
        max(named.full_count) as top_count,
        sum(named.full_count) as all_count,
        arg_min(candidates.full_key, named.first_start) as first_key
    from (select distinct article_id, span_index, full_key from short_form_matches) as candidates
    inner join short_forms
        on candidates.article_id = short_forms.article_id
        and candidates.span_index = short_forms.span_index
        and short_forms.person_count > 1
    {# the person named in full last before it, the nearest antecedent a reader takes ("former
        President Bill Clinton greeted voters ... / Clinton arrived at the gymnasium") #}
    left join (
        select article_id, span_index, arg_max(full_key, full_end_char) as nearest_key
        from short_form_matches
        where full_end_char <= start_char
        group by all
    ) as nearest
        on candidates.article_id = nearest.article_id
        and candidates.span_index = nearest.span_index
    inner join person_cues as short
        on candidates.article_id = short.article_id
        and candidates.span_index = short.span_index
        and short.title_key is null
        and short.cue is null
        and not short.is_after_kin_noun
    {# a surname naming a tenure ("the Clinton administration", "the Clinton White House", "the
        Clinton and Obama administrations") is the office-holder of that time, whom the article
        need not be about #}
    inner join base_keys as short_text
        on candidates.article_id = short_text.article_id
        and candidates.span_index = short_text.span_index
        and not regexp_matches(
            short_text.following_text,
            '^(''s|’s)?\s+(administrations?|presidency|white house|era)\b'
            || '|^\s+and\s+\S+\s+(administrations|presidencies)\b'
        )
    inner join person_namings as named
        on candidates.article_id = named.article_id
        and candidates.full_key = named.base_key
    anti join vetoed_short_forms as vetoed
        on candidates.article_id = vetoed.article_id
        and candidates.span_index = vetoed.span_index
    group by all
    having max(named.full_count) >= 3
        and max(named.full_count) >= 2 * (sum(named.full_count) - max(named.full_count))
        and arg_max(candidates.full_key, named.full_count) = arg_min(candidates.full_key, named.first_start)
        and arg_max(candidates.full_key, named.full_count) = coalesce(
            any_value(nearest.nearest_key), arg_max(candidates.full_key, named.full_count)
        )

),

first_name_forms as (

    {#- a lone given name ("Ahmed" after "Ahmed Mohamed"): only when one name in the article starts
        with it and no name in the article ends with it -#}
    select
        short.article_id,
        short.span_index,
        min(long.base_key) as full_key,
        count(distinct long.base_key) as candidate_count,
        {#- two people of the article with that given name: the one whose name writes it the same
            way ("Sheikh Mohamed" for "Mohamed bin Zayed", "Prince Mohammed" for "Mohammed bin
            Salman") -#}
        min(long.base_key) filter (
            where string_split(long.text_folded, ' ')[1] = short.text_folded
        ) as exact_key,
        count(distinct long.base_key) filter (
            where string_split(long.text_folded, ' ')[1] = short.text_folded
        ) as exact_count
    from base_keys as short
    inner join base_keys as long
        on short.article_id = long.article_id
        and short.type_group = 'person'
        and long.type_group = 'person'
        and short.token_count = 1
        and long.token_count >= 2
        and short.norm_key = string_split(long.norm_key, ' ')[1]
    where short.reference_key is null
        and not exists (
            select 1
            from base_keys as other
            where other.article_id = short.article_id
                and other.type_group = 'person'
                and other.token_count >= 2
                and other.last_token = short.norm_key
                and not other.ends_with_nasab
        )
    group by all

),

org_names as (

    select distinct
        article_id,
        base_key,
        norm_key,
        token_count,
        regexp_replace(norm_key, ' (of|for|at|in|on) .*$', '') as head_key
    from base_keys
    where type_group = 'org' and not is_acronym and not is_nested

),

generic_words as (

    {#- a lone common noun written as a name ("the State", "the Administration", "the Church",
        "the Department", "the South") that no rule above tied to a full name of its article: it
        names something of that article only (the Italian state here, the US State Department
        there), so its key never links across articles -#}
    select unnest([
        'state', 'administration', 'church', 'department', 'university', 'college', 'school',
        'museum', 'ministry', 'government', 'council', 'committee', 'commission', 'court',
        'party', 'agency', 'office', 'city', 'province', 'region', 'county', 'district',
        'north', 'south', 'east', 'west', 'republic', 'kingdom', 'union', 'federation',
        'assembly', 'board', 'authority', 'institute', 'foundation', 'company', 'group',
        'centre', 'center', 'army', 'navy', 'police', 'bank', 'club', 'team', 'league',
        {#- a ministry named without its country ("the Foreign Ministry said"): every country
            has one; inside its article it still takes the one country ministry the article
            names ("the Russian Foreign Ministry" ... "the Foreign Ministry") -#}
        'foreign ministry', 'defense ministry', 'defence ministry', 'interior ministry',
        'finance ministry', 'health ministry', 'justice ministry', 'education ministry',
        'economy ministry', 'oil ministry', 'energy ministry', 'trade ministry',
        'information ministry', 'culture ministry', 'foreign affairs ministry',
        'ministry of foreign affairs', 'ministry of defense', 'ministry of defence',
        'ministry of interior', 'ministry of the interior', 'ministry of finance',
        'ministry of health', 'ministry of justice', 'ministry of education', 'foreign office'
    ]) as word

),

org_head_matches as (

    select
        short.article_id,
        short.span_index,
        short.norm_key as short_norm_key,
        long.base_key as full_key,
        long.norm_key as full_norm_key,
        long.token_count as full_token_count,
        {#- what the longer name writes before the short form: "white" for "the House" after "the
            White House" #}
        trim(left(long.head_key, length(long.head_key) - length(short.norm_key))) as added_words
    from base_keys as short
    inner join org_names as long
        on short.article_id = long.article_id
        and short.type_group = 'org'
        and short.token_count < long.token_count
        and short.base_key <> long.base_key
        and (long.head_key = short.norm_key or ends_with(long.head_key, ' ' || short.norm_key))
    where short.reference_key is null
        and not short.is_acronym
        {# a company written with its legal form whose name is one word is named in full, not
            the generic head word of a longer name once the legal form is dropped from its key
            ("News Corp." is not "Fox News"; "Bache Securities Inc" still shortens
            "Prudential-Bache Securities"; entities round 9) #}
        and not (short.has_legal_form and not contains(short.norm_key, ' '))

),

org_standalone_words as (

    {#- the articles where the corpus writes an org name on its own, with no longer name of the
        article ending with it ("the House" in an article without "the White House") -#}
    select short.norm_key, count(distinct short.article_id) as article_count
    from base_keys as short
    anti join org_head_matches as matches
        on short.article_id = matches.article_id
        and short.span_index = matches.span_index
    where short.type_group = 'org' and short.reference_key is null and not short.is_acronym
    group by all

),

org_shortened_words as (

    {#- the articles where it is the end of a longer name that adds the same words -#}
    select short_norm_key, added_words, count(distinct article_id) as article_count
    from org_head_matches
    group by all

),

org_candidates as (

    {#- a name the corpus writes on its own in more articles than as the end of a longer name is a
        name of its own, not the short form of that longer name: "the House" (of Representatives,
        on its own in 34 articles) is not "the White House" (its end in 21); unless the longer
        name only adds a place or a people ("the U.S. Senate", "the Wisconsin Senate", "the
        Republican Congress": the same body of that place, party or country), or the name is a
        common noun that means something of its article only (generic_words: "the Court" after
        "the Supreme Court") (entities round 10) -#}
    select matches.* exclude (added_words)
    from org_head_matches as matches
    left join org_standalone_words as standalone
        on matches.short_norm_key = standalone.norm_key
    left join org_shortened_words as shortened
        on matches.short_norm_key = shortened.short_norm_key
        and matches.added_words = shortened.added_words
    where matches.added_words = ''
        or coalesce(standalone.article_count, 0) <= shortened.article_count
        or matches.short_norm_key in (select word from generic_words)
        or matches.added_words in (
            select norm_key from base_keys where type_group in ('place', 'norp')
        )

),

org_short_forms as (

    {#- a candidate that is itself a short form of another candidate does not count -#}
    select
        candidates.article_id,
        candidates.span_index,
        min(candidates.full_key) as full_key,
        count(distinct candidates.full_key) as candidate_count
    from org_candidates as candidates
    where not exists (
        select 1
        from org_candidates as longer
        inner join org_names as longer_name
            on longer.article_id = longer_name.article_id
            and longer.full_key = longer_name.base_key
        where longer.article_id = candidates.article_id
            and longer.span_index = candidates.span_index
            and longer.full_key <> candidates.full_key
            and longer_name.token_count > candidates.full_token_count
            and (
                longer_name.head_key = candidates.full_norm_key
                or ends_with(longer_name.head_key, ' ' || candidates.full_norm_key)
            )
    )
    group by all

),

company_short_forms as (

    {#- a company named with its legal form ("Dominion Textile Inc", "Burlington Industries Inc")
        and later by the first word(s) of its name ("Dominion", "Burlington"), like a surname
        after a full name: the short form takes the one company of the article whose core name
        starts with it. Only names the article writes with a legal form (so "Google" stays apart
        from "Google Science Fair"), only in that article. A lone word the model reads as a
        person ("Halverson said") counts too, unless it is a word of a person's name of the
        article -#}
    select
        short.article_id,
        short.span_index,
        min(long.base_key) as full_key,
        count(distinct long.base_key) as candidate_count
    from base_keys as short
    inner join base_keys as long
        on short.article_id = long.article_id
        and (
            short.type_group = 'org'
            or (short.type_group = 'person' and short.token_count = 1)
        )
        and long.type_group = 'org'
        and long.has_legal_form
        {# a name with a lower-case word other than a connector is a span the model ran over
            ("Union by Public Service Co"): not a company name to shorten #}
        and len(list_filter(
            regexp_extract_all(long.mention_text, '\b[a-z]+\b'),
            word -> word not in ('of', 'and', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'van', 'von')
        )) = 0
        and long.token_count > short.token_count
        and starts_with(long.norm_key, short.norm_key || ' ')
    where short.reference_key is null
        and not short.is_legal_form_only
        and not short.is_nested
        and not exists (
            select 1
            from base_keys as person
            where person.article_id = short.article_id
                and person.type_group = 'person'
                and person.token_count >= 2
                and list_contains(string_split(person.norm_key, ' '), short.norm_key)
        )
    group by all

),

article_names as (

    {#- the names of each article, one row per key and spelling, with how often the article uses
        that key (mentions of all its spellings) -#}
    select
        article_id,
        type_group,
        base_key,
        norm_key,
        last_token,
        token_count,
        bool_or(reference_key is not null) as is_reference,
        any_value(key_mentions) as key_mentions
    from (
        select
            *,
            count(*) over (partition by article_id, base_key) as key_mentions
        from base_keys
        where type_group in ('person', 'org', 'place') and not is_acronym
    )
    group by all

),

org_outlet_forms as (

    {#- an outlet named without its medium word: "the CBC" next to "CBC News", "Freedom" next to
        "Freedom Magazine" (news / magazine / newspaper / radio / television / tv, the last word
        of exactly one ORG name of the article); other endings stay apart ("Siemens" /
        "Siemens Foundation") -#}
    select
        short.article_id,
        short.span_index,
        min(long.base_key) as full_key,
        count(distinct long.base_key) as candidate_count
    from base_keys as short
    inner join base_keys as long
        on short.article_id = long.article_id
        and short.type_group = 'org'
        and long.type_group = 'org'
        and long.token_count = short.token_count + 1
        and starts_with(long.norm_key, short.norm_key || ' ')
        and long.last_token in ('news', 'magazine', 'newspaper', 'radio', 'television', 'tv')
    where short.reference_key is null
    group by all

),

spelling_variant_candidates as (

    {#- a name written with a slip in the article: a lone surname one slip away from the last name
        of a longer PERSON name ("Bauchtman" after "Lydia Buchtmann", "Mauer" after "K.C.
        Maurer"), or a name of two or more words that differs from a name of the same group by
        one slipped word, when that other name is the one the article uses more (or is a
        reference name): "the Untied Nations" next to "the United Nations" -#}
    select
        short.article_id,
        short.span_index,
        long.base_key as full_key
    from base_keys as short
    inner join article_names as short_name
        on short.article_id = short_name.article_id
        and short.base_key = short_name.base_key
        and short.norm_key = short_name.norm_key
    inner join article_names as long
        on short.article_id = long.article_id
        and short.type_group = long.type_group
        and short.base_key <> long.base_key
    where short.reference_key is null
        and not short.is_acronym
        and (
            (
                short.type_group = 'person'
                and short.token_count = 1
                and long.token_count >= 2
                and {{ is_spelling_slip('short.norm_key', 'long.last_token') }}
            )
            or (
                short.token_count >= 2
                and short.token_count = long.token_count
                and (
                    long.is_reference and not short_name.is_reference
                    or long.key_mentions > short_name.key_mentions
                )
                and len(
                    list_filter(
                        list_zip(string_split(short.norm_key, ' '), string_split(long.norm_key, ' ')),
                        pair -> pair[1] <> pair[2]
                    )
                ) = 1
                and list_bool_and(
                    list_transform(
                        list_filter(
                            list_zip(
                                string_split(short.norm_key, ' '), string_split(long.norm_key, ' ')
                            ),
                            pair -> pair[1] <> pair[2]
                        ),
                        pair -> {{ is_spelling_slip('pair[1]', 'pair[2]') }}
                    )
                )
            )
        )

),

spelling_variant_forms as (

    {#- only when one name fits, and never for a lone word that is the exact last name of a
        person of the article (two Mohameds stay apart, they are not a slip) -#}
    select
        candidates.article_id,
        candidates.span_index,
        min(candidates.full_key) as full_key,
        count(distinct candidates.full_key) as candidate_count
    from spelling_variant_candidates as candidates
    inner join base_keys as short
        on candidates.article_id = short.article_id
        and candidates.span_index = short.span_index
    where not exists (
        select 1
        from article_names as other
        where other.article_id = short.article_id
            and other.type_group = short.type_group
            and other.base_key <> short.base_key
            and other.last_token = short.norm_key
    )
    group by all

),

place_short_forms as (

    {#- a place name written without the code or the name after it in the article: "Washington"
        next to "Washington D.C." (a trailing capitals code), "the North" next to "North Korea"
        (a lone compass word and the one two-word place it starts); GPE / LOC names only, so
        "Washington" never becomes "Washington Dulles International Airport"; "Mexico" next to
        "Mexico City" stays apart (no code) -#}
    select
        short.article_id,
        short.span_index,
        min(long.base_key) as full_key,
        count(distinct long.base_key) as candidate_count
    from base_keys as short
    inner join base_keys as long
        on short.article_id = long.article_id
        and short.type_group = 'place'
        and long.type_group = 'place'
        and short.entity_type in ('GPE', 'LOC')
        and long.entity_type in ('GPE', 'LOC')
        and long.token_count = short.token_count + 1
        and starts_with(long.norm_key, short.norm_key || ' ')
        and (
            regexp_matches(long.mention_text, '\s[A-Z]\.?([A-Z]\.?)+$')
            or short.norm_key in ('north', 'south', 'east', 'west')
        )
    where short.reference_key is null
        and not short.is_acronym
    group by all

),

given_names as (

    {#- words that open person names of two or more words somewhere in the corpus and never end
        one: given names ("Lucinda" in "Lucinda Marsh"), not surnames -#}
    select name_token
    from (
        select string_split(norm_key, ' ')[1] as name_token, true as is_first
        from base_keys
        where type_group = 'person' and token_count >= 2
        union all
        select last_token as name_token, false as is_first
        from base_keys
        where type_group = 'person' and token_count >= 2
    )
    group by name_token
    having bool_and(is_first)

),

final as (

    select
        base_keys.* exclude (base_key),
        case
            when base_keys.reference_key is not null then base_keys.base_key
            when acronym_definitions.defined_key is not null then acronym_definitions.defined_key
            when corpus_acronyms.definition_count = 1 then corpus_acronyms.defined_key
            when short_forms.candidate_count = 1 then short_forms.full_key
            when title_short_forms.candidate_count = 1 then title_short_forms.full_key
            when short_forms.preceding_count = 1 then short_forms.preceding_key
            when paragraph_short_forms.candidate_count = 1 then paragraph_short_forms.full_key
            when article_subject_short_forms.full_key is not null
                then article_subject_short_forms.full_key
            when short_forms.person_count > 1 or vetoed_short_forms.span_index is not null
                then base_keys.base_key || '@' || base_keys.article_id
            when first_name_forms.candidate_count = 1 then first_name_forms.full_key
            when first_name_forms.exact_count = 1 then first_name_forms.exact_key
            when org_short_forms.candidate_count = 1 then org_short_forms.full_key
            when org_outlet_forms.candidate_count = 1 then org_outlet_forms.full_key
            when company_short_forms.candidate_count = 1 then company_short_forms.full_key
            when spelling_variant_forms.candidate_count = 1 then spelling_variant_forms.full_key
            when place_short_forms.candidate_count = 1 then place_short_forms.full_key
            when given_names.name_token is not null
                then base_keys.base_key || '@' || base_keys.article_id
            when generic_words.word is not null
                then base_keys.base_key || '@' || base_keys.article_id
            when base_keys.is_legal_form_only
                then base_keys.base_key || '@' || base_keys.article_id
            else base_keys.base_key
        end as mention_key,
        case
            when base_keys.reference_key is not null then 'reference_alias'
            when acronym_definitions.defined_key is not null then 'acronym_definition'
            when corpus_acronyms.definition_count = 1 then 'acronym_definition'
            when short_forms.candidate_count = 1 then 'surname_in_article'
            when title_short_forms.candidate_count = 1 then 'surname_by_title_in_article'
            when short_forms.preceding_count = 1 then 'surname_in_article'
            when paragraph_short_forms.candidate_count = 1 then 'surname_in_paragraph'
            when article_subject_short_forms.full_key is not null then 'surname_of_article_subject'
            when short_forms.person_count > 1 or vetoed_short_forms.span_index is not null
                then 'ambiguous_short_form_in_article'
            when first_name_forms.candidate_count = 1 then 'first_name_in_article'
            when first_name_forms.exact_count = 1 then 'first_name_in_article'
            when org_short_forms.candidate_count = 1 then 'org_short_form_in_article'
            when org_outlet_forms.candidate_count = 1 then 'org_short_form_in_article'
            when company_short_forms.candidate_count = 1 then 'company_short_form_in_article'
            when spelling_variant_forms.candidate_count = 1 then 'spelling_variant_in_article'
            when place_short_forms.candidate_count = 1 then 'place_short_form_in_article'
            when given_names.name_token is not null then 'given_name_in_article'
            when generic_words.word is not null then 'generic_word_in_article'
            when base_keys.is_legal_form_only then 'legal_form_in_article'
            else 'own_name'
        end as key_rule
    from base_keys
    -- the filters on base_keys sit inside the equality (a CASE that is null otherwise), so
    -- DuckDB hashes these two joins; written beside it they were nested-loop joins (1.4 s of
    -- this model's 2.3 s at 19k articles)
    left join acronym_definitions
        on base_keys.article_id = acronym_definitions.article_id
        and acronym_definitions.text_folded = case
            when base_keys.is_acronym or base_keys.alias_of is not null
                then base_keys.text_folded
        end
    left join corpus_acronyms
        on corpus_acronyms.text_folded = case
            when base_keys.is_acronym then base_keys.text_folded
        end
    left join short_forms
        on base_keys.article_id = short_forms.article_id
        and base_keys.span_index = short_forms.span_index
    left join paragraph_short_forms
        on base_keys.article_id = paragraph_short_forms.article_id
        and base_keys.span_index = paragraph_short_forms.span_index
    left join article_subject_short_forms
        on base_keys.article_id = article_subject_short_forms.article_id
        and base_keys.span_index = article_subject_short_forms.span_index
    left join title_short_forms
        on base_keys.article_id = title_short_forms.article_id
        and base_keys.span_index = title_short_forms.span_index
    left join vetoed_short_forms
        on base_keys.article_id = vetoed_short_forms.article_id
        and base_keys.span_index = vetoed_short_forms.span_index
    left join first_name_forms
        on base_keys.article_id = first_name_forms.article_id
        and base_keys.span_index = first_name_forms.span_index
    left join org_short_forms
        on base_keys.article_id = org_short_forms.article_id
        and base_keys.span_index = org_short_forms.span_index
    left join org_outlet_forms
        on base_keys.article_id = org_outlet_forms.article_id
        and base_keys.span_index = org_outlet_forms.span_index
    left join company_short_forms
        on base_keys.article_id = company_short_forms.article_id
        and base_keys.span_index = company_short_forms.span_index
    left join spelling_variant_forms
        on base_keys.article_id = spelling_variant_forms.article_id
        and base_keys.span_index = spelling_variant_forms.span_index
    left join place_short_forms
        on base_keys.article_id = place_short_forms.article_id
        and base_keys.span_index = place_short_forms.span_index
    -- the same for these two (3.2 s of this model's 4.2 s at 19k articles before; same rows)
    left join given_names
        on given_names.name_token = case
            when base_keys.type_group = 'person' and base_keys.token_count = 1
                then base_keys.norm_key
        end
    left join generic_words
        on generic_words.word = case
            when base_keys.type_group in ('org', 'place') then base_keys.norm_key
        end

)

select * from final
