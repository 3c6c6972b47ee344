-- Publication dates of the staged articles that are not stored yet (runs before the insert).
select
    min(staged_articles.published) as first_published,
    max(staged_articles.published) as last_published,
    count(*) as n_new
from staged_articles
anti join articles on staged_articles.article_id = articles.article_id
