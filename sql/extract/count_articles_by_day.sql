-- How many articles each of the given publication days holds (to tell a stale shard).
select
    published,
    count(*) as n_articles
from articles
where published in (select unnest($days))
group by published
