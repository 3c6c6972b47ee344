-- Which claims does the press say could not be independently verified, and who made them?
select
    m.event_type,
    m.event_mode,
    m.attributed_to_text as claimed_by,
    m.place_name,
    m.place_region_code,
    m.date_start,
    left(m.evidence, 70) as evidence
from event_mentions as m
where m.modality = 'claimed' and m.verification = 'unverified'
order by m.date_start;
