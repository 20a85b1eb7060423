"""Faster TransactWriteItems on moto, same outcome.

moto deep-copies a whole table once per item of a transaction, to roll back on failure:
with a few hundred items a transaction costs ~100 ms, and tests or benchmarks that run many
transactions grow quadratic. `faster_transactions()` keeps a copy of each item the
transaction touches instead and restores those (and the table's stream) on failure.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import moto.dynamodb.models as moto_models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType
from moto.dynamodb.models.table import Table

_in_transaction = threading.local()


class _NoTableCopies:
    @staticmethod
    def deepcopy(obj: Any, memo: Any = None) -> Any:
        if getattr(_in_transaction, "active", False) and isinstance(obj, Table):
            return obj  # moto's rollback then puts the live table back: a no-op
        return copy.deepcopy(obj, memo)


def _touched(backend: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    touched = []
    for entry in transact_items:
        op_type, op = next(iter(entry.items()))
        table = backend.tables.get(op.get("TableName", ""))
        attrs = op.get("Item") if op_type == "Put" else op.get("Key")
        if table is None or not attrs or table.hash_key_attr not in attrs:
            continue
        hash_value = DynamoType(attrs[table.hash_key_attr])
        range_value = DynamoType(attrs[table.range_key_attr]) if table.range_key_attr in attrs else None
        if table.has_range_key and range_value is None:
            continue
        current = table.get_item(hash_value, range_value)
        touched.append((table, hash_value, range_value, copy.deepcopy(current) if current else None))
    return touched


def _restore(touched: list[tuple[Any, ...]], streams: dict[int, tuple[Any, int]]) -> None:
    for table, hash_value, range_value, old in reversed(touched):
        if range_value is None:
            if old is None:
                table.items.pop(hash_value, None)
            else:
                table.items[hash_value] = old
            continue
        if old is None:
            table.items.get(hash_value, {}).pop(range_value, None)
            if not table.items.get(hash_value, True):
                del table.items[hash_value]
        else:
            table.items[hash_value][range_value] = old
    for table, length in streams.values():
        del table.stream_shard.items[length:]


@contextmanager
def faster_transactions() -> Iterator[None]:
    """Inside: moto rolls back a cancelled transaction item by item (not by table copies)."""
    original = DynamoDBBackend.transact_write_items

    def transact_write_items(self: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> None:
        touched = _touched(self, transact_items)
        streams = {id(t): (t, len(t.stream_shard.items)) for t, *_ in touched if t.stream_shard is not None}
        _in_transaction.active = True
        try:
            return original(self, transact_items)
        except Exception:
            _restore(touched, streams)
            raise
        finally:
            _in_transaction.active = False

    moto_models.copy = _NoTableCopies  # type: ignore[assignment]
    DynamoDBBackend.transact_write_items = transact_write_items  # type: ignore[method-assign]
    try:
        yield
    finally:
        DynamoDBBackend.transact_write_items = original  # type: ignore[method-assign]
        moto_models.copy = copy
