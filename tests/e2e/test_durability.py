"""--data-dir keeps everything acknowledged: a bounded write loop (orders, which are DynamoDB
items and fake Kuaishou orders; S3 objects; queued messages; schedules) is cut by `kill -9` of
the runtime, a new runtime starts on the same folder, and every acknowledged write is there —
an unpaid order restored can still be paid."""

from __future__ import annotations

import threading
import time
from typing import Any
from urllib.parse import urlencode

import pytest

from tests.e2e.conftest import RunningRuntime

pytestmark = pytest.mark.e2e
MAX_ROUNDS = 200
MAX_SECONDS = 180.0


def _write_loop(
    runtime: RunningRuntime, token: str, acked: dict[str, list[Any]], stop: threading.Event
) -> None:
    s3, sqs, scheduler = runtime.aws("s3"), runtime.aws("sqs"), runtime.aws("scheduler")
    bucket = s3.list_buckets()["Buckets"][0]["Name"]
    queue = runtime.queue_url("TrackingDomainEventsDLQ")
    target = {
        "Arn": next(iter(runtime.info["functions"].values()))["arn"],
        "RoleArn": "arn:aws-cn:iam::123456789012:role/local",
        "Input": "{}",
    }
    body = {"store_id": "STORE-JINGAN", "items": [{"product_id": "SKU-YZGL", "sku_id": "M", "quantity": 1}]}
    deadline = time.monotonic() + MAX_SECONDS
    for i in range(MAX_ROUNDS):
        if stop.is_set() or time.monotonic() > deadline:
            return
        try:
            for _ in range(3):  # a 5xx (a cold start past the function's timeout) acknowledges nothing
                created = runtime.post(
                    "/v1/orders", body, token=token, headers={"Idempotency-Key": f"kill9-{i:04d}"}
                )
                if created.status == 201:
                    break
            if created.status != 201:
                return
            acked["orders"].append(created.json()["order"]["order_id"])
            s3.put_object(Bucket=bucket, Key=f"kill9/{i:04d}.json", Body=b"{}")
            acked["objects"].append((bucket, f"kill9/{i:04d}.json"))
            sqs.send_message(QueueUrl=queue, MessageBody=f"kill9-{i:04d}")
            acked["messages"].append(f"kill9-{i:04d}")
            scheduler.create_schedule(
                Name=f"kill9-{i:04d}",
                ScheduleExpression="at(2030-01-01T00:00:00)",
                FlexibleTimeWindow={"Mode": "OFF"},
                Target=target,
            )
            acked["schedules"].append(f"kill9-{i:04d}")
        except Exception:  # the runtime is gone: what was acknowledged so far is the record
            return


def test_every_acknowledged_write_survives_kill_9(start_runtime, tmp_path) -> None:
    data_dir = str(tmp_path / "state")
    first = start_runtime("--data-dir", data_dir)
    token = first.login("e2e-kill9")["access_token"]
    acked: dict[str, list[Any]] = {"orders": [], "objects": [], "messages": [], "schedules": []}
    stop = threading.Event()
    writer = threading.Thread(target=_write_loop, args=(first, token, acked, stop))
    writer.start()
    deadline = time.monotonic() + MAX_SECONDS
    while len(acked["schedules"]) < 3 and time.monotonic() < deadline and writer.is_alive():
        time.sleep(0.1)
    first.process.kill()  # SIGKILL: nothing is saved on the way out
    first.process.wait(timeout=10)
    stop.set()
    writer.join(timeout=30)
    assert acked["orders"], first.log()

    # Restarted at the same address, as `make dev` is: the Kuaishou orders it created name it
    # as their payment callback address.
    second = start_runtime("--data-dir", data_dir, port=int(first.url.rsplit(":", 1)[1]))
    assert second.info["restored"] is True
    for order_id in acked["orders"]:
        view = second.get(f"/v1/orders/{order_id}", token=token)
        assert view.status == 200, (order_id, view.body)
    s3 = second.aws("s3")
    for bucket, key in acked["objects"]:
        assert s3.get_object(Bucket=bucket, Key=key)["Body"].read() == b"{}"
    queue = second.queue_url("TrackingDomainEventsDLQ")
    bodies: set[str] = set()
    for _ in range(20):
        got = second.aws("sqs").receive_message(QueueUrl=queue, MaxNumberOfMessages=10, VisibilityTimeout=60)
        if not got.get("Messages"):
            break
        bodies |= {m["Body"] for m in got["Messages"]}
    assert set(acked["messages"]) <= bodies
    names = {s["Name"] for s in second.aws("scheduler").list_schedules(NamePrefix="kill9-")["Schedules"]}
    assert set(acked["schedules"]) <= names

    # The fake platform kept its orders: an unpaid order restored can still be paid.
    order_id = acked["orders"][-1]
    paid = second.request(
        "POST",
        "/pay",
        raw=urlencode({"out_order_no": order_id}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        base=second.info["kuaishou_url"],
    )
    assert paid.status == 200, paid.body
    status = second.get(f"/v1/orders/{order_id}", token=token).json()["status"]
    assert status == "PAID", paid.json()["message"]
    print(
        f"kill -9: {len(acked['orders'])} orders, {len(acked['objects'])} objects, "
        f"{len(acked['messages'])} messages, {len(acked['schedules'])} schedules acknowledged; all restored"
    )
