"""DynamoDB Local, the runtime's DynamoDB, applies each conditional write atomically, with no
serialisation in the client: many threads racing for the last units of stock never oversell."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import boto3
import pytest
from botocore.config import Config

from siyu_local.dynamodb_local import DynamoDBLocal

pytestmark = pytest.mark.concurrency

STOCK, BUYERS = 10, 50


@pytest.fixture
def server(dynamodb_local: DynamoDBLocal) -> DynamoDBLocal:
    return dynamodb_local


def client(url: str):
    return boto3.session.Session().client(
        "dynamodb",
        endpoint_url=url,
        region_name="cn-north-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(max_pool_connections=BUYERS, retries={"max_attempts": 1}),
    )


def test_fifty_buyers_race_for_ten_units_and_exactly_ten_win(server):
    ddb = client(server.url)
    table = "atomic-stock-test"
    ddb.create_table(
        TableName=table,
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        BillingMode="PAY_PER_REQUEST",
    )
    ddb.put_item(TableName=table, Item={"pk": {"S": "SKU"}, "stock": {"N": str(STOCK)}})

    def buy(_: int) -> bool:
        try:
            ddb.update_item(
                TableName=table,
                Key={"pk": {"S": "SKU"}},
                UpdateExpression="SET stock = stock - :one",
                ConditionExpression="stock >= :one",
                ExpressionAttributeValues={":one": {"N": "1"}},
            )
        except ddb.exceptions.ConditionalCheckFailedException:
            return False
        return True

    with ThreadPoolExecutor(BUYERS) as pool:
        wins = sum(pool.map(buy, range(BUYERS)))
    assert wins == STOCK
    stock = ddb.get_item(TableName=table, Key={"pk": {"S": "SKU"}}, ConsistentRead=True)["Item"]["stock"]["N"]
    assert stock == "0"
    ddb.delete_table(TableName=table)
