"""Reads that span item kinds or tables in one round trip: a BatchGetItem over several
tables (the assist, the helper's help and the helper's profile before a help) and a Query
of a whole partition (an assist with its helps)."""

from __future__ import annotations

from typing import Any, TypeVar

from pynamodb.models import Model

from siyu import aws
from siyu.assist.errors import AssistBusy

M = TypeVar("M", bound=Model)
Key = tuple[str, str]
BATCH_ATTEMPTS = 5


def _table(model: type[Model]) -> str:
    return str(model.Meta.table_name)


def read_many(requests: list[tuple[type[Model], Key]]) -> list[Any]:
    """Consistent reads of distinct items in one BatchGetItem (more only for unprocessed
    keys); one result per request, in order: the model instance or None."""
    pending: dict[str, Any] = {}
    for model, (pk, sk) in requests:
        entry = pending.setdefault(_table(model), {"Keys": [], "ConsistentRead": True})
        entry["Keys"].append({"pk": {"S": pk}, "sk": {"S": sk}})
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for _ in range(BATCH_ATTEMPTS):
        response = aws.client("dynamodb").batch_get_item(RequestItems=pending)
        for table, items in response.get("Responses", {}).items():
            for item in items:
                found[(table, item["pk"]["S"], item["sk"]["S"])] = item
        pending = response.get("UnprocessedKeys") or {}
        if not pending:
            break
    else:
        raise AssistBusy()
    results: list[Any] = []
    for model, (pk, sk) in requests:
        raw = found.get((_table(model), pk, sk))
        results.append(model.from_raw_data(raw) if raw is not None else None)
    return results


def query_partition(model: type[Model], pk: str, limit: int = 1000) -> list[dict[str, Any]]:
    """Every item (raw) of one partition of `model`'s table, in sort-key order."""
    items: list[dict[str, Any]] = []
    params: dict[str, Any] = {
        "TableName": _table(model),
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": {"S": pk}},
        "ConsistentRead": True,
    }
    while len(items) < limit:
        response = aws.client("dynamodb").query(**params)
        items.extend(response.get("Items", []))
        if "LastEvaluatedKey" not in response:
            break
        params["ExclusiveStartKey"] = response["LastEvaluatedKey"]
    return items[:limit]
