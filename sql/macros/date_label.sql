-- date_label: a date interval written at its own precision (2022-02 for a month).
create or replace macro date_label(date_start, date_end, date_precision) as
    case date_precision
        when 'day' then strftime(date_start, '%Y-%m-%d')
        when 'month' then strftime(date_start, '%Y-%m')
        when 'year' then strftime(date_start, '%Y')
        else strftime(date_start, '%Y-%m-%d') || ' .. ' || strftime(date_end, '%Y-%m-%d')
    end
