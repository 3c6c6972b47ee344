-- Store one day's freshly extracted mentions.
insert into event_mentions by name
select * from staged_mentions
