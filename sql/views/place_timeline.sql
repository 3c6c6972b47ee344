-- place_timeline: events with a resolved place, by place and date.
create or replace view place_timeline as
select
    events.place_name,
    events.place_region_code,
    events.place_country,
    events.place_precision,
    events.place_latitude,
    events.place_longitude,
    date_label(events.date_start, events.date_end, events.date_precision) as date_label,
    events.date_start,
    events.date_end,
    events.date_precision,
    events.event_type,
    events.event_mode,
    events.modality,
    events.actor_name,
    events.title,
    events.n_mentions,
    events.event_id
from events
where events.place_name is not null
order by events.place_region_code, events.place_name, events.date_start, events.event_id;

comment on view place_timeline is 'Events with a resolved place, ordered by region, place and date.';
comment on column place_timeline.date_label is 'The event date at its own precision (2022-02 for a month).';
