"""Lossless delivery of stored lines to Kinesis Data Firehose.

Lines are packed several to a record (a record may hold up to 1,000 KiB), records go out
in as few PutRecordBatch calls as the limits allow (500 records, 4 MiB per call: one call
for any request the collector accepts), and only the records Firehose reports as failed
are sent again. What is still not stored after the last attempt is reported back, so the
caller never acknowledges it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from siyu.observability import logger

MAX_RECORD_BYTES = 1_000 * 1024
MAX_RECORDS_PER_CALL = 500
MAX_BYTES_PER_CALL = 4 * 1024 * 1024
ATTEMPTS = 4
BACKOFF_SECONDS = 0.05  # doubled per attempt: 50, 100, 200 ms


@dataclass
class Packed:
    """Records and, for each, the indexes of the lines it carries."""

    records: list[bytes] = field(default_factory=list)
    lines_of: list[list[int]] = field(default_factory=list)


def pack(lines: Sequence[bytes]) -> Packed:
    """Greedy: append lines to the current record until the next would not fit."""
    packed = Packed()
    current: list[bytes] = []
    members: list[int] = []
    size = 0
    for index, data in enumerate(lines):
        if len(data) > MAX_RECORD_BYTES:
            raise ValueError("a single line exceeds the Firehose record limit")
        if current and size + len(data) > MAX_RECORD_BYTES:
            packed.records.append(b"".join(current))
            packed.lines_of.append(members)
            current, members, size = [], [], 0
        current.append(data)
        members.append(index)
        size += len(data)
    if current:
        packed.records.append(b"".join(current))
        packed.lines_of.append(members)
    return packed


def calls(records: Sequence[bytes]) -> list[list[int]]:
    """Record indexes grouped into PutRecordBatch calls within the per-call limits."""
    groups: list[list[int]] = []
    current: list[int] = []
    size = 0
    for index, data in enumerate(records):
        if current and (len(current) == MAX_RECORDS_PER_CALL or size + len(data) > MAX_BYTES_PER_CALL):
            groups.append(current)
            current, size = [], 0
        current.append(index)
        size += len(data)
    if current:
        groups.append(current)
    return groups


@dataclass
class DeliveryResult:
    failed_records: list[int]  # indexes into the records that are not stored
    calls: int  # PutRecordBatch calls made, retries included


def put_records(
    records: Sequence[bytes],
    stream: str,
    firehose: Any,
    *,
    attempts: int = ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryResult:
    """Send every record; retry only the failed ones. A call that raises is retried whole
    (Firehose may have stored some of it: readers deduplicate by event id)."""
    made = 0
    failed: list[int] = []
    for group in calls(records):
        pending = group
        for attempt in range(attempts):
            if attempt:
                sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
            made += 1
            try:
                response = firehose.put_record_batch(
                    DeliveryStreamName=stream, Records=[{"Data": records[i]} for i in pending]
                )
            except Exception:  # throttled, timed out, unavailable: try the same records again
                logger.warning("PutRecordBatch failed", exc_info=True)
                continue
            if not response.get("FailedPutCount"):
                pending = []
                break
            pending = [
                index
                for index, result in zip(pending, response["RequestResponses"], strict=True)
                if result.get("ErrorCode")
            ]
            if not pending:
                break
        failed.extend(pending)
    return DeliveryResult(failed_records=failed, calls=made)


def deliver_lines(lines: Sequence[bytes], stream: str, firehose: Any, **kwargs: Any) -> tuple[list[int], int]:
    """Pack, send, and return (indexes of lines not stored, PutRecordBatch calls made)."""
    packed = pack(lines)
    result = put_records(packed.records, stream, firehose, **kwargs)
    lost = sorted(line for record in result.failed_records for line in packed.lines_of[record])
    return lost, result.calls
