-- Store the freshly extracted mentions.
insert into event_mentions by name
select * from staged_mentions
