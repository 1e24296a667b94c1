{#- Given names that are one gender's in every language news writes them in (no Jordan, Andrea,
    Jean), in the norm key's spelling: the given_name rows of the gender lexicon
    (seeds/reference/gendered_words.csv). -#}
with

gendered_words as (

    select * from {{ ref('stg_reference__gendered_words') }}

),

final as (

    select
        word as given_name,
        gender
    from gendered_words
    where kind = 'given_name'

)

select * from final
