"""The code location loads and validates the way `dagster dev` will load it."""

import subprocess
import sys
from pathlib import Path

from dagster import AssetKey

from pipelines.definitions import build_definitions

REPO = Path(__file__).resolve().parents[1]


def test_definitions_load_with_every_asset_described(tmp_path: Path) -> None:
    defs = build_definitions(str(tmp_path))
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert keys == {
        "articles", "rejected_articles", "mention_shards", "event_mentions", "events",
        "event_timelines", "analyst_database", "timeline_page",
    }
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description, key
        assert node.kinds, key
        assert node.owners, key
        assert node.group_name != "default", key
    for name in ("ingest_job", "extract_job", "shard_job", "load_job", "publish_job",
                 "poll_feeds_job"):
        assert defs.resolve_job_def(name) is not None
    assert {s.name for s in defs.sensors} == {
        "inbox_sensor", "new_articles_sensor", "publish_sensor"
    }
    assert {s.name for s in defs.schedules} == {"daily_extraction_schedule", "feed_poll_schedule"}
    assert graph.get(AssetKey("events")).parent_keys == {AssetKey("event_mentions")}
    assert graph.get(AssetKey("event_mentions")).partitions_def is not None
    assert graph.get(AssetKey("event_mentions")).code_version
    # Extraction is a pure map: it neither reads nor writes the warehouse, so holds no slot.
    shards = graph.get(AssetKey("mention_shards"))
    assert shards.partitions_def == graph.get(AssetKey("event_mentions")).partitions_def
    assert not shards.pools


def test_dagster_validates_the_workspace(tmp_path: Path) -> None:
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        [str(bin_dir / "dagster"), "definitions", "validate", "-w", "workspace.yaml"],
        cwd=REPO, capture_output=True, text=True, timeout=300,
        env={"PATH": str(bin_dir), "CONFLICT_TIMELINE_HOME": str(tmp_path), "HOME": str(tmp_path),
             "DAGSTER_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
