"""Tracking: events per second through the collector (validation, enrichment and packing,
no network) and Firehose calls per request (goal 1) for a full batch, on moto."""

from __future__ import annotations

import json
import os
import time
from typing import Any

from siyu_local import bench
from siyu_local.sandbox import configure_environment
from siyu_local.template import default_stack

BATCH = 100
ROUNDS = 30


def _batch(sent_at: int, size: int, props: int = 0) -> bytes:
    events: list[dict[str, Any]] = []
    for i in range(size):
        e: dict[str, Any] = {"id": f"e-{i:08d}", "ts": sent_at - 1000 + i, "session_id": "s-1"}
        e["page"] = "pages/menu/list"
        kind = i % 3
        if kind == 0:
            e.update(name="page_view", launch={"scene": "1011", "query": {"video_id": "v-1"}})
        elif kind == 1:
            e.update(name="tap", x=0.31, y=0.42, element="menu-item", experiments={"banner": "B"})
        else:
            e.update(name="page_leave", dwell_ms=5230)
        if props:
            e["props"] = {f"p{j}": "x" * 200 for j in range(props)}
        events.append(e)
    return json.dumps({"sent_at": sent_at, "events": events}).encode()


def collector_throughput(table: bench.Table) -> None:
    from siyu import clock
    from siyu.tracking import delivery
    from siyu.tracking.collector import Actor, parse_batch, validate_events
    from siyu.tracking.record import epoch_ms

    now = epoch_ms(clock.now())
    body = _batch(now, BATCH)
    actor = Actor(member_id="M-bench")
    start = time.perf_counter()
    for _ in range(ROUNDS):
        sent_at, events = parse_batch(body)
        lines, _, rejected = validate_events(events, sent_at, actor, now)
        delivery.pack(lines)
    seconds = time.perf_counter() - start
    assert not rejected
    table.add("tracking", f"collector events/s ({BATCH}-event batches, no network)", BATCH * ROUNDS / seconds)


def firehose_calls_per_request(table: bench.Table) -> None:
    from siyu import aws, clock
    from siyu.tracking import collector
    from siyu.tracking.record import epoch_ms
    from siyu.tracking.schema import MAX_BODY_BYTES, MAX_EVENTS
    from siyu_local.sandbox import moto_stack

    stack = default_stack()
    function = stack.functions()["TrackingFunction"]
    os.environ["EVENTS_STREAM"] = function.environment["EVENTS_STREAM"]
    with moto_stack(stack):
        calls: list[int] = []
        real = aws.client("firehose")

        class Counting:
            def put_record_batch(self, **kwargs: Any) -> Any:
                calls.append(len(kwargs["Records"]))
                return real.put_record_batch(**kwargs)

        now = epoch_ms(clock.now())
        for label, body in (
            (f"{BATCH} events", _batch(now, BATCH)),
            ("largest batch", _batch(now, MAX_EVENTS, props=5)),
        ):
            calls.clear()
            result = collector.collect(body, collector.Actor(device_id="bench-device"), firehose=Counting())
            assert result.accepted == len(json.loads(body)["events"])
            assert len(body) <= MAX_BODY_BYTES, (label, len(body))
            table.add(
                "tracking", f"Firehose calls per request, {label} ({len(body) // 1024} KiB)", len(calls), "1"
            )


def run(table: bench.Table) -> None:
    configure_environment(
        default_stack(), {"POWERTOOLS_TRACE_DISABLED": "true", "POWERTOOLS_LOG_LEVEL": "WARNING"}
    )
    collector_throughput(table)
    firehose_calls_per_request(table)
