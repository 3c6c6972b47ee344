-- The timeline partitions to rewrite.
select distinct
    year,
    month
from timeline_months_to_write
order by year, month
