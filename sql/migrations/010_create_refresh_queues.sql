-- Work queues that keep a day's cost independent of history: loading a day marks the events
-- and the timeline months it touched, and the later steps redo only those. No keys: a repeated
-- entry is harmless (readers take distinct values) and DuckLake tables have none.
create table if not exists events_to_refresh (
    event_id varchar not null
);

create table if not exists timeline_months_to_write (
    year integer not null,
    month integer not null
);

comment on table events_to_refresh is 'Work queue of the events step: canonical events whose mentions were added, replaced or removed since events was last refreshed. Empty after every successful run.';
comment on column events_to_refresh.event_id is 'An events.event_id (or the id of an event that lost all its mentions and will be dropped).';
comment on table timeline_months_to_write is 'Work queue of the Parquet timelines: the (year, month) partitions whose events or mentions changed since the timelines were last written. Empty after every successful run.';
comment on column timeline_months_to_write.year is 'Year of the partition (timelines/*/year=YYYY).';
comment on column timeline_months_to_write.month is 'Month of the partition (timelines/*/year=YYYY/month=MM).';

-- A warehouse from before these queues refreshes every event once.
insert into events_to_refresh
select distinct event_id from event_mentions;
