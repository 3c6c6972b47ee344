"""poll_feeds_job: fetch the feeds listed in <data folder>/feeds.yaml into the inbox."""

import datetime as dt

from dagster import Failure, MetadataValue, OpExecutionContext, Output, job, op

from conflict_timeline.feeds import FeedListError, fetch_feed, load_feed_list
from pipelines.resources import DataHomeResource

FEED_LIST = "feeds.yaml"


@op(description="Fetch each configured feed into inbox/feeds/; one failing feed spoils no other.")
def poll_feeds(context: OpExecutionContext, home: DataHomeResource) -> Output[int]:
    paths = home.paths
    try:
        sources = load_feed_list(paths.root / FEED_LIST)
    except FeedListError as problem:
        raise Failure(description=str(problem)) from None
    now = dt.datetime.now(dt.UTC)
    fetched, failed = [], {}
    for source in sources:
        try:
            fetched.append(str(fetch_feed(source, paths.inbox, now).relative_to(paths.root)))
        except OSError as problem:  # URLError, timeouts and size limits are OSErrors
            message = str(problem).splitlines()[0] if str(problem) else ""
            failed[source.name] = message or type(problem).__name__
            context.log.warning(f"feed {source.name}: {failed[source.name]}")
    if sources and not fetched:
        raise Failure(description=f"no feed could be fetched: {failed}")
    return Output(
        len(fetched),
        metadata={"fetched": MetadataValue.json(fetched), "failed": MetadataValue.json(failed)},
    )


@job(description="Poll the configured RSS/Atom feeds into the inbox.")
def poll_feeds_job() -> None:
    poll_feeds()
