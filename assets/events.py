"""events: canonical events aggregated from their mentions."""

from dagster import Config, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from assets.metadata import table_metadata
from assets.warehouse import connect, sql, transaction
from conflict_timeline import EXTRACTOR_VERSION
from conflict_timeline.events.lexicon import mode_parameters
from pipelines.constants import OWNERS, WRITER_POOL


class EventsConfig(Config):
    """rebuild_all re-derives every event, e.g. after sql/events/insert_events.sql changed."""

    rebuild_all: bool = False


@asset(
    deps=["event_mentions"],
    description=(
        "Canonical events: mentions of the same happening merged into one row with its best "
        "date, n_mentions, n_sources, first_reported and last_reported."
    ),
    kinds={"duckdb", "sql"},
    owners=OWNERS,
    group_name="events",
    code_version=EXTRACTOR_VERSION,
    pool=WRITER_POOL,
)
def events(config: EventsConfig, warehouse: DuckDBResource) -> MaterializeResult:
    """Rebuild, in one transaction, the events whose mentions changed since the last refresh
    (events_to_refresh), so a day's work does not grow with history."""
    with connect(warehouse) as con:
        with transaction(con):
            if config.rebuild_all:
                con.execute(sql("events/insert_all_events_to_refresh.sql"))
            refreshed = con.execute(sql("events/count_events_to_refresh.sql")).fetchone()[0]
            # The months of the old dates, then of the new: both timeline partitions change.
            con.execute(sql("events/insert_timeline_months_of_refreshed.sql"))
            con.execute(sql("events/delete_events.sql"))
            con.execute(sql("events/insert_events.sql"), mode_parameters())
            con.execute(sql("events/insert_timeline_months_of_refreshed.sql"))
            con.execute(sql("events/delete_events_to_refresh.sql"))
        return MaterializeResult(
            metadata={**table_metadata(con, "events"), "events_refreshed": int(refreshed)}
        )
