-- The events the timeline page draws: what, when and at which precision, who, where, how reported.
with page_events as (
    select
        event_id,
        event_type,
        modality,
        title,
        actor_name,
        place_name,
        date_start,
        date_end,
        date_precision,
        n_mentions,
        n_sources
    from timeline
)

select * from page_events
order by date_start, date_end, event_type, event_id
