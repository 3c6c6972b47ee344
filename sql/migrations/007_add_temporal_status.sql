-- Whether an event lies in the report's past, present or future (PLOVER/POLECAT's distinction).
alter table event_mentions add column if not exists temporal_status varchar;
alter table events add column if not exists temporal_status varchar;

comment on column event_mentions.temporal_status is 'historical (the event ended more than 7 days before the report), current, or future (it starts after the report).';
comment on column events.temporal_status is 'historical, current or future relative to the event''s first report (historical: ended more than 7 days before it).';
