-- Remember which extractor version processed each article, including those with no event.
-- A MERGE rather than INSERT OR REPLACE: a DuckLake table has no primary key to conflict on.
merge into article_extractions
using staged_extractions as staged
on article_extractions.article_id = staged.article_id
when matched then update set
    extractor_version = staged.extractor_version,
    n_timexes = staged.n_timexes,
    n_mentions = staged.n_mentions,
    extracted_at = staged.extracted_at,
    extraction_error = staged.extraction_error
when not matched then insert by name
