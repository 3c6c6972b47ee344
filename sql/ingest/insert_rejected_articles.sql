-- Record refusals; the same refusal retried later stays one row.
insert or ignore into rejected_articles by name
select
    rejection_id,
    source_file,
    record,
    reason,
    rejected_at
from staged_rejections
