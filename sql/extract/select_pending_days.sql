-- Publication days with an article the current extractor version has not processed.
select distinct articles.published
from articles
left join article_extractions
    on articles.article_id = article_extractions.article_id
    and article_extractions.extractor_version = $extractor_version
where article_extractions.article_id is null
order by articles.published
