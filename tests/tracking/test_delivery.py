"""Packing events into Firehose records and records into PutRecordBatch calls."""

from __future__ import annotations

from siyu.tracking import delivery
from siyu.tracking.collector import Actor, validate_events
from tests.tracking.support import event


def test_a_full_batch_of_events_is_one_record_in_one_call():
    events = [event(i, ts=1_000_000 + i, props={f"k{j}": "v" * 200 for j in range(5)}) for i in range(200)]
    lines, _positions, rejected = validate_events(
        events, 1_000_500, Actor(device_id="dev-12345678"), 1_000_500
    )
    assert (len(lines), rejected) == (200, [])
    packed = delivery.pack(lines)
    assert len(packed.records) == 1
    assert delivery.calls(packed.records) == [[0]]
    assert packed.records[0].count(b"\n") == 200


def test_records_stay_under_the_record_limit_and_keep_every_line_once():
    lines = [(b"x" * 99_999) + b"\n" for _ in range(25)]  # 100 kB each
    packed = delivery.pack(lines)
    assert all(len(r) <= delivery.MAX_RECORD_BYTES for r in packed.records)
    assert sorted(i for group in packed.lines_of for i in group) == list(range(25))
    assert b"".join(packed.records) == b"".join(lines)


def test_calls_respect_500_records_and_4_mib():
    small = [b"a\n"] * 1_200
    assert [len(c) for c in delivery.calls(small)] == [500, 500, 200]
    big = [b"b" * 1_000_000] * 9  # 9 MB: at most 4 MiB per call
    groups = delivery.calls(big)
    assert [len(c) for c in groups] == [4, 4, 1]
    assert all(sum(len(big[i]) for i in c) <= delivery.MAX_BYTES_PER_CALL for c in groups)
