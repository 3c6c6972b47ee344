-- claims: claimed events with who claims them, whether the press could verify them, and any
-- denial of the same kind of event at an overlapping time and the same (or no) place.
create or replace view claims as
with claimed as (
    select *
    from event_mentions
    where modality = 'claimed'
),

denied as (
    select *
    from event_mentions
    where modality = 'denied'
)

select
    claimed.event_id,
    claimed.event_type,
    claimed.event_mode,
    claimed.date_start,
    claimed.date_end,
    claimed.date_precision,
    claimed.attributed_to_code as claimed_by_code,
    claimed.attributed_to_text as claimed_by,
    claimed.verification,
    claimed.place_name,
    claimed.place_region_code,
    claimed.evidence as claim,
    claimed.article_id as claim_article_id,
    denied.attributed_to_text as denied_by,
    denied.evidence as denial,
    denied.article_id as denial_article_id
from claimed
left join denied
    on claimed.event_type = denied.event_type
    and claimed.date_start <= denied.date_end
    and denied.date_start <= claimed.date_end
    and (denied.place_region_code is null or claimed.place_region_code is null
        or claimed.place_region_code = denied.place_region_code)
    and coalesce(denied.attributed_to_code, '') <> coalesce(claimed.attributed_to_code, '')
order by claimed.date_start, claimed.event_id;

comment on view claims is 'Claimed event mentions with their source, verification flag and any matching denial (same event type, overlapping dates, compatible place, another speaker).';
comment on column claims.claimed_by_code is 'Code of whoever makes the claim.';
comment on column claims.claimed_by is 'Whoever makes the claim, as written.';
comment on column claims.claim is 'The sentence reporting the claim.';
comment on column claims.claim_article_id is 'The article reporting the claim.';
comment on column claims.denied_by is 'Whoever denies a matching claim, as written (NULL when no denial was found).';
comment on column claims.denial is 'The sentence reporting the denial.';
comment on column claims.denial_article_id is 'The article reporting the denial.';
