from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import moto.dynamodb.models as moto_models
import pytest
from moto.dynamodb.models import DynamoDBBackend
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


# moto's TransactWriteItems deep-copies a table once per item of the transaction (for its
# rollback), so a 10-item transaction copies the members table ten times. Copy each table
# once per transaction instead: the copies are taken before any write, so they are equal.
_in_transaction = threading.local()


class _CopyEachTableOnce:
    @staticmethod
    def deepcopy(obj: Any, memo: Any = None) -> Any:
        copies = getattr(_in_transaction, "copies", None)
        if copies is None or not isinstance(obj, Table):
            return copy.deepcopy(obj, memo)
        if id(obj) not in copies:
            copies[id(obj)] = copy.deepcopy(obj)
        return copies[id(obj)]


@pytest.fixture(autouse=True, scope="session")
def _faster_moto_transactions() -> Iterator[None]:
    original = DynamoDBBackend.transact_write_items

    def transact_write_items(self: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> None:
        _in_transaction.copies = {}
        try:
            return original(self, transact_items)
        finally:
            _in_transaction.copies = None

    moto_models.copy = _CopyEachTableOnce  # type: ignore[assignment]
    DynamoDBBackend.transact_write_items = transact_write_items  # type: ignore[method-assign]
    yield
    DynamoDBBackend.transact_write_items = original  # type: ignore[method-assign]
    moto_models.copy = copy
