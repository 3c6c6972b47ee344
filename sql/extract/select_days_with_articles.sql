-- Publication days in a window that have articles (empty days need no work).
select distinct published
from articles
where published >= $window_start and published < $window_end
order by published
