-- Tables and views analysts use, with their comments, tables first.
with relations as (
    select table_name as name, 'table' as kind, comment, 0 as kind_order
    from duckdb_tables()
    where schema_name = 'main' and table_name <> 'schema_migrations'
    union all
    select view_name, 'view', comment, 1
    from duckdb_views()
    where schema_name = 'main' and not internal
)

select name, kind, comment
from relations
order by kind_order, name
