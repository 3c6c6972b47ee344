-- Mentions whose date interval is reversed or does not match its precision.
with expected as (
    select
        mention_id,
        date_start,
        date_end,
        date_precision,
        case date_precision
            when 'day' then date_start
            when 'week' then date_start + 6
            when 'month' then last_day(date_start)
            when 'quarter' then last_day(date_start + interval 2 month)
            when 'half-year' then last_day(date_start + interval 5 month)
            when 'year' then make_date(year(date_start), 12, 31)
            when 'decade' then make_date(year(date_start) + 9, 12, 31)
            when 'century' then make_date(year(date_start) + 99, 12, 31)
        end as expected_end,
        case date_precision
            when 'week' then isodow(date_start) = 1
            when 'month' then day(date_start) = 1
            when 'quarter' then day(date_start) = 1 and month(date_start) in (1, 4, 7, 10)
            when 'half-year' then day(date_start) = 1 and month(date_start) in (1, 7)
            when 'year' then day(date_start) = 1 and month(date_start) = 1
            when 'decade' then day(date_start) = 1 and month(date_start) = 1 and year(date_start) % 10 = 0
            when 'century' then day(date_start) = 1 and month(date_start) = 1 and year(date_start) % 100 = 0
            else true
        end as start_aligned
    from event_mentions
    -- The run's publication days, or every day when none is given.
    where published between coalesce(cast($first_day as date), date '0001-01-01')
        and coalesce(cast($last_day as date), date '9999-12-31')
)

select mention_id, date_start, date_end, date_precision
from expected
where date_start > date_end
    or not coalesce(start_aligned, false)
    or (expected_end is not null and date_end <> expected_end)
    or (date_precision = 'season' and date_end - date_start not between 88 and 93)
    or date_precision not in (
        'day', 'week', 'month', 'quarter', 'season', 'half-year', 'year', 'decade', 'century'
    )
