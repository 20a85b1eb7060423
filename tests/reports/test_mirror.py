"""The DuckDB engine's copy of the analytics bucket: both key layouts, fetched once,
and copies of objects that left the bucket dropped."""

from __future__ import annotations

import json
import os

from siyu import aws as siyu_aws
from siyu.analytics.engine import mirror_bucket


def put(key: str, *received: str) -> None:
    lines = "".join(
        json.dumps({"event_id": f"e{i}", "received_at": r}) + "\n" for i, r in enumerate(received)
    )
    siyu_aws.client("s3").put_object(Bucket=os.environ["ANALYTICS_BUCKET"], Key=key, Body=lines.encode())


def test_mirror_keeps_dates_and_follows_the_bucket(aws, tmp_path):
    bucket, s3 = os.environ["ANALYTICS_BUCKET"], siyu_aws.client("s3")
    put("events/dt=2026-03-09/stream-1", "2026-03-10T00:00:01.000Z")  # deployed layout: the key's date
    put(
        "events/2026/03/10/23/stream-2", "2026-03-10T23:59:59.000Z", "2026-03-11T00:00:02.000Z"
    )  # default layout
    root = mirror_bucket(bucket, tmp_path, s3)
    found = sorted(str(p.relative_to(root).parent) for p in root.glob("dt=*/*.json"))
    assert found == ["dt=2026-03-09", "dt=2026-03-10", "dt=2026-03-11"]

    gets: list[str] = []
    real = s3.get_object
    s3.get_object = lambda **kw: gets.append(kw["Key"]) or real(**kw)
    try:
        mirror_bucket(bucket, tmp_path, s3)
        assert gets == []  # nothing fetched twice
        s3.delete_object(Bucket=bucket, Key="events/dt=2026-03-09/stream-1")
        mirror_bucket(bucket, tmp_path, s3)
    finally:
        s3.get_object = real
    found = sorted(str(p.relative_to(root).parent) for p in root.glob("dt=*/*.json"))
    assert found == ["dt=2026-03-10", "dt=2026-03-11"]
