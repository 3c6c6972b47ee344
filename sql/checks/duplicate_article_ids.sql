-- Article ids stored more than once, among the articles stored since $since (the ingest run's
-- start; every article when null). No key enforces it (see assets/key_constraints.py): the
-- MERGE in ingest/insert_articles.sql keeps ids unique, and this proves it.
with checked as (
    select distinct article_id
    from articles
    where ingested_at >= coalesce(cast($since as timestamp), timestamp '0001-01-01')
)

select articles.article_id, count(*) as n_rows
from articles
inner join checked on articles.article_id = checked.article_id
group by articles.article_id
having count(*) > 1
