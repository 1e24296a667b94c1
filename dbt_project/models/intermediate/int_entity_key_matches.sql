{#- Step 3 (block + match across articles): pairs of person keys that name the same person.
    Blocking: same last name token, so the cost grows with the number of namesakes, not all pairs.
    Match: every token of the shorter name appears in the longer one in order ("tayyip erdogan" in
    "recep tayyip erdogan"), or the names are near-identical spellings (Jaro-Winkler >= 0.95 with the
    same last token). A bare surname links to a full name only when exactly one full name in the whole
    corpus carries it, so two people who share a surname are never merged through it. -#}
with

mentions as (

    select * from {{ ref('int_entity_mentions_keyed') }}

),

person_keys as (

    select
        mention_key,
        any_value(norm_key) as norm_key,
        any_value(last_token) as last_token,
        max(token_count) as token_count,
        count(*) as mention_count
    from mentions
    where key_rule <> 'reference_alias' and type_group = 'person'
    group by mention_key

),

blocked_pairs as (

    select
        shorter.mention_key as child_key,
        longer.mention_key as parent_key,
        shorter.norm_key as child_name,
        longer.norm_key as parent_name,
        shorter.token_count as child_tokens,
        longer.token_count as parent_tokens,
        longer.mention_count as parent_mentions
    from person_keys as shorter
    inner join person_keys as longer
        on shorter.last_token = longer.last_token
        and shorter.mention_key <> longer.mention_key
        and (
            shorter.token_count < longer.token_count
            or (shorter.token_count = longer.token_count and shorter.mention_key > longer.mention_key)
        )

),

matched as (

    select
        *,
        case
            when child_tokens >= 2
                and list_has_all(string_split(parent_name, ' '), string_split(child_name, ' '))
                then 'token_subset'
            when child_tokens = parent_tokens
                and jaro_winkler_similarity(child_name, parent_name) >= 0.95
                then 'spelling_variant'
            when child_tokens = 1 then 'surname_only'
        end as match_rule
    from blocked_pairs

),

surname_parent_counts as (

    select child_key, count(distinct parent_key) as parent_count
    from matched
    where match_rule = 'surname_only'
    group by child_key

),

final as (

    select
        matched.child_key,
        matched.parent_key,
        matched.match_rule,
        matched.parent_tokens,
        matched.parent_mentions
    from matched
    left join surname_parent_counts on matched.child_key = surname_parent_counts.child_key
    where matched.match_rule in ('token_subset', 'spelling_variant')
        or (matched.match_rule = 'surname_only' and surname_parent_counts.parent_count = 1)

)

select * from final
