"""TransactWriteItems on moto at the cost DynamoDB has: proportional to the items named.

moto 5 backs up every table a transaction touches with a deep copy before applying it, so
each transaction costs time proportional to the whole table (≈100 ms per 1,000 items):
a live reminder for 1,000 members, or any capability that writes its outbox event in the
change's transaction, slows down quadratically. This replacement keeps moto's semantics
(conditions checked against the state before the transaction, all-or-nothing, the same
cancellation reasons) but checks every condition first and only then writes, snapshotting
just the items it writes (and their stream records) for the rare failure while writing.
"""

from __future__ import annotations

import copy
from typing import Any

from moto.dynamodb.comparisons import get_filter_expression
from moto.dynamodb.exceptions import (
    MockValidationException,
    MultipleTransactionsException,
    TooManyTransactionsException,
    TransactionCanceledException,
    TransactWriteSingleOpException,
)
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType

_OPS = {"ConditionCheck", "Put", "Delete", "Update"}
_installed = False


def _key_of(backend: DynamoDBBackend, op_type: str, op: dict[str, Any]) -> dict[str, Any]:
    if op_type != "Put":
        return dict(op["Key"])
    table = backend.get_table(op["TableName"])
    attrs = op["Item"]
    key = {table.hash_key_attr: attrs[table.hash_key_attr]}
    if table.range_key_attr is not None:
        key[table.range_key_attr] = attrs[table.range_key_attr]
    return key


class _ConditionFailed(Exception):
    def __init__(self, old_image: Any) -> None:
        super().__init__("The conditional request failed")
        self.old_image = old_image


def _check(backend: DynamoDBBackend, op: dict[str, Any], key: dict[str, Any]) -> Any:
    """The current item; raises _ConditionFailed (with ALL_OLD if asked) when the condition fails."""
    current = backend.get_item(op["TableName"], key)
    expression = op.get("ConditionExpression")
    if expression is not None:
        names, values = op.get("ExpressionAttributeNames"), op.get("ExpressionAttributeValues")
        if not get_filter_expression(expression, names, values).expr(current):
            wants_old = op.get("ReturnValuesOnConditionCheckFailure") == "ALL_OLD"
            raise _ConditionFailed(current.to_json()["Attributes"] if wants_old and current else None)
    return current


def _apply(backend: DynamoDBBackend, op_type: str, op: dict[str, Any], key: dict[str, Any]) -> None:
    # As moto's own transaction passes them: possibly None despite the annotations.
    names: Any = op.get("ExpressionAttributeNames")
    values: Any = op.get("ExpressionAttributeValues")
    condition = op.get("ConditionExpression")
    if op_type == "Put":
        backend.put_item(
            op["TableName"],
            op["Item"],
            condition_expression=condition,
            expression_attribute_names=names,
            expression_attribute_values=values,
        )
    elif op_type == "Delete":
        backend.delete_item(
            op["TableName"],
            key,
            condition_expression=condition,
            expression_attribute_names=names,
            expression_attribute_values=values,
        )
    elif op_type == "Update":
        backend.update_item(
            op["TableName"],
            key,
            update_expression=op["UpdateExpression"],
            condition_expression=condition,
            expression_attribute_names=names,
            expression_attribute_values=values,
        )


def _restore(
    backend: DynamoDBBackend, snapshots: list[tuple[str, dict[str, Any], Any]], streams: dict[str, int]
) -> None:
    for table_name, key, item in reversed(snapshots):
        table = backend.get_table(table_name)
        hash_value = DynamoType(key[table.hash_key_attr])
        range_value = DynamoType(key[table.range_key_attr]) if table.range_key_attr else None
        if range_value is not None:
            if item is None:
                table.items[hash_value].pop(range_value, None)
            else:
                table.items[hash_value][range_value] = item
        elif item is None:
            table.items.pop(hash_value, None)
        else:
            table.items[hash_value] = item
    for table_name, length in streams.items():
        shard = backend.get_table(table_name).stream_shard
        if shard is not None:
            del shard.items[length:]


def transact_write_items(self: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> None:
    if len(transact_items) > 100:
        raise TooManyTransactionsException()
    seen: set[tuple[str, str]] = set()
    plan: list[tuple[str, dict[str, Any], dict[str, Any], Any]] = []
    errors: list[tuple[str | None, str | None, Any]] = []
    # Items are distinct (checked), so checking every condition before writing anything is
    # the same as checking each just before its write.
    for item in transact_items:
        if len(item) > 1:
            raise TransactWriteSingleOpException
        op_type, op = next(iter(item.items()))
        try:
            if op_type not in _OPS:
                raise ValueError("Unsupported transaction operation")
            key = _key_of(self, op_type, op)
            marker = (str(op["TableName"]), str(dict(sorted(key.items()))))
            if marker in seen:
                raise MultipleTransactionsException()
            seen.add(marker)
            current = _check(self, op, key)
            plan.append((op_type, op, key, current))
            errors.append((None, None, None))
        except (MultipleTransactionsException, MockValidationException):
            raise
        except _ConditionFailed as exc:
            errors.append(("ConditionalCheckFailed", str(exc), exc.old_image))
        except Exception as exc:
            errors.append((type(exc).__name__, str(exc), None))
    if any(code is not None for code, _, _ in errors):
        raise TransactionCanceledException(errors)

    snapshots = [
        (op["TableName"], key, copy.deepcopy(current))
        for op_type, op, key, current in plan
        if op_type != "ConditionCheck"
    ]
    streams: dict[str, int] = {}
    for table_name, _, _ in snapshots:
        shard = self.get_table(table_name).stream_shard
        streams[table_name] = len(shard.items) if shard is not None else 0
    for index, (op_type, op, key, _) in enumerate(plan):
        try:
            _apply(self, op_type, op, key)
        except Exception as exc:
            _restore(self, snapshots, streams)
            if isinstance(exc, MockValidationException):
                raise
            reasons: list[tuple[str | None, str | None, Any]] = [(None, None, None)] * len(plan)
            reasons[index] = (type(exc).__name__, str(exc), None)
            raise TransactionCanceledException(reasons) from exc


def install() -> None:
    """Replace moto's DynamoDB TransactWriteItems (idempotent)."""
    global _installed
    if not _installed:
        DynamoDBBackend.transact_write_items = transact_write_items  # type: ignore[method-assign]
        _installed = True
