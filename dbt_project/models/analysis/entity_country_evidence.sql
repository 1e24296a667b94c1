{#- Why the warehouse thinks a person or an organisation belongs to a country: one row per
    mention whose own words name the country, with the evidence span. Three rules, all read from
    the text around the mention (the country names are those of int_country_names):
    - before_name: a country, its capital or its demonym heads the role words before the name
      ("Turkish Chief of General Staff Hulusi Akar", "Turkey's Foreign Minister Mevlut
      Cavusoglu", "his Iranian counterpart Mohammad Bagheri", "US Defense Secretary Jim
      Mattis"). Between the country and the name only capitalised words, role words
      (seeds/reference/role_words.csv) and "of" / "for" (and "the" after them) may stand, at most
      seven, inside one clause (no line break, comma or quote mark between, no word ending a
      sentence, no capitalised joining word as in headlines). The country nearest the name wins;
      an acronym organisation after a country ("Turkey's NATO allies") is not the country's.
    - appositive: a person's name is followed by ", [the] <country> <role word> ..." ("Mohammad
      Javad Zarif, Iran's foreign minister", "Hulusi Akar, the Turkish army chief") or by
      ", [the] <role words> of [the] <country>" ("Recep Tayyip Erdogan, president of Turkey").
    - org_name: an organisation's own name contains exactly one country ("Turkish Armed Forces",
      "Bank of Japan").
    evidence_start_char / evidence_end_char are offsets into marts.articles.body_text, like every
    other span. -#}
{#- The last words of the country names, read when the model runs, for a cheap first filter: a
    name whose preceding words hold none of them cannot have a country before it. -#}
{%- set country_names_relation = ref('int_country_names') -%}
{%- set last_words = [] -%}
{%- if execute -%}
    {%- set rows = run_query('select distinct last_word from ' ~ country_names_relation ~ ' order by 1') -%}
    {%- for row in rows.rows -%}
        {%- do last_words.append(row[0] | replace('\\', '') | replace('.', '\\.') | replace('-', '\\-') | replace("'", "''")) -%}
    {%- endfor -%}
{%- endif -%}
{%- set last_word_pattern = "(^|[^a-z])(" ~ (last_words | join('|') if last_words else 'x^') ~ ")([''’]s)?( |$)" -%}

with

mentions as (

    select * from {{ ref('mentions') }}

),

articles as (

    select * from {{ ref('articles') }}

),

country_names as (

    select * from {{ ref('int_country_names') }}

),

role_words as (

    select * from {{ ref('stg_reference__role_words') }}

),

allowed_words as (

    select word from role_words
    union
    select unnest(['of', 'for', 'the']) as word

),

mention_windows as (

    -- the text around each name, cut from the (long) body once: up to 100 characters before it,
    -- the name, and 100 after
    select
        mentions.mention_id,
        mentions.entity_id,
        mentions.article_id,
        mentions.sentence_index,
        mentions.entity_type,
        mentions.mention_text,
        mentions.start_char,
        mentions.end_char,
        least(100, mentions.start_char) as left_length,
        substr(
            articles.body_text,
            greatest(1, mentions.start_char - 99),
            least(100, mentions.start_char) + mentions.end_char - mentions.start_char + 100
        ) as window_text
    from mentions
    inner join articles on mentions.article_id = articles.article_id
    where mentions.entity_type in ('PERSON', 'ORG')

),

actor_mentions as (

    select
        mention_id,
        entity_id,
        article_id,
        sentence_index,
        entity_type,
        mention_text,
        start_char,
        end_char,
        -- the words before the name, back to a line break or clause punctuation; every kind of
        -- space becomes one space, so that the words split on ' ' and join back to the same text
        -- (a greedy match from the start: a pattern anchored at the end would be tried at every
        -- position)
        regexp_replace(
            regexp_replace(substr(window_text, 1, left_length), '(?s)^.*[\n,;:!?"“”()\[\]]', ''),
            '[\s\x{00A0}]',
            ' ',
            'g'
        ) as left_text,
        -- ", the Iranian foreign minister" after a person's name, to the end of its clause (after
        -- an organisation's name a comma starts a list more often: "Maryland National Bank,
        -- American Security Bank and ...")
        case
            when entity_type = 'PERSON'
                and substr(window_text, left_length + end_char - start_char + 1, 1) = ','
                then regexp_replace(
                    regexp_extract(
                        substr(window_text, left_length + end_char - start_char + 1),
                        '^,[ ]+(?:the[ ]+)?[^\n,;:!?"“”()\[\]]*'
                    ),
                    '[\s\x{00A0}]',
                    ' ',
                    'g'
                )
            else ''
        end as right_text
    from mention_windows

),

left_candidates_only as (

    select * from actor_mentions
    where regexp_matches(lower(strip_accents(left_text)), '{{ last_word_pattern }}')

),

-- before_name ---------------------------------------------------------------------------------

left_tokens as (

    select
        mention_id,
        string_split(left_text, ' ') as tokens
    from left_candidates_only
    where left_text like '% '

),

left_positions as (

    select
        mention_id,
        len(tokens) as token_count,
        unnest(tokens) as token,
        unnest(range(1, len(tokens) + 1)) as pos
    from left_tokens

),

left_ends as (

    -- words that end a country name (a hash join on the name's last word), with each name
    -- ending so
    select
        left_positions.mention_id,
        left_positions.pos as end_pos,
        left_positions.token_count,
        country_names.name_folded,
        country_names.word_count,
        country_names.country,
        country_names.iso3
    from left_positions
    inner join country_names
        on {{ fold_country_word('left_positions.token') }} = country_names.last_word
    where left_positions.token_count - left_positions.pos <= 8
        and left_positions.pos >= country_names.word_count

),

left_blockers as (

    -- a word that may not stand in a role phrase (looked for only where a country word was
    -- found); "the" only after "of" / "for" ("Chief of the Armed Forces", never "Turkey the PKK")
    select
        positioned.mention_id,
        max(positioned.pos) as last_blocker
    from (
        select
            left_positions.*,
            lag(left_positions.token) over (
                partition by left_positions.mention_id order by left_positions.pos
            ) as previous_token
        from left_positions
        where left_positions.mention_id in (select left_ends.mention_id from left_ends)
    ) as positioned
    left join allowed_words on lower(positioned.token) = allowed_words.word
    where positioned.token != ''
        and (
            (
                not regexp_matches(positioned.token, '^[A-Z]')
                and (
                    allowed_words.word is null
                    or (lower(positioned.token) = 'the'
                        and coalesce(lower(positioned.previous_token), '') not in ('of', 'for'))
                )
            )
            -- a capitalised joining word, as in a headline ("U.S. And EC")
            or lower(positioned.token) in ({{ joining_words() }})
            -- a full stop that ends a sentence, not an abbreviation ("Tony Blair. Wasserman")
            or (
                positioned.token like '%.'
                and not regexp_matches(positioned.token, '^([A-Za-z]\.)+$')
                and not regexp_matches(positioned.token, '^({{ title_abbreviations() }})\.$')
            )
        )
    group by positioned.mention_id

),

left_candidates as (

    select
        left_ends.mention_id,
        left_ends.end_pos - left_ends.word_count + 1 as start_pos,
        left_ends.end_pos,
        left_ends.country,
        left_ends.iso3,
        array_to_string(
            list_slice(left_tokens.tokens, left_ends.end_pos - left_ends.word_count + 1,
                       left_ends.token_count),
            ' '
        ) as phrase
    from left_ends
    inner join left_tokens on left_ends.mention_id = left_tokens.mention_id
    left join left_blockers on left_ends.mention_id = left_blockers.mention_id
    where left_ends.end_pos - left_ends.word_count + 1 > coalesce(left_blockers.last_blocker, 0)
        and (
            left_ends.word_count = 1
            or {{ fold_country_words(
                'left_tokens.tokens',
                'left_ends.end_pos - left_ends.word_count + 1',
                'left_ends.end_pos'
            ) }} = left_ends.name_folded
        )

),

before_name as (

    select
        actor_mentions.mention_id,
        left_candidates.country,
        left_candidates.iso3,
        'before_name' as rule,
        actor_mentions.start_char - length(left_candidates.phrase) as evidence_start_char,
        actor_mentions.end_char as evidence_end_char,
        left_candidates.phrase || actor_mentions.mention_text as evidence_text
    from left_candidates
    inner join actor_mentions on left_candidates.mention_id = actor_mentions.mention_id
    -- an acronym (NATO, U.N.) after a country is mostly an international body the country
    -- belongs to ("Turkey's NATO allies"), not the country's own organisation
    where not (
        actor_mentions.entity_type = 'ORG'
        and regexp_matches(regexp_replace(actor_mentions.mention_text, '[.\s]', '', 'g'), '^[A-Z0-9&-]+$')
    )
    qualify row_number() over (
        partition by left_candidates.mention_id
        order by left_candidates.end_pos desc, left_candidates.start_pos
    ) = 1

),

-- appositive ----------------------------------------------------------------------------------

right_tokens as (

    select
        mention_id,
        end_char,
        length(regexp_extract(right_text, '^,[ ]+(?:the[ ]+)?')) as prefix_length,
        string_split(
            substr(right_text, length(regexp_extract(right_text, '^,[ ]+(?:the[ ]+)?')) + 1), ' '
        ) as tokens
    from actor_mentions
    where right_text != ''

),

right_ngrams as (

    -- every run of one to four words starting at one of the first eight words
    select
        right_tokens.*,
        starts.start_pos,
        lengths.word_count,
        {{ fold_country_words(
            'right_tokens.tokens', 'starts.start_pos', 'starts.start_pos + lengths.word_count - 1'
        ) }} as ngram_folded
    from right_tokens
    cross join (select unnest(range(1, 9)) as start_pos) as starts
    cross join (select unnest(range(1, 5)) as word_count) as lengths
    where len(right_tokens.tokens) >= starts.start_pos + lengths.word_count - 1

),

right_candidates as (

    select
        right_ngrams.mention_id,
        right_ngrams.end_char,
        right_ngrams.prefix_length,
        right_ngrams.tokens,
        right_ngrams.start_pos,
        right_ngrams.word_count,
        country_names.country,
        country_names.iso3
    from right_ngrams
    inner join country_names
        on right_ngrams.ngram_folded = country_names.name_folded
        and right_ngrams.word_count = country_names.word_count

),

right_words as (

    -- each word after the comma, once: is it a role word, and does it end a role phrase (a
    -- lower-case word that is no role word)?
    select
        words.mention_id,
        words.pos,
        allowed_words.word is not null as is_role_word,
        allowed_words.word is null and not regexp_matches(words.token, '^[A-Z]') as is_blocker
    from (
        select
            mention_id,
            unnest(tokens) as token,
            unnest(range(1, len(tokens) + 1)) as pos
        from right_tokens
        where mention_id in (select right_candidates.mention_id from right_candidates)
    ) as words
    left join allowed_words on lower(words.token) = allowed_words.word

),

right_first_blockers as (

    select
        mention_id,
        min(pos) as first_blocker
    from right_words
    where is_blocker
    group by mention_id

),

role_of_country as (

    -- ", president of Turkey", ", the foreign minister of Iran", ", governor of the Bank of
    -- Japan": role words, then "of [the]" and the country
    select
        right_candidates.mention_id,
        right_candidates.country,
        right_candidates.iso3,
        'appositive' as rule,
        actor_mentions.start_char as evidence_start_char,
        right_candidates.end_char + right_candidates.prefix_length + length(array_to_string(
            list_slice(
                right_candidates.tokens,
                1,
                right_candidates.start_pos + right_candidates.word_count - 1
            ),
            ' '
        )) as evidence_end_char,
        actor_mentions.mention_text || substr(
            actor_mentions.right_text, 1, evidence_end_char - actor_mentions.end_char
        ) as evidence_text
    from right_candidates
    inner join actor_mentions on right_candidates.mention_id = actor_mentions.mention_id
    inner join role_words on lower(right_candidates.tokens[1]) = role_words.word
    left join right_first_blockers
        on right_candidates.mention_id = right_first_blockers.mention_id
    where right_candidates.start_pos >= 3
        and (
            lower(right_candidates.tokens[right_candidates.start_pos - 1]) = 'of'
            or (
                lower(right_candidates.tokens[right_candidates.start_pos - 1]) = 'the'
                and lower(right_candidates.tokens[right_candidates.start_pos - 2]) = 'of'
            )
        )
        and coalesce(right_first_blockers.first_blocker, 99) > right_candidates.start_pos
        -- a role noun before "of" ("head of", not "National Bank of")
        and list_has_any(
            list_transform(
                list_slice(right_candidates.tokens, 1, right_candidates.start_pos - 1),
                token -> lower(token)
            ),
            (select list(word) from role_words where kind = 'noun')
        )
    qualify row_number() over (
        partition by right_candidates.mention_id
        order by right_candidates.start_pos, right_candidates.word_count desc
    ) = 1

),

right_runs as (

    -- the role words after a country that opens the clause, up to the first word that is none
    select
        right_candidates.mention_id,
        right_candidates.word_count,
        min(right_words.pos) filter (where right_words.is_blocker) as first_blocker,
        bool_or(right_words.pos = right_candidates.word_count + 1 and right_words.is_role_word)
            as starts_with_role
    from right_candidates
    inner join right_words
        on right_candidates.mention_id = right_words.mention_id
        and right_words.pos > right_candidates.word_count
    where right_candidates.start_pos = 1
    group by right_candidates.mention_id, right_candidates.word_count

),

appositive as (

    select
        right_candidates.mention_id,
        right_candidates.country,
        right_candidates.iso3,
        'appositive' as rule,
        actor_mentions.start_char as evidence_start_char,
        right_candidates.end_char + right_candidates.prefix_length + length(rtrim(array_to_string(
            list_slice(
                right_candidates.tokens,
                1,
                coalesce(right_runs.first_blocker, len(right_candidates.tokens) + 1) - 1
            ),
            ' '
        ))) as evidence_end_char,
        actor_mentions.mention_text || substr(
            actor_mentions.right_text, 1, evidence_end_char - actor_mentions.end_char
        ) as evidence_text
    from right_candidates
    inner join right_runs
        on right_candidates.mention_id = right_runs.mention_id
        and right_candidates.word_count = right_runs.word_count
    inner join actor_mentions on right_candidates.mention_id = actor_mentions.mention_id
    where right_candidates.start_pos = 1 and right_runs.starts_with_role
    qualify row_number() over (
        partition by right_candidates.mention_id order by right_candidates.word_count desc
    ) = 1

),

-- org_name ------------------------------------------------------------------------------------

org_tokens as (

    select
        mention_id,
        string_split(regexp_replace(mention_text, '[\s\x{00A0}]', ' ', 'g'), ' ') as tokens
    from actor_mentions
    where entity_type = 'ORG'

),

org_positions as (

    select
        mention_id,
        tokens,
        unnest(range(1, len(tokens) + 1)) as end_pos,
        unnest(tokens) as token
    from org_tokens

),

org_matches as (

    select
        org_positions.mention_id,
        org_positions.end_pos - country_names.word_count + 1 as start_pos,
        org_positions.end_pos,
        lower(org_positions.tokens[org_positions.end_pos - country_names.word_count])
            as previous_word,
        country_names.country,
        country_names.iso3
    from org_positions
    inner join country_names
        on {{ fold_country_word('org_positions.token') }} = country_names.last_word
    where org_positions.end_pos >= country_names.word_count
        and (
            country_names.word_count = 1
            or {{ fold_country_words(
                'org_positions.tokens',
                'org_positions.end_pos - country_names.word_count + 1',
                'org_positions.end_pos'
            ) }} = country_names.name_folded
        )

),

org_name as (

    select
        org_matches.mention_id,
        min(org_matches.country) as country,
        min(org_matches.iso3) as iso3,
        'org_name' as rule,
        min(actor_mentions.start_char) as evidence_start_char,
        min(actor_mentions.end_char) as evidence_end_char,
        min(actor_mentions.mention_text) as evidence_text
    from org_matches
    inner join actor_mentions on org_matches.mention_id = actor_mentions.mention_id
    -- "South American", "Latin American": another region's demonym; and a name inside a
    -- longer one ("Korean" in "North Korean") is that one
    where coalesce(org_matches.previous_word, '') not in ('south', 'north', 'latin', 'central', 'pan')
        and not exists (
            select 1
            from org_matches as longer
            where longer.mention_id = org_matches.mention_id
                and longer.start_pos <= org_matches.start_pos
                and longer.end_pos >= org_matches.end_pos
                and longer.end_pos - longer.start_pos > org_matches.end_pos - org_matches.start_pos
        )
    group by org_matches.mention_id
    having count(distinct org_matches.country) = 1

),

-- one signal per mention: the words around it before its own name --------------------------------

signals as (

    select *, 1 as rule_rank from before_name
    union all
    select *, 2 as rule_rank from appositive
    union all
    select *, 2 as rule_rank from role_of_country
    union all
    select *, 3 as rule_rank from org_name

),

final as (

    select
        actor_mentions.mention_id,
        actor_mentions.entity_id,
        actor_mentions.article_id,
        actor_mentions.sentence_index,
        actor_mentions.mention_text,
        signals.country,
        signals.iso3 as country_iso3,
        signals.rule,
        signals.evidence_start_char,
        signals.evidence_end_char,
        signals.evidence_text
    from signals
    inner join actor_mentions on signals.mention_id = actor_mentions.mention_id
    qualify row_number() over (
        partition by signals.mention_id
        order by signals.rule_rank, signals.evidence_end_char, signals.country
    ) = 1

)

select * from final
