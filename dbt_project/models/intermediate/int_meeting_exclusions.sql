-- Reports that are no meeting, with the reason (int_meetings_curated drops them):
-- * trip: one actor's trip. The only other side of a visit (or of a hosting) is a place that
--   stands for no government ("Trump's visit to Des Moines", "visiting Manhattan from South
--   Carolina", "Cleveland hosted the convention"). A country, a national capital or the seat of a
--   government news treats as an actor (seeds/reference/government_seats.csv: "visited Turkey",
--   "visited Baghdad", "travelled to Erbil") stands for its government, so those visits stay.
--   A trip report that clustering joined to a real meeting (is_absorbed) stays a report of it.
--   A visit to a site named as one ("visited the ... Memorial", "... Museum") is a trip too,
--   whatever type the entity layer gave the site (round 9).
-- * interview: the other side is a news outlet (seeds/reference/news_media.csv, or an
--   organisation named like one: "... News", "... TV", "... Magazine"): "sitting down with
--   MSNBC", "an interview with Rolling Stone", "talked to NBC News"; or a journalist named with
--   the outlet ("NPR's Joe Palca talks with ..."). Interviews are no meetings.
with

clustered as (

    select * from {{ ref('int_meetings_clustered') }}

),

participants as (

    select
        *,
        {{ fold_name('participant_text') }} as text_folded
    from {{ ref('int_meeting_participants_resolved') }}

),

seats as (

    select name_folded from {{ ref('stg_reference__government_seats') }}

),

articles as (

    select article_id, body_text from {{ ref('int_articles_enriched') }}

),

media as (

    select name_folded from {{ ref('stg_reference__news_media') }}

),

visits as (

    select article_id, candidate_index
    from clustered
    where
        key_kind = 'one_sided'
        and not is_absorbed
        and (rule like '%visit%' or rule like '%host%')

),

other_sides as (

    select participants.*
    from participants
    inner join visits
        on participants.article_id = visits.article_id
        and participants.candidate_index = visits.candidate_index
    where participants.actor_kind = 'generic'

),

side_entities as (

    select distinct entity_id from other_sides where entity_id is not null

),

-- an entity is a government when any spelling the articles used for it is one
government_entities as (

    select distinct mentions.entity_id
    from {{ ref('int_mentions_resolved') }} as mentions
    inner join side_entities on mentions.entity_id = side_entities.entity_id
    inner join seats
        on {{ fold_name('mentions.mention_text') }} = seats.name_folded

),

judged_sides as (

    select
        other_sides.article_id,
        other_sides.candidate_index,
        other_sides.label in ('GPE', 'LOC', 'FAC')
        and government_entities.entity_id is null
        and seats.name_folded is null as is_plain_place
    from other_sides
    left join government_entities on other_sides.entity_id = government_entities.entity_id
    left join seats on other_sides.text_folded = seats.name_folded

),

trips as (

    select article_id, candidate_index, 'trip' as reason
    from judged_sides
    group by article_id, candidate_index
    having bool_and(is_plain_place)

),

-- a visit to a site named as one ("visited the National Law Enforcement Officers Memorial",
-- "a tour of the Hoover Dam museum"): nobody there is met, even when the entity layer typed the
-- site an organisation
site_visits as (

    select distinct clustered.article_id, clustered.candidate_index, 'trip' as reason
    from clustered
    inner join participants
        on clustered.article_id = participants.article_id
        and clustered.candidate_index = participants.candidate_index
    where
        clustered.participant_count = 2
        and not clustered.is_absorbed
        and clustered.rule like '%visit%'
        and participants.role = 'host'
        and regexp_matches(
            participants.text_folded,
            '\s(memorial|museum|monument|cemetery|park|zoo|shrine|mausoleum|battlefield|'
            || 'stadium|arena|airport|factory|plant|mine|farm|hospital|school)$'
        )

),

interviews as (

    select distinct clustered.article_id, clustered.candidate_index, 'interview' as reason
    from clustered
    inner join participants
        on clustered.article_id = participants.article_id
        and clustered.candidate_index = participants.candidate_index
    left join media on participants.text_folded = media.name_folded
    where
        clustered.participant_count = 2
        and participants.label = 'ORG'
        and (
            media.name_folded is not null
            or regexp_matches(
                participants.text_folded,
                '\s(news|tv|television|radio|magazine|newspaper|broadcasting|network)$'
            )
        )

),

-- the other side is a journalist named with the outlet ("NPR's Joe Palca talks with NPR's
-- Michael Sullivan", "an interview with CNN's Jake Tapper", "Fox News' Sean Hannity")
person_possessors as (

    -- the name in the possessive right before a person participant ("NPR's", "Fox News'")
    select
        participants.article_id,
        participants.candidate_index,
        regexp_extract(
            substr(
                articles.body_text,
                greatest(1, participants.start_char - 39),
                least(40, participants.start_char)
            ),
            '([A-Z][A-Za-z&.-]*(?: [A-Z][A-Za-z&.-]*){0,3})(?:''s|’s|''|’) $',
            1
        ) as possessor
    from participants
    inner join articles on participants.article_id = articles.article_id
    where participants.label = 'PERSON' and participants.start_char > 0

),

journalists as (

    select distinct clustered.article_id, clustered.candidate_index, 'interview' as reason
    from clustered
    inner join person_possessors as possessors
        on clustered.article_id = possessors.article_id
        and clustered.candidate_index = possessors.candidate_index
    inner join media on {{ fold_name('possessors.possessor') }} = media.name_folded
    where clustered.participant_count = 2

),

excluded as (

    select * from trips
    union all
    select * from site_visits
    union all
    select * from interviews
    union all
    select * from journalists

),

final as (

    select article_id, candidate_index, min(reason) as reason
    from excluded
    group by article_id, candidate_index

)

select * from final
