{#- Where each place an article names is: one row per article and place entity (GPE or LOC),
    geocoded against the gazetteer (GeoNames cities of 15,000 people or more, countries, US
    states; the provinces, states and regions of seeds/reference/gazetteer_additions.csv). The
    candidates are the places the entity's spellings name (intermediate.int_place_candidates);
    a candidate with the very name the article writes comes first ("N.Y." is the state even
    when other articles write the entity "New York"); then the article decides, first rule that
    holds:

    1. country_name / part_of_country: the name is a country's ("Britain", "northern Iraq").
    2. written_after_place: written right after another place and a comma ("Seattle,
       Washington"), the state, province or country of that name rather than a city;
       written_with_state: a city written with its state or province ("Jackson, Mich.",
       "Paris, Texas", "London, Ontario").
    3. state_in_article: a city in a state or province the article names elsewhere
       (Springfield in an article that names Illinois);
    4. country_in_article: a place in a country the article names elsewhere (Valencia with
       Spain). Rules 3 and 4 pass over a candidate under a twentieth of the most prominent
       one: Paris, Texas in an article that names Texas or the United States stays Paris,
       France.
    5. capital: a capital or seat of government (London, not London, Ontario).
    6. most_prominent: the largest candidate (a US state, a province or a region counts as a
       million people).
    7. only_candidate when there is one; no_candidate when the gazetteer has none (regions,
       buildings, misspellings): the row is kept with NULL place columns.

    Continents and world regions (Europe, the Middle East; gazetteer_additions.csv rows without a
    country) are found but have no country and no geo_type. Countries, states and regions get no
    coordinates: they have no point, and GDELT's centroid
    fallback puts events where nothing happened (docs/geocoding.md). -#}
with

mentions as (

    select * from {{ ref('mentions') }}

),

entities as (

    select * from {{ ref('entities') }}

),

articles as (

    select * from {{ ref('articles') }}

),

candidates as (

    select * from {{ ref('int_place_candidates') }}

),

gazetteer_places as (

    select * from {{ ref('stg_reference__gazetteer_places') }}

),

gazetteer_names as (

    select * from {{ ref('stg_reference__gazetteer_names') }}

),

country_names as (

    select * from {{ ref('int_country_names') }}

),

place_mentions as (

    select
        mentions.article_id,
        mentions.entity_id,
        count(*) as mention_count,
        arg_min(mentions.mention_text, mentions.start_char) as first_mention_text,
        min(mentions.start_char) as first_start_char,
        arg_min(mentions.end_char, mentions.start_char) as first_end_char
    from mentions
    inner join entities on mentions.entity_id = entities.entity_id
    where entities.entity_type in ('GPE', 'LOC')
    group by mentions.article_id, mentions.entity_id

),

mention_names as (

    select distinct
        article_id,
        entity_id,
        {{ fold_name("regexp_replace(mention_text, '[''’]s$', '')") }} as name_folded
    from mentions
    where entity_type in ('GPE', 'LOC')

),

-- the countries each article names (a country, capital or seat), by which entity
article_countries as (

    select distinct
        mention_names.article_id,
        mention_names.entity_id,
        country_names.iso2 as country_iso2
    from mention_names
    inner join country_names on mention_names.name_folded = country_names.name_folded
    where country_names.name_kind in ('country', 'capital', 'seat')
        and country_names.iso2 is not null

),

-- the states and provinces each article names ("Texas", "Ill.", "Ontario"), by which entity
article_states as (

    select distinct
        mention_names.article_id,
        mention_names.entity_id,
        gazetteer_places.country_iso2,
        gazetteer_places.admin1_code
    from mention_names
    inner join gazetteer_names on mention_names.name_folded = gazetteer_names.name_folded
    inner join gazetteer_places on gazetteer_names.gazetteer_id = gazetteer_places.gazetteer_id
    where gazetteer_places.feature_kind = 'admin1'

),

-- the words right after each place mention: ", Texas", ", Calif.", ", New South Wales"
following_words as (

    select distinct
        mentions.article_id,
        mentions.entity_id,
        following.words
    from mentions
    inner join articles on mentions.article_id = articles.article_id
    cross join unnest([
        regexp_extract(substr(articles.body_text, mentions.end_char + 1, 40),
            '^,\s*([A-Z][\w.]*)', 1),
        regexp_extract(substr(articles.body_text, mentions.end_char + 1, 40),
            '^,\s*([A-Z][\w.]*\s+[A-Z][\w.]*)', 1),
        regexp_extract(substr(articles.body_text, mentions.end_char + 1, 40),
            '^,\s*([A-Z][\w.]*\s+[A-Z][\w.]*\s+[A-Z][\w.]*)', 1)
    ]) as following (words)
    where mentions.entity_type in ('GPE', 'LOC')
        and following.words != ''

),

-- the state or province a place is written with ("Jackson, Mich."), by place
written_states as (

    select distinct
        following_words.article_id,
        following_words.entity_id,
        gazetteer_places.country_iso2,
        gazetteer_places.admin1_code
    from following_words
    inner join gazetteer_names
        on {{ fold_name('following_words.words') }} = gazetteer_names.name_folded
    inner join gazetteer_places on gazetteer_names.gazetteer_id = gazetteer_places.gazetteer_id
    where gazetteer_places.feature_kind = 'admin1'

),

-- places written right after another place and a comma ("Seattle, Washington"): there a
-- name that is also a city's is the state, province or country
after_place as (

    select distinct
        later.article_id,
        later.entity_id
    from mentions as later
    inner join mentions as earlier
        on later.article_id = earlier.article_id
        and earlier.end_char between later.start_char - 3 and later.start_char - 2
    inner join articles on later.article_id = articles.article_id
    where later.entity_type in ('GPE', 'LOC')
        and earlier.entity_type in ('GPE', 'LOC')
        and earlier.entity_id != later.entity_id
        and regexp_matches(
            substr(articles.body_text, earlier.end_char + 1,
                later.start_char - earlier.end_char),
            '^,\s$'
        )

),

scored as (

    select
        place_mentions.article_id,
        place_mentions.entity_id,
        candidates.*
            exclude (entity_id),
        candidates.match_kind in ('country_name', 'part_of_country') as is_country_match,
        -- the candidate has the very name this article writes ("N.Y." is the state even when
        -- other articles write the entity "New York")
        exists (
            select 1 from mention_names
            inner join gazetteer_names
                on mention_names.name_folded = gazetteer_names.name_folded
            where mention_names.article_id = place_mentions.article_id
                and mention_names.entity_id = place_mentions.entity_id
                and gazetteer_names.gazetteer_id = candidates.gazetteer_id
        ) as named_in_article,
        candidates.feature_kind != 'city'
        and exists (
            select 1 from after_place
            where after_place.article_id = place_mentions.article_id
                and after_place.entity_id = place_mentions.entity_id
        ) as written_after_place,
        candidates.feature_kind = 'city'
        and exists (
            select 1 from written_states
            where written_states.article_id = place_mentions.article_id
                and written_states.entity_id = place_mentions.entity_id
                and written_states.country_iso2 = candidates.country_iso2
                and written_states.admin1_code = candidates.admin1_code
        ) as written_with_state,
        candidates.feature_kind = 'city'
        and exists (
            select 1 from article_states
            where article_states.article_id = place_mentions.article_id
                and article_states.entity_id != place_mentions.entity_id
                and article_states.country_iso2 = candidates.country_iso2
                and article_states.admin1_code = candidates.admin1_code
        )
        and candidates.prominence * 20
        >= max(candidates.prominence) over (
            partition by place_mentions.article_id, place_mentions.entity_id
        ) as state_in_article,
        exists (
            select 1 from article_countries
            where article_countries.article_id = place_mentions.article_id
                and article_countries.entity_id != place_mentions.entity_id
                and article_countries.country_iso2 = candidates.country_iso2
        )
        and candidates.prominence * 20
        >= max(candidates.prominence) over (
            partition by place_mentions.article_id, place_mentions.entity_id
        ) as country_in_article,
        count(*) over (
            partition by place_mentions.article_id, place_mentions.entity_id
        ) as candidate_count
    from place_mentions
    inner join candidates on place_mentions.entity_id = candidates.entity_id

),

ranked as (

    select
        *,
        count(*) filter (where named_in_article) over (
            partition by article_id, entity_id
        ) as named_candidate_count,
        row_number() over (
            partition by article_id, entity_id
            order by
                is_country_match desc,
                named_in_article desc,
                written_after_place desc,
                written_with_state desc,
                state_in_article desc,
                country_in_article desc,
                is_capital desc,
                prominence desc,
                match_kind = 'name' desc,
                gazetteer_id
        ) as candidate_rank
    from scored

),

chosen as (

    select
        *,
        case
            when match_kind in ('country_name', 'part_of_country') then match_kind
            when candidate_count = 1 then 'only_candidate'
            when named_in_article and named_candidate_count < candidate_count
                then 'named_in_article'
            when written_after_place then 'written_after_place'
            when written_with_state then 'written_with_state'
            when state_in_article then 'state_in_article'
            when country_in_article then 'country_in_article'
            when is_capital then 'capital'
            else 'most_prominent'
        end as geocode_rule
    from ranked
    where candidate_rank = 1

),

others as (

    select
        ranked.article_id,
        ranked.entity_id,
        string_agg(
            ranked.gazetteer_name || ' ('
            || case
                when ranked.feature_kind = 'admin1' then 'state or province, '
                when ranked.country_iso2 = 'US' then coalesce(ranked.admin1_code || ', ', '')
                else ''
            end
            || coalesce(ranked.country_iso2, '?') || ')',
            ', ' order by ranked.candidate_rank
        ) as other_candidates
    from ranked
    where ranked.candidate_rank between 2 and 6
    group by ranked.article_id, ranked.entity_id

),

final as (

    select
        place_mentions.article_id,
        place_mentions.entity_id,
        entities.canonical_name as place_name,
        place_mentions.mention_count,
        place_mentions.first_mention_text,
        place_mentions.first_start_char,
        place_mentions.first_end_char,
        chosen.gazetteer_id,
        gazetteer_places.geoname_id,
        gazetteer_places.name as resolved_name,
        gazetteer_places.feature_kind,
        case
            when chosen.gazetteer_id is null or gazetteer_places.country_iso2 is null then null
            when gazetteer_places.feature_kind in ('country', 'region') then 1
            when gazetteer_places.feature_kind = 'admin1' and gazetteer_places.country_iso2 = 'US'
                then 2
            when gazetteer_places.country_iso2 = 'US' then 3
            when gazetteer_places.feature_kind = 'admin1' then 5
            else 4
        end as geo_type,
        concat_ws(
            ', ',
            gazetteer_places.name,
            case
                when gazetteer_places.feature_kind = 'city'
                    and gazetteer_places.country_iso2 = 'US'
                    then gazetteer_places.admin1_code
            end,
            case
                when gazetteer_places.feature_kind != 'country' then gazetteer_places.country
            end
        ) as full_name,
        gazetteer_places.country,
        gazetteer_places.country_iso2,
        gazetteer_places.country_iso3,
        gazetteer_places.admin1_code,
        gazetteer_places.latitude,
        gazetteer_places.longitude,
        gazetteer_places.population,
        coalesce(chosen.geocode_rule, 'no_candidate') as geocode_rule,
        coalesce(chosen.candidate_count, 0) as candidate_count,
        others.other_candidates
    from place_mentions
    inner join entities on place_mentions.entity_id = entities.entity_id
    left join chosen
        on place_mentions.article_id = chosen.article_id
        and place_mentions.entity_id = chosen.entity_id
    left join gazetteer_places on chosen.gazetteer_id = gazetteer_places.gazetteer_id
    left join others
        on place_mentions.article_id = others.article_id
        and place_mentions.entity_id = others.entity_id

)

select * from final
