-- actor_timeline: each actor's events in date order, as actor or as recipient.
create or replace view actor_timeline as
with roles as (
    select event_id, actor_code as actor_code, actor_name as actor_name, 'actor' as role
    from events
    where actor_code is not null
    union all
    select event_id, recipient_code, recipient_name, 'recipient'
    from events
    where recipient_code is not null
)

select
    roles.actor_code,
    roles.actor_name,
    roles.role,
    date_label(events.date_start, events.date_end, events.date_precision) as date_label,
    events.date_start,
    events.date_end,
    events.date_precision,
    events.event_type,
    events.event_mode,
    events.modality,
    events.place_name,
    events.title,
    events.n_mentions,
    events.event_id
from roles
inner join events on roles.event_id = events.event_id
order by roles.actor_code, events.date_start, events.event_id;

comment on view actor_timeline is 'Events per actor in date order; role says whether the actor acted or was acted upon.';
comment on column actor_timeline.actor_code is 'The actor''s code (actor or recipient of the event).';
comment on column actor_timeline.actor_name is 'The actor''s canonical name.';
comment on column actor_timeline.role is 'actor when the actor acted, recipient when it was acted upon.';
comment on column actor_timeline.date_label is 'The event date at its own precision (2022-02 for a month).';
