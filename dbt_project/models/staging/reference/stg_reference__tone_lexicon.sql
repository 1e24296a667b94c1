{#- The words tone is counted with: VADER's lexicon (the raw.tone_lexicon asset) corrected for
    the news register by seeds/reference/tone_word_overrides.csv. An override row with a valence
    replaces VADER's (or adds a word VADER lacks: "bombing", "ceasefire"); one with no valence
    takes the word out (a financial term such as "shares" or "interest", a title word such as
    "Supreme", "no", which is read as a negation instead). -#}
with

vader as (

    select * from {{ source('tone', 'tone_lexicon') }}

),

overrides as (

    select
        lower(trim(word)) as word,
        cast(valence as double) as valence,
        reason
    from {{ ref('tone_word_overrides') }}

),

merged as (

    select
        coalesce(overrides.word, vader.word) as word,
        case when overrides.word is not null then overrides.valence else vader.valence end
            as valence,
        vader.valence as vader_valence,
        case
            when overrides.word is null then 'vader'
            when vader.word is null then 'added'
            else 'overridden'
        end as origin,
        overrides.reason
    from vader
    full outer join overrides on vader.word = overrides.word

)

select * from merged
where valence is not null and valence <> 0
