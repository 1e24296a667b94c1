{#- Step 3 (block + match across articles): edges between person keys that name the same person.
    Block: same last name token (after normalization), or the same Arabic nasab ("given bin
    father": "mohammad bin abdulrahman" and "mohammad bin abdulrahman thani"), so the cost grows
    with the number of namesakes, never with all pairs. Match rules on a blocked pair (shorter name = child):
    - token_subset: every token of a name of two or more tokens appears in the longer one
      ("tayyip erdogan" in "recep tayyip erdogan");
    - spelling_variant: same number of tokens and every given-name token equal or one edit apart
      in names of six letters or more ("mevlut" / "mevlüt" are already equal after folding);
    - spelling_variant also: one name written with its parts joined or apart ("hossein
      amirabdollahian" / "hossein amir abdollahian", blocked by the joined name);
    - surname_only: a bare surname and a longer name carrying it, or the second part of its
      hyphenated surname ("abdollahian" / "Hossein Amir-Abdollahian", blocked by that part); "Al
      Sudani" and a name that writes the particle before that surname ("Mohammed Shia al-Sudani";
      "Al Gore" finds no such name); never the father's name ending a nasab ("salman" is not
      "mohammad bin salman").
    A name and that name with a generational suffix ("robert f kennedy" / "robert f kennedy jr")
    are never linked when one article writes both (father and son).
    A bare surname is never linked by surname_only when the corpus also writes that word as
    someone's given name ("Lee" in "Lee Westwood": the bare "Lee" of another article, "Charlie's
    wife, Lee", is not "Bill Lee").
    A child (token_subset or surname_only) is linked only when its candidate parents all name one
    person: after dropping parents that are themselves short forms of another candidate, exactly
    one must remain; parents that are spelling variants of each other ("Kristen Wilkins" /
    "Kristin Wilkins", linked by spelling_variant) count as one. Names come from the mention that made the key (own name or a reference alias),
    not from short forms already tied to it, and a reference key is never a child: the seed has
    already said which short forms it owns. So a bare "Smith" next to "John Smith" and "Jane Smith" stays alone, and
    "George Bush" never bridges two different George Bushes. -#}
with

mentions as (

    select * from {{ ref('int_entity_mentions_keyed') }}

),

honorifics as (

    select distinct lower(rtrim(trim(title), '.')) as title_key
    from {{ ref('name_titles') }}
    where kind = 'honorific'

),

person_names as (

    select distinct
        mention_key,
        norm_key,
        last_token,
        token_count,
        string_split(norm_key, ' ') as name_tokens,
        {#- the surname's consonants, doubled letters once ("raisi" / "raeisi" → rs, "haftar" /
            "hifter" → hftr): a blocking key with the given name for transliterated surnames -#}
        {{ collapse_doubles("regexp_replace(last_token, '[aeiou]', '', 'g')") }}
            as surname_skeleton,
        key_rule = 'reference_alias' as is_reference,
        {#- an Arabic name's nasab, "given bin father" ("mohammad bin abdulrahman" in "mohammad bin
            abdulrahman thani"): a second blocking key, so the name without its family name finds
            the full name -#}
        nullif(regexp_extract(norm_key, '^(\S+ (?:bin|ibn|bint) \S+)(?: |$)', 1), '') as nasab_key,
        hyphen_tail,
        ends_with_particle,
        is_particle_surname,
        ends_with_nasab
    from mentions
    where type_group = 'person' and key_rule in ('own_name', 'reference_alias')

),

corpus_given_names as (

    {#- words the corpus writes as the given name of someone ("Lee" in "Lee Westwood"): a bare
        "Lee" may be that given name ("Charlie's wife, Lee"), so it is never tied to "Bill Lee"
        of another article by its surname alone -#}
    {#- ... unless the corpus writes it as the surname of full names in more articles: "Trump" or
        "Obama" opening a name the model ran on ("Trump Tower", "Obama agenda" read as persons)
        is no given name (entities round 9) -#}
    select given.name_token
    from (
        select string_split(norm_key, ' ')[1] as name_token, count(distinct article_id) as articles
        from mentions
        where type_group = 'person' and token_count >= 2
        group by 1
    ) as given
    left join (
        select last_token, count(distinct article_id) as articles
        from mentions
        where type_group = 'person' and token_count >= 2
        group by 1
    ) as surname
        on given.name_token = surname.last_token
    where given.articles >= coalesce(surname.articles, 0)

),

block_keys as (

    select mention_key, last_token as block_key from person_names
    union
    {# a surname written with a doubled letter or without it ("sissi" / "sisi") #}
    select mention_key, 'single:' || {{ collapse_doubles('last_token') }} as block_key
    from person_names
    union
    select mention_key, 'given:' || name_tokens[1] || ':' || surname_skeleton as block_key
    from person_names
    where token_count >= 2
    union
    select mention_key, 'nasab:' || nasab_key as block_key
    from person_names
    where nasab_key is not null
    union
    {# the second part of a hyphenated surname ("amir-abdollahian" → "abdollahian") #}
    select mention_key, hyphen_tail as block_key
    from person_names
    where hyphen_tail is not null
    union
    {# a name written with its parts joined or apart ("amirabdollahian" / "amir abdollahian") #}
    select mention_key, 'joined:' || replace(norm_key, ' ', '') as block_key
    from person_names
    where token_count >= 2

),

generation_contrasts as (

    {#- a name and that name with a generational suffix that one article writes side by side are
        father and son ("Robert F. Kennedy" / "Robert F. Kennedy Jr."): never linked, anywhere;
        elsewhere "Martin Luther King" still finds "Martin Luther King Jr." -#}
    select distinct
        plain.mention_key as child_key,
        suffixed.mention_key as parent_key
    from (
        select article_id, mention_key, regexp_replace(norm_key, ' (jr|sr)$', '') as bare_key
        from mentions
        where type_group = 'person' and regexp_matches(norm_key, '\S \S+ (jr|sr)$')
    ) as suffixed
    inner join mentions as plain
        on suffixed.article_id = plain.article_id
        and suffixed.bare_key = plain.norm_key
        and plain.type_group = 'person'

),

blocked_pairs as (

    select distinct
        shorter.mention_key as child_key,
        longer.mention_key as parent_key,
        shorter.norm_key as child_name,
        longer.norm_key as parent_name,
        shorter.name_tokens as child_tokens,
        longer.name_tokens as parent_tokens,
        shorter.token_count as child_token_count,
        longer.token_count as parent_token_count,
        shorter.surname_skeleton as child_surname_skeleton,
        longer.surname_skeleton as parent_surname_skeleton,
        shorter.is_particle_surname as child_is_particle_surname,
        longer.ends_with_particle as parent_ends_with_particle,
        longer.ends_with_nasab as parent_ends_with_nasab
    from block_keys as shorter_block
    inner join block_keys as longer_block
        on shorter_block.block_key = longer_block.block_key
        and shorter_block.mention_key <> longer_block.mention_key
    inner join person_names as shorter
        on shorter_block.mention_key = shorter.mention_key
    inner join person_names as longer
        on longer_block.mention_key = longer.mention_key
        and shorter.mention_key <> longer.mention_key
        and shorter.token_count <= longer.token_count
        and (not shorter.is_reference or shorter.token_count = longer.token_count)

),

matched as (

    select
        *,
        case
            when exists (
                select 1
                from generation_contrasts
                where generation_contrasts.child_key = blocked_pairs.child_key
                    and generation_contrasts.parent_key = blocked_pairs.parent_key
            ) then null
            {# a nasab alone ("bin zayed") names any son of that father: never linked across
                articles #}
            when regexp_matches(child_name, '^(bin|ibn|bint) ') then null
            {# the father's name that ends an Arabic nasab is no surname: a bare "Salman" is
                not "Mohammed bin Salman" #}
            when child_token_count = 1 and parent_token_count >= 2 and parent_ends_with_nasab
                then null
            {# a bare word the corpus also writes as a given name is no surname to link #}
            when child_token_count = 1 and parent_token_count >= 2
                and child_name in (select name_token from corpus_given_names)
                then null
            when child_token_count = 1 and parent_token_count >= 2 then 'surname_only'
            {# "Al Sudani": the surname after a capital particle, for a name that writes the
                particle before that surname ("Mohammed Shia al-Sudani"; not "Al Gore") #}
            when child_token_count = 2 and child_is_particle_surname
                and parent_ends_with_particle and parent_token_count >= 2
                and child_tokens[2] = parent_tokens[-1]
                then 'surname_only'
            {# one name written with its parts joined or apart ("hossein amirabdollahian" /
                "hossein amir abdollahian") #}
            when child_token_count >= 2
                and replace(child_name, ' ', '') = replace(parent_name, ' ', '')
                then 'spelling_variant'
            {#- never the father's or grandfather's name written after bin / ibn / bint in the
                longer name ("mohammad bin rashid al maktoum" in "hamdan bin mohammad bin rashid
                al maktoum") -#}
            when child_token_count >= 2
                and list_bool_or(list_transform(
                    ['bin', 'ibn', 'bint'],
                    link -> contains(
                        ' ' || parent_name || ' ', ' ' || link || ' ' || child_name || ' '
                    )
                ))
                then null
            when child_token_count >= 2 and list_has_all(parent_tokens, child_tokens)
                {#- a name that writes an initial keeps all of them ("george w bush" is not a
                    short form of "george h w bush") -#}
                and (
                    not list_bool_or(list_transform(child_tokens, t -> length(t) = 1))
                    or list_filter(child_tokens, t -> length(t) = 1)
                    = list_filter(parent_tokens, t -> length(t) = 1)
                )
                then 'token_subset'
            when child_token_count >= 2
                and child_token_count = parent_token_count
                and list_bool_and(
                    list_transform(
                        list_zip(child_tokens, parent_tokens),
                        pair -> pair[1] = pair[2]
                        or {{ collapse_doubles('pair[1]') }} = {{ collapse_doubles('pair[2]') }}
                        or (
                            least(length(pair[1]), length(pair[2])) >= 6
                            and levenshtein(pair[1], pair[2]) <= 1
                        )
                    )
                )
                then 'spelling_variant'
            {#- the same given names and a surname transliterated another way: same first letter
                and consonants, two edits at most ("ebrahim raisi" / "ebrahim raeisi", "khalifa
                haftar" / "khalifa hifter"; not "ali hassan" / "ali hossein", three edits) -#}
            when child_token_count >= 2
                and child_token_count = parent_token_count
                and child_tokens[1:-2] = parent_tokens[1:-2]
                and left(child_tokens[-1], 1) = left(parent_tokens[-1], 1)
                and child_surname_skeleton = parent_surname_skeleton
                and levenshtein(child_tokens[-1], parent_tokens[-1]) <= 2
                then 'spelling_variant'
        end as match_rule
    from blocked_pairs

),

child_edges as (

    select distinct child_key, parent_key, match_rule
    from matched
    where match_rule in ('surname_only', 'token_subset')

),

dominated_parents as (

    {#- a parent that is itself a short form of another parent of the same child -#}
    select distinct
        edges.child_key,
        edges.parent_key
    from child_edges as edges
    inner join child_edges as parent_edges
        on edges.parent_key = parent_edges.child_key
    inner join child_edges as sibling_edges
        on edges.child_key = sibling_edges.child_key
        and parent_edges.parent_key = sibling_edges.parent_key

),

variant_parents as (

    {#- a parent that is a spelling variant of another parent of the same child (the
        alphabetically first one stands for both) -#}
    select distinct
        edges.child_key,
        edges.parent_key
    from child_edges as edges
    inner join child_edges as sibling_edges
        on edges.child_key = sibling_edges.child_key
        and sibling_edges.parent_key < edges.parent_key
    inner join matched as variants
        on variants.match_rule = 'spelling_variant'
        and (
            (variants.child_key = edges.parent_key and variants.parent_key = sibling_edges.parent_key)
            or (
                variants.child_key = sibling_edges.parent_key
                and variants.parent_key = edges.parent_key
            )
        )

),

suffixed_parents as (

    {#- a parent with a generational suffix when the child has a parent without one: a name
        written without "Jr." is the father's by convention ("Donald Trump" is "Donald J. Trump",
        not "Donald Trump Jr."; entities round 9); alone, the suffixed name is still the one
        parent ("Martin Luther King" finds "Martin Luther King Jr.") -#}
    select distinct
        edges.child_key,
        edges.parent_key
    from child_edges as edges
    inner join child_edges as sibling_edges
        on edges.child_key = sibling_edges.child_key
        and not regexp_matches(sibling_edges.parent_key, ' (jr|sr)$')
    where regexp_matches(edges.parent_key, ' (jr|sr)$')
        and not regexp_matches(edges.child_key, ' (jr|sr)$')

),

skipped_parents as (

    select child_key, parent_key from dominated_parents
    union
    select child_key, parent_key from variant_parents
    union
    select child_key, parent_key from suffixed_parents

),

maximal_parent_counts as (

    select
        child_edges.child_key,
        count(distinct child_edges.parent_key) as maximal_parent_count
    from child_edges
    left join skipped_parents
        on child_edges.child_key = skipped_parents.child_key
        and child_edges.parent_key = skipped_parents.parent_key
    where skipped_parents.parent_key is null
    group by all

),

given_name_genders as (

    select * from {{ ref('stg_reference__given_names') }}

),

relatives as (

    {#- a bare surname after a kinship noun that rules out the person of its article with that
        surname ("her husband, President Trump," in an article naming only Melania Trump): the
        mention stays unresolved in its article (int_entity_mentions_keyed) -#}
    select distinct
        article_id,
        mention_key as child_key,
        norm_key as surname,
        gender_cue
    from mentions
    where type_group = 'person'
        and token_count = 1
        and is_after_kin_noun
        and gender_cue is not null
        and key_rule = 'ambiguous_short_form_in_article'

),

relative_candidates as (

    {#- ... and is the one full name of the corpus with that surname, named in another article,
        that is not of the other sex, when its given name is of the kinship noun's sex
        (seeds/reference/gendered_words.csv): "Donald Trump"; a name of unknown sex is a
        candidate too, and never the one taken -#}
    select
        relatives.child_key,
        person_names.mention_key as parent_key,
        given_name_genders.gender is not null as is_known_sex
    from relatives
    inner join person_names
        on relatives.surname = person_names.last_token
    left join given_name_genders
        on person_names.name_tokens[1] = given_name_genders.given_name
    left join mentions as same_article
        on relatives.article_id = same_article.article_id
        and person_names.mention_key = same_article.mention_key
    where person_names.token_count >= 2
        and not person_names.ends_with_nasab
        and coalesce(given_name_genders.gender = relatives.gender_cue, true)
        and same_article.mention_key is null

),

relative_edges as (

    select
        child_key,
        any_value(parent_key) as parent_key,
        'relative_surname' as match_rule
    from relative_candidates
    group by child_key
    having count(distinct parent_key) = 1 and bool_and(is_known_sex)

),

short_form_owners as (

    {#- a full name that shortens several longer ones counts for the one named in most articles
        ("Donald Trump" for "Donald J. Trump", not for a "Billionaire Donald Trump" read once) -#}
    select
        edges.child_key as short_key,
        arg_max(edges.parent_key, named.article_count) as long_key
    from child_edges as edges
    inner join (
        select mention_key, count(distinct article_id) as article_count
        from mentions
        where type_group = 'person'
        group by mention_key
    ) as named
        on edges.parent_key = named.mention_key
    group by edges.child_key

),

salience_candidates as (

    {#- a bare surname, or a short full name, of several full names of the corpus (surname_only
        or token_subset with more than one parent left: "Donald Trump" next to "Donald J. Trump"
        and a "Billionaire Donald Trump" the model read at a sentence start): the parents not ruled out by the sex of the bare surname's titles ("Mr.
        Obama" is not Michelle Obama; pronouns are not used), each weighed by the articles that
        name it in full, counting the shorter full names that are its own short forms ("Donald
        Trump" for "Donald J. Trump") -#}
    select
        edges.child_key,
        edges.parent_key,
        count(distinct named.article_id) as article_count
    from child_edges as edges
    inner join maximal_parent_counts as counts
        on edges.child_key = counts.child_key
        and counts.maximal_parent_count > 1
    left join skipped_parents as skipped
        on edges.child_key = skipped.child_key
        and edges.parent_key = skipped.parent_key
    inner join person_names as parent_names
        on edges.parent_key = parent_names.mention_key
    left join given_name_genders as parent_sex
        on parent_names.name_tokens[1] = parent_sex.given_name
    left join (
        select
            mention_key,
            case
                when bool_or(gender_cue = 'm') and not bool_or(gender_cue = 'f') then 'm'
                when bool_or(gender_cue = 'f') and not bool_or(gender_cue = 'm') then 'f'
            end as gender
        from mentions
        where type_group = 'person' and token_count = 1
        group by mention_key
    ) as child_sex
        on edges.child_key = child_sex.mention_key
    left join (
        select dominated.child_key, dominated.parent_key as short_key, owners.long_key
        from dominated_parents as dominated
        inner join short_form_owners as owners
            on dominated.parent_key = owners.short_key
    ) as own_short_forms
        on edges.child_key = own_short_forms.child_key
        and edges.parent_key = own_short_forms.long_key
    -- one row per key to count, so that the join on mentions is one equality (an `in` on the
    -- two keys was a nested-loop join: 0.7 s at 19k articles)
    cross join unnest([edges.parent_key, own_short_forms.short_key]) as counted(named_key)
    inner join mentions as named
        on counted.named_key = named.mention_key
    where edges.match_rule in ('surname_only', 'token_subset')
        and skipped.parent_key is null
        and not coalesce(parent_sex.gender <> child_sex.gender, false)
    group by all

),

salience_edges as (

    {#- ... is the one of them the corpus names in full in five articles or more and in ten times
        as many articles as all the others together: in news of one period a bare "Mr. Obama" or
        "Mrs. Clinton" is the bearer every reader knows, not a relative named in one article
        (entities round 9). Two well-known bearers ("Bush": Jeb and George W.) link nothing -#}
    select
        child_key,
        arg_max(parent_key, article_count) as parent_key,
        'surname_salience' as match_rule
    from salience_candidates
    group by child_key
    having max(article_count) >= 5
        and max(article_count) >= 10 * (sum(article_count) - max(article_count))

),

person_titles as (

    {#- the titles written before each person key's mentions (honorifics left out: "Mr." says
        nothing about which Reagan), with the articles that write each -#}
    select
        mentions.mention_key,
        lower(rtrim(trim(mentions.title), '.')) as title_key,
        count(*) as mention_count,
        count(distinct mentions.article_id) as article_count
    from mentions
    left join honorifics on lower(rtrim(trim(mentions.title), '.')) = honorifics.title_key
    where mentions.type_group = 'person'
        and mentions.title is not null
        and honorifics.title_key is null
    group by all

),

surname_titles as (

    {#- the title a bare surname is written with, when one title is most of its titles
        ("President Reagan" 343 times, nothing else) -#}
    select
        mention_key as child_key,
        arg_max(title_key, mention_count) as title_key
    from person_titles
    where mention_key in (select child_key from salience_candidates)
    group by mention_key
    having max(mention_count) >= 3 and max(mention_count) * 2 > sum(mention_count)

),

title_salience_edges as (

    {#- ... failing that, the one of them the corpus titles as the bare surname is titled: in
        five articles or more, in more articles than all the others together and in five times
        as many as any other. "President Reagan" is the "President Ronald Reagan" of 21
        articles, not a Michael Reagan or a misread "bill Reagan" written after "President" in
        one or two (Reuters 1987 names him in full in 23 articles, too few against the
        relatives and misread names for the rule above). A candidate never written with that
        title counts for nothing; two bearers of the title ("President Bush", father and son)
        link nothing -#}
    select
        candidates.child_key,
        arg_max(candidates.parent_key, titled.article_count) as parent_key,
        'surname_title_salience' as match_rule
    from salience_candidates as candidates
    inner join surname_titles on candidates.child_key = surname_titles.child_key
    inner join person_titles as titled
        on candidates.parent_key = titled.mention_key
        and surname_titles.title_key = titled.title_key
    left join salience_edges on candidates.child_key = salience_edges.child_key
    where salience_edges.child_key is null
    group by candidates.child_key
    having max(titled.article_count) >= 5
        and max(titled.article_count) * 2 > sum(titled.article_count)
        and max(titled.article_count) >= 5 * coalesce(
            list_sort(list(titled.article_count), 'DESC')[2], 0
        )

),

final as (

    select child_key, parent_key, match_rule from relative_edges
    union
    select child_key, parent_key, match_rule from salience_edges
    union
    select child_key, parent_key, match_rule from title_salience_edges
    union
    select distinct
        matched.child_key,
        matched.parent_key,
        matched.match_rule
    from matched
    left join maximal_parent_counts
        on matched.child_key = maximal_parent_counts.child_key
    left join suffixed_parents
        on matched.child_key = suffixed_parents.child_key
        and matched.parent_key = suffixed_parents.parent_key
    where matched.match_rule = 'spelling_variant'
        or (
            matched.match_rule in ('surname_only', 'token_subset')
            and maximal_parent_counts.maximal_parent_count = 1
            and suffixed_parents.parent_key is null
        )

)

select * from final
