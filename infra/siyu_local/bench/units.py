"""DynamoDB on-demand request units of one call, as the service bills them.

- A read of up to 4 KB: 1 unit strongly consistent, 0.5 eventually consistent, 2 in a
  transaction. A write of up to 1 KB: 1 unit, 2 in a transaction. Larger items take more.
- Every global secondary index an item is written to takes its own write units (1 per KB of
  what it projects), and a write that moves an item's index key takes 2 there.

DynamoDB Local reports this as the service would (`ReturnConsumedCapacity=INDEXES`) for
single-item calls — checked: a put into an index 1 + 1, an item of 3 KB 3, a key moved in an
index 1 + 2. For `TransactWriteItems` it reports one item per table (11 items in two tables
came back as 2 + 4), so a transaction is counted item by item here (`transaction_units`):
its new image read back after the commit gives the size and the indexes it sits in. Index
writes of a transaction count at the standard rate, and a deleted item's index entries not
at all: the figure is a floor. moto reports no units; `request_units` then estimates from
the request alone (items of at most 1 KB, no indexes).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

READ_OPERATIONS = {"GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems"}
CAPACITY_OPERATIONS = READ_OPERATIONS | {
    "PutItem",
    "UpdateItem",
    "DeleteItem",
    "BatchWriteItem",
    "TransactWriteItems",
}

Call = Callable[[str, dict[str, Any]], dict[str, Any]]  # an uncounted call of the same client


def request_units(operation: str, params: dict[str, Any]) -> tuple[float, float]:
    """(read, write) units estimated from the request alone: items of at most 1 KB (4 KB for
    reads), no indexes."""
    read = 1.0 if params.get("ConsistentRead") else 0.5
    if operation in ("GetItem", "Query", "Scan"):
        return read, 0.0
    if operation == "BatchGetItem":
        return sum(
            len(spec.get("Keys", [])) * (1.0 if spec.get("ConsistentRead") else 0.5)
            for spec in params.get("RequestItems", {}).values()
        ), 0.0
    if operation == "TransactGetItems":
        return 2.0 * len(params.get("TransactItems", [])), 0.0
    if operation in ("PutItem", "UpdateItem", "DeleteItem"):
        return 0.0, 1.0
    if operation == "BatchWriteItem":
        return 0.0, float(sum(len(requests) for requests in params.get("RequestItems", {}).values()))
    if operation == "TransactWriteItems":
        return 0.0, 2.0 * len(params.get("TransactItems", []))
    return 0.0, 0.0


def outbox_puts(operation: str, params: dict[str, Any]) -> int:
    """Items a call puts into the outbox table: the domain events it stages."""
    outbox = os.environ.get("OUTBOX_TABLE")
    if operation == "PutItem":
        return int(params.get("TableName") == outbox)
    if operation == "TransactWriteItems":
        return sum(1 for e in params.get("TransactItems", []) if e.get("Put", {}).get("TableName") == outbox)
    return 0


def consumed_units(response: dict[str, Any] | None) -> float | None:
    """The capacity units a response reports (one table's or a list of them), or None."""
    consumed = (response or {}).get("ConsumedCapacity")
    if not consumed:  # absent, or moto's [] for transactions
        return None
    tables = consumed if isinstance(consumed, list) else [consumed]
    return float(sum(t.get("CapacityUnits", 0.0) for t in tables))


def transaction_units(params: dict[str, Any], call: Call) -> float:
    """Write units of a committed TransactWriteItems, item by item (see the module's note)."""
    units = 0.0
    indexes: dict[str, list[tuple[list[str], bool]]] = {}
    for entry in params.get("TransactItems", []):
        ((kind, body),) = entry.items()
        table = body["TableName"]
        if kind == "Put":
            image: dict[str, Any] | None = body["Item"]
        elif kind == "Update":
            read_back = {"TableName": table, "Key": body["Key"], "ConsistentRead": True}
            image = call("GetItem", read_back).get("Item")
        else:  # Delete, ConditionCheck: one item's units, no image left
            image = None
        size = item_size(image) if image else 0
        units += 2 * _kilobytes(size)
        if image is None:
            continue
        if table not in indexes:
            indexes[table] = _global_indexes(table, call)
        for keys, keys_only in indexes[table]:
            if all(k in image for k in keys):
                projected = sum(_attribute_size(k, image[k]) for k in keys) if keys_only else size
                units += _kilobytes(projected)
    return units


def _global_indexes(table: str, call: Call) -> list[tuple[list[str], bool]]:
    """Each global secondary index of the table: (the item attributes it needs, keys only?)."""
    described = call("DescribeTable", {"TableName": table})["Table"]
    base_keys = [k["AttributeName"] for k in described["KeySchema"]]
    return [
        (
            base_keys + [k["AttributeName"] for k in index["KeySchema"]],
            index.get("Projection", {}).get("ProjectionType") == "KEYS_ONLY",
        )
        for index in described.get("GlobalSecondaryIndexes", [])
    ]


def _kilobytes(size: int) -> int:
    return max(1, math.ceil(size / 1024))


def item_size(item: dict[str, Any]) -> int:
    """An item's size as DynamoDB counts it: each attribute's name plus its value."""
    return sum(_attribute_size(name, value) for name, value in item.items())


def _attribute_size(name: str, value: dict[str, Any]) -> int:
    return len(name.encode()) + _value_size(value)


def _value_size(value: dict[str, Any]) -> int:
    ((kind, v),) = value.items()
    if kind == "S":
        return len(str(v).encode())
    if kind == "N":
        digits = str(v).lstrip("-").replace(".", "").strip("0") or "0"
        return math.ceil(len(digits) / 2) + 1
    if kind == "B":
        return len(v)
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "SS":
        return sum(len(s.encode()) for s in v)
    if kind == "NS":
        return sum(_value_size({"N": n}) for n in v)
    if kind == "BS":
        return sum(len(b) for b in v)
    if kind == "L":
        return 3 + sum(1 + _value_size(e) for e in v)
    if kind == "M":
        return 3 + sum(1 + _attribute_size(k, e) for k, e in v.items())
    raise ValueError(f"not a DynamoDB attribute value: {value!r}")
