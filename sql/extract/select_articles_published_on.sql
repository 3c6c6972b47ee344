-- The articles of one publication day (one partition of event_mentions).
select
    article_id,
    text,
    published,
    source,
    title
from articles
where published = $day
order by article_id
