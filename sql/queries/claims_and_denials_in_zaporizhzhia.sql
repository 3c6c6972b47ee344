-- What did Russia claim in Zaporizhzhia oblast (UA-23) in December 2025, and what did Ukraine say?
select
    date_start,
    event_type,
    event_mode,
    claimed_by,
    place_name,
    verification,
    left(claim, 70) as claim,
    denied_by,
    left(denial, 70) as denial
from claims
where place_region_code = 'UA-23'
    and date_start <= date '2025-12-31'
    and date_end >= date '2025-12-01'
    and claimed_by_code like 'RUS%'
order by date_start;
