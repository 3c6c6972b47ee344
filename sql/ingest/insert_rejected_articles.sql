-- Record refusals; the same refusal retried later stays one row.
-- A MERGE rather than INSERT OR IGNORE: a DuckLake table has no primary key to conflict on.
merge into rejected_articles
using (
    select
        rejection_id,
        source_file,
        record,
        reason,
        rejected_at,
        quarantined_to,
        file_sha256
    from staged_rejections
    qualify row_number() over (partition by rejection_id order by source_file) = 1
) as staged
on rejected_articles.rejection_id = staged.rejection_id
when not matched then insert by name
