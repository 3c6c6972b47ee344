-- Which articles mention "peace terms" (full-text search, best match first)?
-- Needs the fts extension: run analyst_init.sql (beside conflict.duckdb) first.
with scored as (
    select
        article_id,
        title,
        published,
        fts_main_articles.match_bm25(article_id, 'peace terms') as score
    from articles
)

select article_id, published, round(score, 3) as score, left(title, 60) as title
from scored
where score is not null
order by score desc
limit 20;
