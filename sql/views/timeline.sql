-- timeline: canonical events in date order, with the date's precision and basis shown.
create or replace view timeline as
select
    event_id,
    date_start,
    date_end,
    date_precision,
    date_basis,
    date_label(date_start, date_end, date_precision) as date_label,
    event_type,
    event_mode,
    modality,
    actor_name,
    recipient_name,
    place_name,
    place_region_code,
    title,
    n_mentions,
    n_sources,
    first_reported,
    last_reported
from events
order by date_start, date_end, event_type, event_id;

comment on view timeline is 'Canonical events in date order; date_label shows the date at its own precision (2022-02 for a month).';
comment on column timeline.date_label is 'The event date at its own precision (2022-02 for a month).';
