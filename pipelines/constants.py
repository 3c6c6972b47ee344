"""Names shared by assets and definitions."""

# Every asset that writes the warehouse holds this pool; dagster.yaml limits it to one slot,
# because DuckDB allows a single writer per file.
WRITER_POOL = "duckdb_writer"
OWNERS = ["team:conflict-timeline"]
# Dagster's run tags naming the partitions of a run: a range, or a single partition.
RANGE_START = "dagster/asset_partition_range_start"
RANGE_END = "dagster/asset_partition_range_end"
PARTITION = "dagster/partition"
