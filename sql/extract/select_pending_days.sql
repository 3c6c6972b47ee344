-- Publication days with articles the current extractor version has not processed, and how many.
select
    articles.published,
    count(*) as n_pending
from articles
left join article_extractions
    on articles.article_id = article_extractions.article_id
    and article_extractions.extractor_version = $extractor_version
where article_extractions.article_id is null
group by articles.published
order by articles.published
