{#- The CAMEO actor type of people and organisations (GOV, MIL, LEG, JUD, BUS, ...), where the
    text says it: a title written before a person's name ("Defense Minister", "Maj. Gen."), the
    role phrase that names a person's country ("Iran's army chief", ", president of the Senate
    Foreign Relations Committee"), an organisation's own name ("Turkish Armed Forces", "Chrysler
    Corp"). Each piece of evidence gives the type of its head: the last word or phrase of
    seeds/reference/actor_type_words.csv in it, read before "of" first ("Minister of Justice" is
    a minister, GOV), in the whole phrase otherwise ("Chief of General Staff", MIL). An entity
    takes the type more than half of its typed evidence gives; with no majority it gets no row.
    Words of several types ("president", "secretary", "chairman") are not in the seed; a
    capitalised "President" is a head of state (GOV) only for a person the articles give a
    country and title so in two articles or more (heads_of_state). -#}
with

mentions as (

    select * from {{ ref('mentions') }}

),

entities as (

    select * from {{ ref('entities') }}

),

country_evidence as (

    select * from {{ ref('entity_country_evidence') }}

),

type_words as (

    select * from {{ ref('stg_reference__actor_type_words') }}

),

entity_countries as (

    select * from {{ ref('entity_countries') }}

),

phrases as (

    select
        entity_id,
        mention_id,
        'title' as evidence_kind,
        title as evidence_text
    from mentions
    where entity_type = 'PERSON' and title is not null

    union all

    select
        evidence.entity_id,
        evidence.mention_id,
        'role_phrase' as evidence_kind,
        -- the phrase without the name it describes
        trim(replace(evidence.evidence_text, evidence.mention_text, ' ')) as evidence_text
    from country_evidence as evidence
    inner join entities on evidence.entity_id = entities.entity_id
    where evidence.rule in ('before_name', 'appositive')
        and entities.entity_type = 'PERSON'

    union all

    select
        entity_id,
        null as mention_id,
        'org_name' as evidence_kind,
        canonical_name as evidence_text
    from entities
    where entity_type = 'ORG'

),

normalized as (

    {#- lower case, words separated by single spaces, with a space at both ends so that a
        phrase matches whole words; the head part is what comes before "of" -#}
    select
        *,
        ' ' || trim(regexp_replace(lower(evidence_text), '[^a-z0-9.]+', ' ', 'g')) || ' '
            as words,
        ' ' || trim(regexp_replace(
            split_part(lower(evidence_text), ' of ', 1), '[^a-z0-9.]+', ' ', 'g'
        )) || ' ' as head_words
    from phrases

),

matches as (

    {#- every seed phrase in the head part (or in the whole phrase when the head part has
        none), with where it ends: the one that ends last is the head, the longest on a tie -#}
    select
        normalized.entity_id,
        normalized.mention_id,
        normalized.evidence_kind,
        normalized.evidence_text,
        type_words.phrase,
        type_words.actor_type,
        contains(normalized.head_words, ' ' || type_words.phrase || ' ') as in_head,
        length(normalized.words)
            - strpos(reverse(normalized.words), reverse(' ' || type_words.phrase || ' '))
            as match_end
    from normalized
    inner join type_words
        on contains(normalized.words, ' ' || type_words.phrase || ' ')

),

heads_of_state as (

    {#- "President" is a country's or a company's, so the seed leaves it out. Capitalised
        before the name of a person the articles give a country ("U.S. President Ronald
        Reagan", then "President Reagan"), in two articles or more, it is a head of state
        (GOV); a company's president is rarely given a country and rarely titled so twice -#}
    select
        mentions.entity_id,
        mentions.mention_id,
        'title' as evidence_kind,
        mentions.title as evidence_text,
        lower(mentions.title) as phrase,
        'GOV' as actor_type
    from mentions
    inner join entity_countries on mentions.entity_id = entity_countries.entity_id
    where mentions.entity_type = 'PERSON'
        and mentions.title in ('President', 'Vice President')
    qualify count(distinct mentions.article_id) over (partition by mentions.entity_id) >= 2

),

typed_evidence as (

    select
        entity_id,
        mention_id,
        evidence_kind,
        evidence_text,
        phrase,
        actor_type
    from matches
    qualify row_number() over (
        partition by entity_id, mention_id, evidence_kind, evidence_text
        order by in_head desc, match_end desc, length(phrase) desc, actor_type
    ) = 1

    union all

    select * from heads_of_state

),

votes as (

    select
        entity_id,
        actor_type,
        count(*) as evidence_count,
        sum(count(*)) over (partition by entity_id) as typed_evidence_count,
        string_agg(distinct evidence_text, ' | ' order by evidence_text) as evidence
    from typed_evidence
    group by entity_id, actor_type

),

final as (

    select
        entities.entity_id,
        entities.canonical_name,
        entities.entity_type,
        votes.actor_type,
        votes.evidence_count,
        cast(votes.typed_evidence_count as bigint) as typed_evidence_count,
        left(votes.evidence, 300) as evidence
    from votes
    inner join entities on votes.entity_id = entities.entity_id
    where votes.evidence_count * 2 > votes.typed_evidence_count

)

select * from final
