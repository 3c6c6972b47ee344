-- Remember which extractor version processed each article, including those with no event.
insert or replace into article_extractions by name
select
    article_id,
    extractor_version,
    n_timexes,
    n_mentions,
    extracted_at,
    extraction_error
from staged_extractions
