"""Helpers for tracking and reports tests: the functions' own environment (from
template.yaml), the stored lines in the analytics bucket, a Firehose that fails chosen
records (moto never does), and batches of events."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from siyu_local.sandbox import reset_caches
from tests.conftest import STACK

FUNCTIONS = ("TrackingFunction", "TrackingDomainEventsFunction", "ReportsFunction")


@pytest.fixture(autouse=True)
def analytics_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """What the tracking and reports functions find in their environment, as deployed
    locally, plus a fresh DuckDB cache folder."""
    functions = STACK.functions()
    for logical_id in FUNCTIONS:
        for key, value in functions[logical_id].environment.items():
            if key.startswith(("EVENTS_", "ANALYTICS_", "ATHENA_")):
                monkeypatch.setenv(key, value)
    monkeypatch.setenv("ANALYTICS_CACHE_DIR", str(tmp_path / "analytics-cache"))
    monkeypatch.delenv("ANALYTICS_DATA_DIR", raising=False)
    reset_caches()
    yield
    reset_caches()


def stored_lines() -> list[dict[str, Any]]:
    """Every line in the analytics bucket (all objects), parsed."""
    from siyu import aws

    s3 = aws.client("s3")
    bucket = os.environ["ANALYTICS_BUCKET"]
    lines = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for obj in page.get("Contents", []):
            body = s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
            lines.extend(json.loads(line) for line in body.splitlines() if line.strip())
    return lines


class FlakyFirehose:
    """The real (moto) Firehose client, except that chosen records of chosen calls fail
    the way Firehose reports it: FailedPutCount and an ErrorCode in their position."""

    def __init__(self, real: Any, fail: dict[int, set[int]] | None = None, raise_on: set[int] | None = None):
        self.real = real
        self.fail = fail or {}  # call number (0-based) → record positions to fail
        self.raise_on = raise_on or set()  # call numbers that raise as a whole
        self.calls: list[int] = []  # records per call

    def put_record_batch(self, DeliveryStreamName: str, Records: list[dict[str, bytes]]) -> dict[str, Any]:
        call = len(self.calls)
        self.calls.append(len(Records))
        if call in self.raise_on:
            raise ConnectionError("simulated network failure")
        failing = self.fail.get(call, set())
        passing = [r for i, r in enumerate(Records) if i not in failing]
        stored = iter(
            self.real.put_record_batch(DeliveryStreamName=DeliveryStreamName, Records=passing)[
                "RequestResponses"
            ]
            if passing
            else []
        )
        responses = [
            {"ErrorCode": "ServiceUnavailableException", "ErrorMessage": "slow down"}
            if i in failing
            else next(stored)
            for i in range(len(Records))
        ]
        return {"FailedPutCount": len(failing & set(range(len(Records)))), "RequestResponses": responses}


def event(i: int, *, name: str = "page_view", ts: int, session: str = "s1", **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": f"evt-{i:06d}", "name": name, "ts": ts, "page": "pages/index/index"}
    base["session_id"] = session
    if name == "tap":
        base.update(x=0.25, y=0.5, element="buy-button")
    if name == "page_leave":
        base["dwell_ms"] = 4200
    base.update(extra)
    return base
