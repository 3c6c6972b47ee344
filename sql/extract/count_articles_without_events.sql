-- Articles the extractor processed that yielded no event mention.
select count(*) as n_articles
from article_extractions
where n_mentions = 0
