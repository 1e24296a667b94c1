{#- One row per meeting candidate that can stand for a meeting, keyed by who took part.
    key_kind:
    * named: two or more named actors (people, organisations); countries and demonyms in the same
      candidate are dropped from the key, since a person is named for that side;
      When every named actor stands on one side (all subjects, all visitors ...), a country on
      the other side is kept in the key: no person is named for that side ("Podesta and Stern
      began negotiations with China", "A and B visited Washington");
    * one_sided: one named actor and a country/place for the other side ("Mattis will visit
      Turkey"); keyed by the named actor alone, so "visit to Ankara" and "visit to Turkey" by the
      same person are one planned visit;
    * generic: countries/demonyms only ("Turkey and Iran held talks"). Kept only when its parties
      were read from the sentence itself (not from context), and none of them is a party of, or
      named in the evidence of, a named or one-sided meeting of the same article with the same
      status and mode and no date more than two days from its own, or of the same sentence
      whatever its status (then it is that meeting told
      again, "Turkey and Iran agreed ... after talks" beside "Iran's military chief met Erdogan",
      or talk around it, "X, who met Lavrov in Moscow, said Ankara would keep talking to Moscow
      and Kyiv"); a generic meeting of other parties stands ("A Kurdish delegation visited
      Baghdad" in the same article).
    Partial dates (month/day, weekday) come along for undated candidates. -#}
with

candidates as (

    select * from {{ ref('stg_nlp__meeting_candidates') }}

),

participants as (

    select * from {{ ref('int_meeting_participants_resolved') }}

),

articles as (

    select article_id, published_date, body_text from {{ ref('int_articles_enriched') }}

),

mentions as (

    select article_id, entity_id, start_char, end_char from {{ ref('int_mentions_resolved') }}

),

participant_sets as (

    select
        article_id,
        candidate_index,
        string_agg(distinct entity_id, ',' order by entity_id)
            filter (where actor_kind = 'named') as named_set,
        count(distinct entity_id) filter (where actor_kind = 'named') as named_count,
        string_agg(distinct entity_id, ',' order by entity_id)
            filter (where actor_kind = 'generic') as generic_set,
        count(distinct entity_id) filter (where actor_kind = 'generic') as generic_count,
        bool_and(resolved_by = 'context') filter (where actor_kind = 'generic')
            as is_context_only,
        avg(confidence) filter (where entity_id is not null) as participant_confidence
    from participants
    group by article_id, candidate_index

),

one_side_named as (

    {#- Candidates whose named actors all stand on one side. -#}
    select
        article_id,
        candidate_index,
        any_value(role) as named_role
    from participants
    where actor_kind = 'named'
    group by article_id, candidate_index
    having count(distinct role) = 1
        and any_value(role) in ('subject', 'object', 'visitor', 'host')

),

opposite_sides as (

    {#- The countries of such a candidate on the other side: no person is named for them. -#}
    select
        participants.article_id,
        participants.candidate_index,
        string_split(
            string_agg(distinct participants.entity_id, ',' order by participants.entity_id), ','
        ) as opposite_ids
    from participants
    inner join one_side_named
        on participants.article_id = one_side_named.article_id
        and participants.candidate_index = one_side_named.candidate_index
    where participants.actor_kind = 'generic'
        and participants.entity_id is not null
        and participants.role not in (one_side_named.named_role, 'counterpart_ref')
    group by participants.article_id, participants.candidate_index

),

classified as (

    select
        candidates.*,
        participant_sets.named_set,
        participant_sets.named_count,
        participant_sets.generic_set,
        participant_sets.generic_count,
        participant_sets.participant_confidence,
        opposite_sides.opposite_ids,
        case
            when participant_sets.named_count >= 2 then 'named'
            when participant_sets.named_count = 1 and participant_sets.generic_count >= 1
                then 'one_sided'
            when participant_sets.named_count = 0 and participant_sets.generic_count >= 2
                and not participant_sets.is_context_only
                then 'generic'
        end as key_kind
    from candidates
    inner join participant_sets
        on candidates.article_id = participant_sets.article_id
        and candidates.candidate_index = participant_sets.candidate_index
    left join opposite_sides
        on candidates.article_id = opposite_sides.article_id
        and candidates.candidate_index = opposite_sides.candidate_index

),

named_meeting_entities as (

    {#- Who and what the named and one-sided meetings of an article involve: their participants
        and every entity named in their evidence sentences. -#}
    select
        classified.article_id,
        classified.status,
        classified.mode,
        classified.evidence_start,
        classified.evidence_end,
        classified.meeting_date,
        mentions.entity_id
    from classified
    inner join mentions
        on classified.article_id = mentions.article_id
        and mentions.start_char >= classified.evidence_start
        and mentions.end_char <= classified.evidence_end
    where classified.key_kind in ('named', 'one_sided')
    union
    select
        classified.article_id,
        classified.status,
        classified.mode,
        classified.evidence_start,
        classified.evidence_end,
        classified.meeting_date,
        participants.entity_id
    from classified
    inner join participants
        on classified.article_id = participants.article_id
        and classified.candidate_index = participants.candidate_index
    where classified.key_kind in ('named', 'one_sided')
        and participants.entity_id is not null

),

absorbed_generic as (

    select distinct classified.article_id, classified.candidate_index
    from classified
    inner join participants
        on classified.article_id = participants.article_id
        and classified.candidate_index = participants.candidate_index
        and participants.actor_kind = 'generic'
    inner join named_meeting_entities
        on classified.article_id = named_meeting_entities.article_id
        and participants.entity_id = named_meeting_entities.entity_id
        and (
            (
                classified.status = named_meeting_entities.status
                and classified.mode = named_meeting_entities.mode
            )
            -- the same sentence, whatever the status: "X, who met Lavrov in Moscow, said Ankara
            -- would keep talking to Moscow and Kyiv"
            or (
                classified.evidence_start < named_meeting_entities.evidence_end
                and named_meeting_entities.evidence_start < classified.evidence_end
            )
        )
    where classified.key_kind = 'generic'
        -- a meeting of another day is another meeting: "April 9, 2021 — Saudi and Iranian
        -- officials hold talks in Baghdad" beside "March 10, 2023 — Iran's Shamkhani and Saudi
        -- adviser al-Aiban meet in Beijing" in a chronology
        and coalesce(abs(classified.meeting_date - named_meeting_entities.meeting_date) <= 2, true)

),

final as (

    select
        classified.* exclude (named_set, generic_set, opposite_ids),
        case
            when classified.key_kind = 'generic' then classified.generic_set
            when classified.key_kind = 'named' and classified.opposite_ids is not null
                then array_to_string(
                    list_sort(list_distinct(
                        string_split(classified.named_set, ',') || classified.opposite_ids
                    )),
                    ','
                )
            else classified.named_set
        end as participant_set,
        classified.named_count + classified.generic_count as participant_count,
        articles.published_date,
        -- the year a report names ("first met in Baghdad in 2021", "last year"), also without a
        -- day: an undated report of another year is another meeting (round 8)
        case
            when classified.meeting_date is not null then year(classified.meeting_date)
            when regexp_matches(classified.date_text, '\b(19|20)\d\d\b')
                then cast(regexp_extract(classified.date_text, '\b((19|20)\d\d)\b', 1) as integer)
            when regexp_matches(lower(classified.date_text), '\b(last|past|previous) year\b')
                then year(articles.published_date) - 1
            when regexp_matches(lower(classified.date_text), '\bthis year\b')
                then year(articles.published_date)
            when regexp_matches(lower(classified.date_text), '\bnext year\b')
                then year(articles.published_date) + 1
        end as date_year,
        substr(
            articles.body_text,
            classified.evidence_start + 1,
            classified.evidence_end - classified.evidence_start
        ) as evidence_text,
        lower(trim(classified.place_text)) as place_key
    from classified
    inner join articles on classified.article_id = articles.article_id
    left join absorbed_generic
        on classified.article_id = absorbed_generic.article_id
        and classified.candidate_index = absorbed_generic.candidate_index
    where classified.key_kind in ('named', 'one_sided')
        or (classified.key_kind = 'generic' and absorbed_generic.article_id is null)

)

select * from final
