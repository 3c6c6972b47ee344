-- Which events happened within 25 km of Huliaipole in December 2025?
-- Needs the spatial extension: run analyst_init.sql (beside conflict.duckdb) first.
-- Huliaipole (GeoNames 707898) lies at 47.6617 N, 36.2561 E; ST_Point here takes (lat, lon).
select
    date_label,
    event_type,
    event_mode,
    place_name,
    round(st_distance_sphere(st_point(place_latitude, place_longitude),
                             st_point(47.6617, 36.2561)) / 1000, 1) as km_from_huliaipole,
    left(title, 60) as title
from place_timeline
where place_latitude is not null
    and date_start <= date '2025-12-31'
    and date_end >= date '2025-12-01'
    and st_distance_sphere(st_point(place_latitude, place_longitude),
                           st_point(47.6617, 36.2561)) <= 25000
order by date_start;
