-- Drop the events whose mentions changed; insert_events.sql rebuilds those that still have any.
delete from events
where event_id in (select event_id from events_to_refresh)
