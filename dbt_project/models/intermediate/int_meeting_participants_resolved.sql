{#- Meeting-candidate participants resolved to entities by span overlap with resolved mentions. -#}
with

participants as (

    select * from {{ ref('stg_nlp__meeting_candidate_participants') }}

),

mentions as (

    select * from {{ ref('int_mentions_resolved') }}

),

matched as (

    select
        participants.article_id,
        participants.candidate_index,
        participants.participant_index,
        mentions.entity_id
    from participants
    inner join mentions
        on participants.article_id = mentions.article_id
        and mentions.start_char < participants.end_char
        and mentions.end_char > participants.start_char
    qualify row_number() over (
        partition by participants.article_id, participants.candidate_index,
            participants.participant_index
        order by
            case mentions.type_group when 'person' then 0 when 'org' then 1 else 2 end,
            (mentions.end_char - mentions.start_char) desc
    ) = 1

),

final as (

    select
        participants.*,
        matched.entity_id
    from participants
    left join matched
        on participants.article_id = matched.article_id
        and participants.candidate_index = matched.candidate_index
        and participants.participant_index = matched.participant_index

)

select * from final
