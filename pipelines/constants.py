"""Names shared by assets and definitions."""

# Every asset that writes the warehouse holds this pool; dagster.yaml limits it to one slot,
# because DuckDB allows a single writer per file.
WRITER_POOL = "duckdb_writer"
OWNERS = ["team:conflict-timeline"]
