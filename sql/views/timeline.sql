-- timeline: canonical events in date order, with the date's precision and basis shown.
create or replace view timeline as
with dated as (
    select
        event_id,
        date_start,
        date_end,
        date_precision,
        date_basis,
        case date_precision
            when 'day' then strftime(date_start, '%Y-%m-%d')
            when 'month' then strftime(date_start, '%Y-%m')
            when 'year' then strftime(date_start, '%Y')
            else strftime(date_start, '%Y-%m-%d') || ' .. ' || strftime(date_end, '%Y-%m-%d')
        end as date_label,
        event_type,
        event_mode,
        modality,
        actor_name,
        recipient_name,
        place_name,
        place_region_code,
        title,
        n_mentions,
        n_sources,
        first_reported,
        last_reported
    from events
)

select * from dated
order by date_start, date_end, event_type, event_id;

comment on view timeline is 'Canonical events in date order; date_label shows the date at its own precision (2022-02 for a month).';
