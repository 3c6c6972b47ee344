"""The inbox sensor picks each file up once; the article sensor asks for the right days."""

from __future__ import annotations

import os
import time
from pathlib import Path

from dagster import (
    DagsterInstance,
    RunRequest,
    SkipReason,
    build_sensor_context,
    materialize,
)

from assets.extraction import mention_shards
from assets.ingestion import ingested_articles
from assets.mentions import event_mentions
from pipelines.definitions import ALL_ASSETS, build_definitions
from pipelines.resources import DataHomeResource, build_resources
from pipelines.sensors import (
    RANGE_END,
    RANGE_START,
    inbox_sensor,
    new_articles_sensor,
    publish_sensor,
)


def _settled(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    old = time.time() - 60
    os.utime(path, (old, old))


def test_inbox_sensor_requests_each_new_file_once(tmp_path: Path) -> None:
    home = DataHomeResource(root=str(tmp_path))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _settled(inbox / "a.txt", "---\ntitle: A\npublished: 2022-03-01\n---\nBody.\n")

    context = build_sensor_context(resources={"home": home})
    first = inbox_sensor(context)
    assert isinstance(first, RunRequest)
    assert first.tags["conflict_timeline/new_files"] == "1"

    again = inbox_sensor(build_sensor_context(cursor=context.cursor, resources={"home": home}))
    assert isinstance(again, SkipReason)

    _settled(inbox / "b.txt", "---\ntitle: B\npublished: 2022-03-02\n---\nBody.\n")
    context = build_sensor_context(cursor=context.cursor, resources={"home": home})
    second = inbox_sensor(context)
    assert isinstance(second, RunRequest) and second.run_key != first.run_key
    assert second.tags["conflict_timeline/new_files"] == "1"


def test_inbox_sensor_waits_for_a_file_still_being_written(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "fresh.txt").write_text("---\ntitle: A\n", encoding="utf-8")
    context = build_sensor_context(resources={"home": DataHomeResource(root=str(tmp_path))})
    assert isinstance(inbox_sensor(context), SkipReason)


def test_new_articles_sensor_requests_the_ingested_days(tmp_path: Path) -> None:
    with DagsterInstance.ephemeral() as instance:
        assert materialize(
            [ingested_articles], resources=build_resources(str(tmp_path)), instance=instance
        ).success
        context = build_sensor_context(
            instance=instance, definitions=build_definitions(str(tmp_path))
        )
        [request] = list(new_articles_sensor(context))
        assert isinstance(request, RunRequest)
        assert (request.tags[RANGE_START], request.tags[RANGE_END]) == ("2025-12-19", "2025-12-19")

        # Once the day is extracted, the next ingestion leaves nothing to request.
        assert materialize(
            [mention_shards, event_mentions], resources=build_resources(str(tmp_path)),
            instance=instance, partition_key="2025-12-19",
        ).success
        assert materialize(
            [ingested_articles], resources=build_resources(str(tmp_path)), instance=instance
        ).success
        context = build_sensor_context(
            instance=instance, cursor=context.cursor,
            definitions=build_definitions(str(tmp_path)),
        )
        assert [type(r) for r in new_articles_sensor(context)] == [SkipReason]


def test_publish_sensor_publishes_once_per_load(tmp_path: Path) -> None:
    resources = build_resources(str(tmp_path))
    with DagsterInstance.ephemeral() as instance:
        def sensor_says() -> RunRequest | SkipReason:
            return publish_sensor(build_sensor_context(instance=instance))

        assert isinstance(sensor_says(), SkipReason), "nothing loaded yet"
        assert materialize([ingested_articles], resources=resources, instance=instance).success
        assert materialize([mention_shards, event_mentions], resources=resources,
                           instance=instance, partition_key="2025-12-19").success
        request = sensor_says()
        assert isinstance(request, RunRequest) and request.run_key.startswith("publish-after-")
        assert materialize(ALL_ASSETS, resources=resources, instance=instance,
                           selection=["analyst_database"]).success
        assert isinstance(sensor_says(), SkipReason), "published since the last load"
