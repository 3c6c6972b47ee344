-- Queue every event, stored or mentioned, for a full rebuild.
insert into events_to_refresh
select event_id from event_mentions
union
select event_id from events
