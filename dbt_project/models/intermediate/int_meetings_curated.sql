{#- The clustered meeting reports without the reports that are no meeting
    (int_meeting_exclusions: trips, interviews) and after the
    analyst's corrections (int_meeting_corrections, the lines that apply): reports of a rejected
    meeting are dropped; reports of a meeting merged into another take that meeting's id, status,
    mode and date, so the two become one row of marts.meetings. Field corrections (date, place,
    status, mode) are applied in marts.meetings. -#}
with

clustered as (

    select * from {{ ref('int_meetings_clustered') }}

),

exclusions as (

    select * from {{ ref('int_meeting_exclusions') }}

),

reports as (

    select clustered.*
    from clustered
    left join exclusions
        on clustered.article_id = exclusions.article_id
        and clustered.candidate_index = exclusions.candidate_index
    where exclusions.article_id is null

),

corrections as (

    select meeting_id, action, value
    from {{ ref('int_meeting_corrections') }}
    where problem is null

),

rejected as (

    select meeting_id from corrections where action = 'reject'

),

merges as (

    select meeting_id, value as target_meeting_id from corrections where action = 'merge_into'

),

targets as (

    select
        meeting_id,
        any_value(status) as status,
        any_value(mode) as mode,
        any_value(meeting_cluster_date) as meeting_cluster_date,
        any_value(meeting_date_rule) as meeting_date_rule
    from reports
    group by meeting_id

),

final as (

    select
        reports.* replace (
            coalesce(merges.target_meeting_id, reports.meeting_id) as meeting_id,
            coalesce(targets.status, reports.status) as status,
            coalesce(targets.mode, reports.mode) as mode,
            case
                when merges.meeting_id is null then reports.meeting_cluster_date
                else targets.meeting_cluster_date
            end as meeting_cluster_date,
            coalesce(targets.meeting_date_rule, reports.meeting_date_rule) as meeting_date_rule
        )
    from reports
    left join merges on reports.meeting_id = merges.meeting_id
    left join targets on merges.target_meeting_id = targets.meeting_id
    where reports.meeting_id not in (select meeting_id from rejected)

)

select * from final
