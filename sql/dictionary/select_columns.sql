-- Columns of every table and view, with their types and comments, in table order. A view's
-- column without a comment of its own takes the comment of the table column it shows.
with table_comments as (
    select column_name, any_value(comment) as comment
    from duckdb_columns()
    where schema_name = 'main' and comment is not null
    group by column_name
)

select
    columns.table_name,
    columns.column_name,
    columns.data_type,
    coalesce(columns.comment, table_comments.comment) as comment
from duckdb_columns() as columns
left join table_comments on columns.column_name = table_comments.column_name
where columns.schema_name = 'main' and columns.table_name <> 'schema_migrations'
order by columns.table_name, columns.column_index
