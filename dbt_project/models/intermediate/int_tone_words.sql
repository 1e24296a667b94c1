{#- The tone words of each sentence, with exact offsets into body_text: every word of the tone
    lexicon (stg_reference__tone_lexicon) outside a named span, with its valence, reversed and
    damped (x -0.74, VADER's factor) when "not", "no", "never", "without" or a "n't" is among the
    three words before it ("did not agree"). Words inside names never count: "United" of "United
    Nations", "Good" of "Cape of Good Hope". Article and quote tone are counted from this table
    (article_tone, quote_tone; docs/tone.md). -#}
with

sentences as (

    select * from {{ ref('stg_nlp__sentences') }}

),

spans as (

    select * from {{ ref('stg_nlp__entity_spans') }}

),

lexicon as (

    select * from {{ ref('stg_reference__tone_lexicon') }}

),

split_sentences as (

    {#- each piece is a word with the non-letters before it, so the pieces tile the sentence from
        its start: the length of the first n pieces is where the n-th word ends -#}
    select
        article_id,
        sentence_index,
        start_char as sentence_start,
        sentence_text,
        regexp_extract_all(sentence_text, '[^A-Za-z]*[A-Za-z]+(?:[''’-][A-Za-z]+)*') as pieces,
        regexp_extract_all(sentence_text, '[A-Za-z]+(?:[''’-][A-Za-z]+)*') as sentence_words
    from sentences

),

words as (

    select
        article_id,
        sentence_index,
        sentence_start,
        sentence_text,
        pieces,
        unnest(sentence_words) as word_text,
        unnest(range(1, len(pieces) + 1)) as word_index
    from split_sentences

),

lexicon_hits as (

    {#- a possessive "'s" is dropped before the lookup ("peace's"); offsets are counted for the
        hits only -#}
    select
        words.article_id,
        words.sentence_index,
        words.sentence_start,
        words.sentence_text,
        words.word_text,
        lexicon.word,
        lexicon.valence as lexicon_valence,
        length(array_to_string(words.pieces[1:words.word_index], '')) as end_in_sentence
    from words
    inner join lexicon
        on case
            when regexp_matches(words.word_text, '[''’]')
                then regexp_replace(lower(words.word_text), '[''’]s$', '')
            else lower(words.word_text)
        end = lexicon.word

),

lexicon_words as (

    {#- with the 60 characters before the word, where a negation would be -#}
    select
        article_id,
        sentence_index,
        sentence_start + end_in_sentence - length(word_text) as start_char,
        sentence_start + end_in_sentence as end_char,
        word_text,
        word,
        lexicon_valence,
        lower(substring(
            sentence_text,
            greatest(1, end_in_sentence - length(word_text) - 59),
            least(60, end_in_sentence - length(word_text))
        )) as text_before
    from lexicon_hits

),

outside_names as (

    select *
    from lexicon_words
    where not exists (
        select 1
        from spans
        where spans.article_id = lexicon_words.article_id
            and lexicon_words.start_char >= spans.start_char
            and lexicon_words.start_char < spans.end_char
    )

),

negated as (

    select
        *,
        regexp_matches(
            text_before,
            '(\b(not|no|never|nor|without|cannot)|n[''’]t)\W+([a-z''’-]+\W+){0,2}$'
        ) as is_negated
    from outside_names

),

final as (

    select
        article_id,
        sentence_index,
        cast(start_char as bigint) as start_char,
        cast(end_char as bigint) as end_char,
        word_text,
        word,
        lexicon_valence,
        is_negated,
        case
            when is_negated then round(-0.74 * lexicon_valence, 3) else lexicon_valence
        end as valence
    from negated

)

select * from final
