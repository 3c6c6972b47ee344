"""Dagster metadata describing a DuckDB table: row count, schema with comments, a preview."""

from __future__ import annotations

from typing import Any

import duckdb
from dagster import MetadataValue, TableColumn, TableSchema

_PREVIEW_ROWS = 5
_PREVIEW_WIDTH = 60


def table_metadata(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, Any]:
    """Row count, the table's columns with their comments, and its first rows."""
    columns = con.execute(
        "select column_name, data_type, is_nullable, comment from duckdb_columns() "
        "where table_name = ? order by column_index",
        [table],
    ).fetchall()
    schema = TableSchema(
        columns=[
            TableColumn(name=name, type=dtype, description=comment or None)
            for name, dtype, _nullable, comment in columns
        ]
    )
    row_count = con.execute(f'select count(*) from "{table}"').fetchone()[0]
    preview = con.execute(f'select * from "{table}" limit {_PREVIEW_ROWS}').df()
    for column in preview.columns:
        preview[column] = preview[column].astype(str).str.slice(0, _PREVIEW_WIDTH)
    return {
        "dagster/row_count": MetadataValue.int(int(row_count)),
        "dagster/column_schema": schema,
        "dagster/table_name": MetadataValue.text(table),
        "preview": MetadataValue.md(preview.to_markdown(index=False)),
    }
