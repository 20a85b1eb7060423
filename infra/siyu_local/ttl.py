"""Time to Live, as DynamoDB has it, on the runtime's clock.

DynamoDB Local (build 2026-01-16) does delete expired items itself — checked: an item whose
`ttl` is two hours past is gone within a second, and one expiring 5 s ahead goes ~10 s later —
but on the wall clock, and its stream records of those deletions carry the event name
"UNKNOWN_TO_SDK_VERSION" and no `userIdentity`. A wall-clock sweep deletes what the runtime's
clock, set back by `/_local/clock`, still holds to be live, so the runtime keeps DynamoDB Local's
TTL off (`resources.create_tables(wall_clock_ttl=False)`) and

- deletes items expired on *its* clock (`siyu.clock`, which `/_local/clock` moves) with a
  conditional DeleteItem (`TtlSweeper`; a Scan, but of the runtime's, never a request's), and
- hands every TTL deletion to stream consumers as the service does (`service_record`): a
  REMOVE with `userIdentity` {"type": "Service", "principalId": "dynamodb.amazonaws.com"}.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from siyu_local.targets import Clients
from siyu_local.template import Stack

log = logging.getLogger("siyu_local")
SERVICE_IDENTITY = {"type": "Service", "principalId": "dynamodb.amazonaws.com"}
STREAM_EVENT_NAMES = {"INSERT", "MODIFY", "REMOVE"}


def _key(table: str, keys: dict[str, Any]) -> tuple[str, str]:
    return table, repr(sorted((k, repr(v)) for k, v in keys.items()))


class TtlSweeper:
    def __init__(self, stack: Stack, clients: Clients, now: Callable[[], datetime]) -> None:
        self.clients = clients
        self.now = now
        self.tables: dict[str, tuple[str, list[str]]] = {}  # name → (ttl attribute, key names)
        for logical_id, res in stack.resources_of("AWS::DynamoDB::Table").items():
            props = stack.resolve(res.get("Properties", {}))
            spec = props.get("TimeToLiveSpecification") or {}
            if spec.get("Enabled"):
                keys = [k["AttributeName"] for k in props["KeySchema"]]
                self.tables[stack.physical_name(logical_id)] = (spec["AttributeName"], keys)
        self._deleted: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self.deleted = 0

    def tick(self) -> int:
        """Delete what has expired by now; returns how many items went."""
        ddb = self.clients("dynamodb")
        epoch = int(self.now().timestamp())
        gone = 0
        for table, (attribute, key_names) in self.tables.items():
            names = {"#ttl": attribute, **{f"#k{i}": k for i, k in enumerate(key_names)}}
            pages = ddb.get_paginator("scan").paginate(
                TableName=table,
                FilterExpression="#ttl < :now",
                ProjectionExpression=", ".join(n for n in names if n != "#ttl"),
                ExpressionAttributeNames=names,
                ExpressionAttributeValues={":now": {"N": str(epoch)}},
            )
            for page in pages:
                for keys in page.get("Items", []):
                    with self._lock:
                        self._deleted.add(_key(table, keys))
                    try:
                        ddb.delete_item(
                            TableName=table,
                            Key=keys,
                            ConditionExpression="#ttl < :now",
                            ExpressionAttributeNames={"#ttl": attribute},
                            ExpressionAttributeValues={":now": {"N": str(epoch)}},
                        )
                        gone += 1
                    except ddb.exceptions.ConditionalCheckFailedException:
                        with self._lock:
                            self._deleted.discard(_key(table, keys))  # renewed meanwhile
        if gone:
            self.deleted += gone
            log.info("TTL: deleted %d expired item(s)", gone)
        return gone

    def service_record(self, table: str, record: dict[str, Any]) -> dict[str, Any]:
        """A stream record as the service would send it: TTL deletions are the service's."""
        keys = record.get("dynamodb", {}).get("Keys", {})
        name = record.get("eventName")
        with self._lock:
            swept = name == "REMOVE" and _key(table, keys) in self._deleted
            if swept:
                self._deleted.discard(_key(table, keys))
        if name not in STREAM_EVENT_NAMES or swept:
            return {**record, "eventName": "REMOVE", "userIdentity": dict(SERVICE_IDENTITY)}
        return record
