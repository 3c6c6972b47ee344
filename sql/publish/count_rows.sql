-- Row counts of the published tables, for the run's metadata.
select 'articles' as relation, count(*) as n_rows from articles
union all
select 'rejected_articles', count(*) from rejected_articles
union all
select 'event_mentions', count(*) from event_mentions
union all
select 'events', count(*) from events
