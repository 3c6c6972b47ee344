-- How many processed articles yielded no event mention.
select
    count(*) as n_articles,
    count(*) filter (where n_mentions = 0) as n_without_events
from article_extractions
