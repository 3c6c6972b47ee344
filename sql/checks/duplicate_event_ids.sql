-- Event ids stored more than once. The events step deletes the events it rebuilds before
-- inserting them; this proves no id is left twice.
select event_id, count(*) as n_rows
from events
group by event_id
having count(*) > 1
