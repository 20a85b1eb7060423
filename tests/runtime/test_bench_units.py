"""The bench's request units (`siyu_local.bench.units`), which the cost model multiplies by
DynamoDB's prices: measured on DynamoDB Local as the service bills — item sizes, each index
an item lands in, transactions at twice the units — and estimated only where nothing is
reported (moto)."""

from __future__ import annotations

from typing import Any

import boto3
import pytest

from siyu_local import bench
from siyu_local.bench.units import item_size
from tests.conftest import STACK

OUTBOX = STACK.physical_name("OutboxTable")  # key `pk`; `gsi1` (gsi1pk, gsi1sk) projects all
KB3 = "x" * 3000


def _item(pk: str, *, indexed: bool = False, body: str = "") -> dict[str, Any]:
    item: dict[str, Any] = {"pk": {"S": pk}}
    if indexed:
        item |= {"gsi1pk": {"S": "MEMBER#m"}, "gsi1sk": {"S": pk}}
    if body:
        item["body"] = {"S": body}
    return item


SHAPES = {
    "small": {},
    "indexed": {"indexed": True},
    "3 KB": {"body": KB3},
    "3 KB indexed": {"indexed": True, "body": KB3},
}


def test_a_transaction_takes_twice_its_items_units_in_the_table_and_once_in_each_index(atomic_dynamodb):
    ddb = boto3.client("dynamodb", region_name=STACK.region)
    alone = {
        shape: ddb.put_item(
            TableName=OUTBOX, Item=_item(f"alone-{shape}", **kw), ReturnConsumedCapacity="INDEXES"
        )["ConsumedCapacity"]
        for shape, kw in SHAPES.items()
    }
    assert {s: c["CapacityUnits"] for s, c in alone.items()} == {
        "small": 1,
        "indexed": 2,
        "3 KB": 3,
        "3 KB indexed": 6,
    }  # DynamoDB Local, one item a call: what the service bills
    ddb.put_item(TableName=OUTBOX, Item=_item("to-update"))

    with bench.dynamodb_calls() as calls:
        ddb.transact_write_items(
            TransactItems=[
                *({"Put": {"TableName": OUTBOX, "Item": _item(f"tx-{s}", **kw)}} for s, kw in SHAPES.items()),
                {
                    "Update": {
                        "TableName": OUTBOX,
                        "Key": {"pk": {"S": "to-update"}},
                        "UpdateExpression": "SET gsi1pk = :m, gsi1sk = :s",
                        "ExpressionAttributeValues": {":m": {"S": "MEMBER#m"}, ":s": {"S": "x"}},
                    }
                },
            ]
        )

    table = sum(c["Table"]["CapacityUnits"] for c in alone.values()) + 1  # + the updated item
    index = sum(
        c.get("GlobalSecondaryIndexes", {}).get("gsi1", {}).get("CapacityUnits", 0) for c in alone.values()
    )
    assert (calls.writes, calls.measured) == (2 * table + index + 1, 1)  # the update moved it into gsi1


def test_single_calls_count_what_dynamodb_local_reports(atomic_dynamodb):
    ddb = boto3.client("dynamodb", region_name=STACK.region)
    with bench.dynamodb_calls() as calls:
        ddb.put_item(TableName=OUTBOX, Item=_item("big", indexed=True, body=KB3))
        ddb.get_item(TableName=OUTBOX, Key={"pk": {"S": "big"}})  # eventually consistent, < 4 KB
        ddb.query(
            TableName=OUTBOX,
            IndexName="gsi1",
            KeyConditionExpression="gsi1pk = :m",
            ExpressionAttributeValues={":m": {"S": "MEMBER#m"}},
        )
    assert (calls.writes, calls.reads, calls.measured) == (6, 1, 3)
    assert list(calls) == ["PutItem", "GetItem", "Query"]


def test_moto_reports_nothing_so_units_are_estimated_from_the_request(moto_dynamodb):
    ddb = boto3.client("dynamodb", region_name=STACK.region)
    with bench.dynamodb_calls() as calls:
        ddb.transact_write_items(
            TransactItems=[{"Put": {"TableName": OUTBOX, "Item": _item(f"m{n}", body=KB3)}} for n in range(3)]
        )
    assert (calls.writes, calls.measured, calls.events) == (6, 0, 3)  # 1 KB items assumed


@pytest.mark.parametrize(
    ("item", "size"),
    [
        ({"pk": {"S": "abc"}}, 2 + 3),
        ({"n": {"N": "12345"}}, 1 + 4),  # 5 digits: 3 bytes, plus 1
        ({"flag": {"BOOL": True}, "none": {"NULL": True}}, 4 + 1 + 4 + 1),
        ({"名": {"S": "奶茶"}}, 3 + 6),  # UTF-8 bytes
        ({"m": {"M": {"a": {"S": "b"}}}}, 1 + 3 + (1 + 1 + 1)),
        ({"l": {"L": [{"S": "ab"}, {"N": "1"}]}}, 1 + 3 + (1 + 2) + (1 + 2)),
    ],
)
def test_item_size_counts_names_and_values_as_dynamodb_does(item, size):
    assert item_size(item) == size
