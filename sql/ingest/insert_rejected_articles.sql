-- Record refusals; the same refusal retried later stays one row.
insert or ignore into rejected_articles by name
select
    rejection_id,
    source_file,
    record,
    reason,
    rejected_at,
    quarantined_to,
    file_sha256
from staged_rejections
