{#- Quote candidates with their speaker resolved to an entity, and the fragments of one quotation
    linked together.

    Speaker resolution, in order:
    1. span: the resolved mention overlapping the speaker span the extractor chose (the best named
       mention of the speaker in the article), longest mention first;
    2. role_title: a definite role description the extractor left unnamed ("the spokesman",
       "the Vermont senator") goes to the person whose mention in the same article carries a
       matching title (nlp title 'spokesman', 'Senator', ...) and who was mentioned before the
       quote; only when exactly one person in the article has that title. Indefinite or anonymous
       descriptions ("an Iranian source", "a spokesman") never match: they stay unnamed;
    3. surname: a named speaker no mention overlaps (the model missed the name after a long title:
       "Minister of State for Foreign Affairs Adel Al Jubeir said") goes to the person of the same
       article whose mention ends with the same word ("Mr Al Jubeir"), when exactly one does.

    Fragments: a quotation interrupted by its own frame ("“A,” he said, “B.”") is several candidate
    rows; every later fragment carries fragment_of = quote_index of the first one. quotation_id is
    the quote_id of the first fragment (a row's own quote_id when it is not a fragment),
    continues_quote_id the quote_id of the fragment right before it, fragment_index its 1-based
    position in the quotation. -#}
with

quotes as (

    select * from {{ ref('stg_nlp__quote_candidates') }}

),

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

keyed as (

    select
        {{ stable_id('quo', ['article_id', 'start_char', 'end_char', 'quote_kind']) }} as quote_id,
        *
    from quotes
    qualify row_number() over (partition by quote_id order by quote_index) = 1

),

speaker_mentions as (

    select
        keyed.quote_id,
        mentions.entity_id,
        mentions.mention_id
    from keyed
    inner join mentions
        on keyed.article_id = mentions.article_id
        and keyed.speaker_is_named
        and mentions.start_char < keyed.speaker_end
        and mentions.end_char > keyed.speaker_start
    qualify row_number() over (
        partition by keyed.quote_id
        order by (mentions.end_char - mentions.start_char) desc, mentions.start_char
    ) = 1

),

-- definite role descriptions left unnamed by the extractor
role_speakers as (

    select
        quote_id,
        article_id,
        start_char,
        ' ' || regexp_replace(lower(speaker_text), '[^a-z ]', ' ', 'g') || ' ' as speaker_words
    from keyed
    where not speaker_is_named
        and speaker_text is not null
        and regexp_matches(lower(speaker_text), '^(the|this|that) ')
        and not regexp_matches(lower(speaker_text), '(source|official|aide|people|spokesmen)s?\b')

),

titled_people as (

    select distinct
        article_id,
        entity_id,
        lower(title) as title,
        start_char
    from mentions
    where title is not null
        and entity_type = 'PERSON'
        and length(title) >= 4
        and lower(title) not in ('mr.', 'mrs.', 'ms.', 'miss', 'dr.', 'lady', 'rev.')

),

role_matches as (

    select
        role_speakers.quote_id,
        titled_people.entity_id,
        max(titled_people.start_char) as last_mention
    from role_speakers
    inner join titled_people
        on role_speakers.article_id = titled_people.article_id
        and titled_people.start_char < role_speakers.start_char
        and contains(role_speakers.speaker_words,
                     ' ' || regexp_replace(titled_people.title, '[^a-z ]', ' ', 'g') || ' ')
    group by role_speakers.quote_id, titled_people.entity_id

),

role_resolved as (

    select
        quote_id,
        any_value(entity_id) as entity_id
    from role_matches
    group by quote_id
    having count(*) = 1

),

-- named speakers with no mention of their own, by the last word of the name
unmatched_speakers as (

    select
        keyed.quote_id,
        keyed.article_id,
        lower(strip_accents(regexp_extract(keyed.speaker_text, '(\w+)\W*$', 1))) as surname
    from keyed
    left join speaker_mentions on keyed.quote_id = speaker_mentions.quote_id
    where keyed.speaker_is_named and speaker_mentions.quote_id is null

),

surname_resolved as (

    select
        unmatched_speakers.quote_id,
        any_value(mentions.entity_id) as entity_id
    from unmatched_speakers
    inner join mentions
        on unmatched_speakers.article_id = mentions.article_id
        and mentions.entity_type = 'PERSON'
        and lower(strip_accents(regexp_extract(mentions.mention_text, '(\w+)\W*$', 1)))
            = unmatched_speakers.surname
    where length(unmatched_speakers.surname) >= 3
    group by unmatched_speakers.quote_id
    having count(distinct mentions.entity_id) = 1

),

attributed as (

    select
        keyed.*,
        coalesce(speaker_mentions.entity_id, role_resolved.entity_id, surname_resolved.entity_id)
            as speaker_entity_id,
        speaker_mentions.mention_id as speaker_mention_id,
        case
            when speaker_mentions.entity_id is not null then 'span'
            when role_resolved.entity_id is not null then 'role_title'
            when surname_resolved.entity_id is not null then 'surname'
        end as speaker_resolution
    from keyed
    left join speaker_mentions on keyed.quote_id = speaker_mentions.quote_id
    left join role_resolved on keyed.quote_id = role_resolved.quote_id
    left join surname_resolved on keyed.quote_id = surname_resolved.quote_id

),

final as (

    select
        attributed.*,
        coalesce(first_fragment.quote_id, attributed.quote_id) as quotation_id,
        case
            when attributed.fragment_of is not null
                then lag(attributed.quote_id) over (
                    partition by attributed.article_id,
                        coalesce(attributed.fragment_of, attributed.quote_index)
                    order by attributed.quote_index
                )
        end as continues_quote_id,
        row_number() over (
            partition by attributed.article_id,
                coalesce(attributed.fragment_of, attributed.quote_index)
            order by attributed.quote_index
        ) as fragment_index
    from attributed
    left join keyed as first_fragment
        on attributed.article_id = first_fragment.article_id
        and attributed.fragment_of = first_fragment.quote_index

)

select * from final
