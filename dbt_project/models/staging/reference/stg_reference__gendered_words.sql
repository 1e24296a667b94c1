{#- The one gender lexicon (seeds/reference/gendered_words.csv, read by the NLP step too:
    orchestration/lib/gendered_words.py): gendered titles, kinship, royal and role nouns, and
    given names that are one gender's, one row per word and kind. -#}
with

gendered_words as (

    select * from {{ ref('gendered_words') }}

),

final as (

    select
        lower(trim(cast(word as varchar))) as word,
        nullif(lower(trim(cast(gender as varchar))), '') as gender,
        lower(trim(cast(kind as varchar))) as kind
    from gendered_words

)

select * from final
