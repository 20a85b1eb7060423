"""TTL on the runtime's clock: an item expired by `siyu.clock` is deleted by the runtime's
sweeper, and its REMOVE reaches the stream's function as the service's, with the service's
userIdentity; a user's delete stays a user's. DynamoDB Local's own TTL, which deletes by the
wall clock, stays off: what `siyu.clock` set back holds live stays."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from siyu import clock
from siyu_local import resources
from siyu_local.lambdas import Functions, LocalFunction
from siyu_local.sources import StreamPoller
from siyu_local.targets import Clients
from siyu_local.ttl import SERVICE_IDENTITY, TtlSweeper
from siyu_local.wiring import StreamSource
from tests.conftest import STACK
from tests.runtime.conftest import Recorder

pytestmark = pytest.mark.concurrency  # DynamoDB Local (atomic_dynamodb)


def test_expired_items_go_on_the_runtimes_clock_and_their_removes_are_the_services(atomic_dynamodb):
    clients = Clients(STACK.region)
    ddb = clients("dynamodb")
    table = STACK.physical_name("OutboxTable")
    later = int(time.time()) + 3600  # an hour ahead of the wall clock: DynamoDB Local keeps it
    ddb.put_item(TableName=table, Item={"pk": {"S": "expiring"}, "ttl": {"N": str(later)}})
    ddb.put_item(TableName=table, Item={"pk": {"S": "deleted-by-hand"}, "ttl": {"N": str(later + 7200)}})
    recorder = Recorder()
    functions = Functions({"Probe": LocalFunction("Probe", "probe", "arn:probe", recorder, timeout=5)})
    sweeper = TtlSweeper(STACK, clients, lambda: datetime.now(UTC) + timedelta(hours=2))
    poller = StreamPoller(
        STACK,
        StreamSource("Probe", "test", table, batch_size=100),
        functions,
        clients,
        service_record=sweeper.service_record,
    )

    assert sweeper.tick() == 1  # two hours on, on the runtime's clock, only the first expired
    ddb.delete_item(TableName=table, Key={"pk": {"S": "deleted-by-hand"}})
    assert "Item" not in ddb.get_item(TableName=table, Key={"pk": {"S": "expiring"}})

    # The stream may also carry earlier tests' removals (tables are emptied between tests):
    # wait for these two items' REMOVE records by key.
    deadline = time.monotonic() + 60
    removes: dict[str, dict] = {}
    while time.monotonic() < deadline and not {"expiring", "deleted-by-hand"} <= removes.keys():
        poller.tick()
        records = [r for event in recorder.events for r in event["Records"]]
        removes = {r["dynamodb"]["Keys"]["pk"]["S"]: r for r in records if r["eventName"] == "REMOVE"}
        time.sleep(0.1)
    assert removes["expiring"]["userIdentity"] == SERVICE_IDENTITY
    assert "userIdentity" not in removes["deleted-by-hand"]


def test_a_ttl_removal_by_dynamodb_local_itself_is_passed_on_as_the_services_remove():
    sweeper = TtlSweeper(STACK, Clients(STACK.region), lambda: datetime.now(UTC))
    raw = {"eventName": "UNKNOWN_TO_SDK_VERSION", "dynamodb": {"Keys": {"pk": {"S": "x"}}}}
    record = sweeper.service_record("t", raw)
    assert (record["eventName"], record["userIdentity"]) == ("REMOVE", SERVICE_IDENTITY)


def test_dynamodb_local_tables_keep_its_wall_clock_ttl_off(atomic_dynamodb):
    """A test (or `/_local/clock`) a month back stages an outbox event: its `ttl` is three weeks
    past on the wall clock. With TTL on, DynamoDB Local sweeps such items every ~10 s (checked:
    150 items, one put every 0.5 s: 108 gone within 40 s) — under the test that staged them."""
    ddb = Clients(STACK.region)("dynamodb")
    swept_by_the_runtime = TtlSweeper(STACK, Clients(STACK.region), clock.now).tables
    assert len(swept_by_the_runtime) == 8
    assert {_ttl_status(ddb, table) for table in swept_by_the_runtime} == {"DISABLED"}


def test_ttl_an_earlier_run_left_on_in_dynamodb_local_is_switched_off(atomic_dynamodb):
    ddb = Clients(STACK.region)("dynamodb")
    table = STACK.physical_name("OutboxTable")
    ddb.update_time_to_live(
        TableName=table, TimeToLiveSpecification={"AttributeName": "ttl", "Enabled": True}
    )
    assert _ttl_status(ddb, table) == "ENABLED"

    resources.create_tables(STACK, wall_clock_ttl=False)  # as the runtime starts on a kept -dbPath

    assert _ttl_status(ddb, table) == "DISABLED"


def _ttl_status(ddb, table: str) -> str:
    return ddb.describe_time_to_live(TableName=table)["TimeToLiveDescription"]["TimeToLiveStatus"]
