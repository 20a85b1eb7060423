from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import moto.dynamodb.models as moto_models
import pytest
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType
from moto.dynamodb.models.table import Table

from siyu import clock


@pytest.fixture(autouse=True)
def _clock_back() -> Iterator[None]:
    yield
    clock.clock.reset()


@pytest.fixture
def at():
    """Freeze the clock at an ISO instant (UTC unless the text says otherwise)."""

    def freeze(instant: str) -> datetime:
        moment = clock.parse_iso(instant)
        clock.clock.freeze(moment)
        return moment

    return freeze


# moto's TransactWriteItems deep-copies a whole table once per item of the transaction, to
# roll back on failure: with a few hundred items a transaction costs ~100 ms and the
# concurrency tests grow quadratic. Instead, keep a copy of each item the transaction
# touches and restore those (and the table's stream) on failure: the same all-or-nothing
# outcome, checked by test_a_cancelled_transaction_leaves_nothing_behind.
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


@pytest.fixture(autouse=True, scope="session")
def _faster_moto_transactions() -> Iterator[None]:
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
    yield
    DynamoDBBackend.transact_write_items = original  # type: ignore[method-assign]
    moto_models.copy = copy
