"""Raw reads across item types: a whole partition (an order and its refund, a product and
its stock) in one Query, and one BatchGetItem over several tables."""

from __future__ import annotations

from typing import Any

from siyu import aws
from siyu.db import table_name

Raw = dict[str, Any]


def partition(pk: str) -> list[Raw]:
    """Every item under a partition key of the commerce table (consistent; small partitions)."""
    request: dict[str, Any] = {
        "TableName": table_name("commerce"),
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": {"S": pk}},
        "ConsistentRead": True,
    }
    items: list[Raw] = []
    while True:
        page = aws.client("dynamodb").query(**request)
        items.extend(page.get("Items", []))
        if not page.get("LastEvaluatedKey"):
            return items
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def batch_get(keys: dict[str, list[tuple[str, str]]]) -> dict[tuple[str, str, str], Raw]:
    """Items by (table, pk, sk), consistent, in one BatchGetItem (more only for unprocessed keys)."""
    request: dict[str, Any] = {
        table: {
            "Keys": [{"pk": {"S": pk}, "sk": {"S": sk}} for pk, sk in dict.fromkeys(table_keys)],
            "ConsistentRead": True,
        }
        for table, table_keys in keys.items()
        if table_keys
    }
    found: dict[tuple[str, str, str], Raw] = {}
    while request:
        response = aws.client("dynamodb").batch_get_item(RequestItems=request)
        for table, items in response.get("Responses", {}).items():
            for raw in items:
                found[(table, raw["pk"]["S"], raw["sk"]["S"])] = raw
        request = response.get("UnprocessedKeys") or {}
    return found
