"""One writer process of test_ducklake_writers: waits for the common start time, opens the
DuckLake through the pipeline's resource (so the first attach and the migrations race the other
writers), then stores its own articles with the ingestion statement in one transaction."""

import datetime as dt
import sys
import time

from assets.warehouse import sql, stage, transaction
from pipelines.warehouse import WarehouseResource


def main(catalog: str, data_path: str, writer: int, n_articles: int, start_at: float) -> None:
    time.sleep(max(0.0, start_at - time.time()))
    resource = WarehouseResource(database=":memory:", catalog=catalog, data_path=data_path)
    now = dt.datetime(2025, 12, 19, 12, 0)
    rows = [
        {"article_id": f"w{writer}-{n:03d}", "title": f"writer {writer} article {n}",
         "text": "Russian forces shelled Kherson on Thursday.", "published": dt.date(2025, 12, 19),
         "published_at": None, "source": f"writer-{writer}", "url": None,
         "source_file": f"inbox/w{writer}.jsonl", "record": str(n), "n_chars": 43,
         "ingested_at": now}
        for n in range(n_articles)
    ]
    with resource.get_connection() as con:
        with transaction(con):
            stage(con, "staged_articles", rows)
            con.execute(sql("ingest/insert_articles.sql"))
    print(f"writer {writer}: stored {n_articles}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
