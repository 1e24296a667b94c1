{#- Cross-article deduplication. Candidates with the same participant set, status and mode are one
    meeting when their dates are within two days of each other (gaps-and-islands over dated reports).
    An undated report joins the cluster dated closest before its article's publication date (at most
    14 days), or the only cluster of its key when its article has no date; otherwise it stays its own
    undated meeting. -#}
with

candidates as (

    select * from {{ ref('int_meeting_candidates_keyed') }}

),

dated as (

    select
        *,
        meeting_date - lag(meeting_date) over (
            partition by participant_set, status, mode order by meeting_date
        ) as gap_days
    from candidates
    where meeting_date is not null

),

dated_islands as (

    select
        *,
        sum(case when gap_days is null or gap_days > 2 then 1 else 0 end) over (
            partition by participant_set, status, mode
            order by meeting_date
            rows between unbounded preceding and current row
        ) as island
    from dated

),

clusters as (

    select
        participant_set,
        status,
        mode,
        island,
        min(meeting_date) as first_date,
        max(meeting_date) as last_date
    from dated_islands
    group by all

),

cluster_counts as (

    select participant_set, status, mode, count(*) as cluster_count
    from clusters
    group by all

),

undated as (

    select * from candidates where meeting_date is null

),

undated_assigned as (

    select
        undated.article_id,
        undated.candidate_index,
        clusters.island
    from undated
    inner join clusters
        on undated.participant_set = clusters.participant_set
        and undated.status = clusters.status
        and undated.mode = clusters.mode
    inner join cluster_counts
        on undated.participant_set = cluster_counts.participant_set
        and undated.status = cluster_counts.status
        and undated.mode = cluster_counts.mode
    where (
        undated.published_date is not null
        and clusters.first_date between undated.published_date - 14 and undated.published_date
    ) or (undated.published_date is null and cluster_counts.cluster_count = 1)
    qualify row_number() over (
        partition by undated.article_id, undated.candidate_index
        order by abs(coalesce(undated.published_date - clusters.last_date, 0)), clusters.island
    ) = 1

),

assigned as (

    select
        dated_islands.article_id,
        dated_islands.candidate_index,
        dated_islands.participant_set,
        dated_islands.status,
        dated_islands.mode,
        cast(dated_islands.island as varchar) as cluster_label
    from dated_islands

    union all

    select
        undated.article_id,
        undated.candidate_index,
        undated.participant_set,
        undated.status,
        undated.mode,
        coalesce(cast(undated_assigned.island as varchar), 'undated') as cluster_label
    from undated
    left join undated_assigned
        on undated.article_id = undated_assigned.article_id
        and undated.candidate_index = undated_assigned.candidate_index

),

final as (

    select
        candidates.*,
        {{ stable_id('mtg', ['assigned.participant_set', 'assigned.status', 'assigned.mode',
                             'coalesce(cast(clusters.first_date as varchar), assigned.cluster_label)']) }}
            as meeting_id
    from candidates
    inner join assigned
        on candidates.article_id = assigned.article_id
        and candidates.candidate_index = assigned.candidate_index
    left join clusters
        on assigned.participant_set = clusters.participant_set
        and assigned.status = clusters.status
        and assigned.mode = clusters.mode
        and assigned.cluster_label = cast(clusters.island as varchar)

)

select * from final
