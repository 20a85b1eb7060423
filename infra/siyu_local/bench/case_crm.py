"""CRM webhooks: commit-to-first-attempt latency on the local runtime (a bounded run: 40
logins, each committing MemberRegistered, delivered to the runtime's own inbox); deliveries
per second of one sender against a loopback inbox (in process: tables in DynamoDB Local, the
queue in moto, batches of 5 as Lambda's SQS source hands them over); and 1,000 events while
the endpoint is down for an hour, the clock moved minute by minute as the sweeper's schedule
fires, five senders at once (the template's MaximumConcurrency)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

from siyu_local import bench
from siyu_local.sandbox import reset_caches
from siyu_local.template import default_stack

LOGINS = 40
SENDER_EVENTS = 500
DOWN_EVENTS = 1000
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _http(method: str, url: str, body: Any = None, token: str | None = None, key: str = "") -> Any:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if key:
        headers["Idempotency-Key"] = key
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    with _OPENER.open(request, timeout=120) as response:
        return json.loads(response.read() or b"{}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _runtime_latency(table: bench.Table) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "POWERTOOLS_"))}
    process = subprocess.Popen(
        [sys.executable, "-m", "siyu_local", "--port", str(port), "--kuaishou-port", "0"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    api = f"http://127.0.0.1:{port}"
    inbox = f"{api}/_local/webhooks/bench"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if _http("GET", f"{api}/_local/info").get("ready"):
                    break
            except OSError:
                pass
            time.sleep(0.1)
        owner = _http(
            "POST", f"{api}/v1/admin/auth/login", {"username": "owner", "password": "siyu-owner-demo"}
        )
        token = owner["access_token"]
        created = _http(
            "POST", f"{api}/v1/admin/webhooks/endpoints",
            {"url": inbox, "event_types": ["member.registered"]}, token, "bench-endpoint",
        )  # fmt: skip
        _http("POST", f"{inbox}/config", {"secret": created["secret"]})
        for i in range(LOGINS):  # one at a time: the latency of an idle pipeline, not of a queue
            _http("GET", f"{api}/_local/token?open_id=bench-crm-{i:03d}")
            time.sleep(0.5)
        deadline = time.monotonic() + 120
        arrivals: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            arrivals = _http("GET", inbox)["arrivals"]
            if len(arrivals) >= LOGINS:
                break
            time.sleep(0.5)
        latencies = []
        for arrival in arrivals:
            event = _http("GET", f"{api}/v1/admin/webhooks/events/{arrival['webhook_id']}", token=token)
            committed = datetime.fromisoformat(event["occurred_at"].replace("Z", "+00:00"))
            attempted = datetime.fromisoformat(event["attempts"][0]["at"].replace("Z", "+00:00"))
            latencies.append((attempted - committed).total_seconds())
        table.add("crm", f"local runtime: events delivered of {LOGINS} logins", len(arrivals), str(LOGINS))
        table.add("crm", "commit → first attempt p50 (s), local runtime", _percentile(latencies, 0.5), "< 2")
        table.add(
            "crm", "commit → first attempt p99 (s), local runtime", _percentile(latencies, 0.99), "< 10"
        )
        table.add(
            "crm", "signatures verified by the inbox", sum(a["verified"] for a in arrivals), str(LOGINS)
        )
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def _in_process(table: bench.Table) -> None:
    from siyu import aws, clock
    from siyu.config import get_settings
    from siyu.crm import delivery, endpoints, schemas
    from siyu.events import DomainEvent, OutboxItem
    from siyu.ids import new_id
    from siyu_local.webhook_inbox import InboxServer

    def record(event: DomainEvent, seq: int) -> dict[str, Any]:
        item = OutboxItem.of(event)
        image = {k: {"S": getattr(item, k)} for k in ("pk", "type", "occurred_at", "member_id", "data")}
        return {"eventName": "INSERT", "dynamodb": {"SequenceNumber": str(seq), "NewImage": image}}

    def events(n: int) -> list[dict[str, Any]]:
        return [
            record(
                DomainEvent(type="OrderPaid", member_id="M", data={"order_id": new_id(), "amount_fen": 100}),
                i,
            )
            for i in range(n)
        ]

    sqs = aws.client("sqs")
    queue = get_settings().webhook_queue_url

    def one_batch() -> Counter[str]:
        """What one sender does with one SQS batch (up to 5 messages, as the template asks)."""
        outcomes: Counter[str] = Counter()
        got = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=5, WaitTimeSeconds=0).get(
            "Messages", []
        )
        for m in got:
            outcomes[delivery.attempt(json.loads(m["Body"]))] += 1
        if got:
            entries = [{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)]
            sqs.delete_message_batch(QueueUrl=queue, Entries=entries)
        return outcomes

    def drain(senders: int = 1) -> Counter[str]:
        total: Counter[str] = Counter()
        with ThreadPoolExecutor(senders) as pool:
            while True:
                results = list(pool.map(lambda _: one_batch(), range(senders)))
                if not any(results):
                    return total
                for result in results:
                    total.update(result)

    server = InboxServer().start()
    try:
        # One sender against the inbox.
        if os.environ.get("SIYU_BENCH_CRM_PARTS") != "downtime":  # the downtime case alone
            ep = endpoints.create(schemas.EndpointSpec(url=server.url("bench")))
            server.inbox.configure("bench", {"secret": ep["secret"]})
            delivery.fan_out(events(SENDER_EVENTS))
            started = time.perf_counter()
            outcomes = drain()
            seconds = time.perf_counter() - started
            table.add(
                "crm",
                f"one sender: deliveries/s ({SENDER_EVENTS}, moto + loopback inbox)",
                outcomes["delivered"] / seconds,
            )
            with bench.dynamodb_calls() as calls:
                delivery.fan_out(events(10))
                fan_calls = len(calls)
                calls.clear()
                drain()
                table.add("crm", "DynamoDB calls per event: fan-out (1 endpoint)", fan_calls / 10)
                table.add("crm", "DynamoDB calls per delivered attempt", len(calls) / 10)
            endpoints.delete(ep["endpoint_id"])

        # 1,000 events while the endpoint is down for an hour (clock moved), then up again.
        delivery.SQS_DELAY_MAX = 0  # every wait on the stack's clock (in Lambda, 5 s rides on SQS)
        clock.clock.freeze(clock.now())
        t0 = clock.now()
        ep = endpoints.create(schemas.EndpointSpec(url=server.url("down")))
        server.inbox.configure("down", {"secret": ep["secret"], "fail_status": 503, "fail_times": -1})
        delivery.fan_out(events(DOWN_EVENTS))
        drain(5)
        failed_attempts = 0
        peak_due = 0
        for minute in range(1, 60 * 4):
            if minute == 60:
                server.inbox.configure("down", {"fail_status": None, "fail_times": 0})
            clock.clock.freeze(t0 + timedelta(minutes=minute))
            queued = delivery.sweep()
            peak_due = max(peak_due, queued)
            failed_attempts += drain(5)["retry"]
            box = server.inbox.inbox("down")
            if len(box.effects) >= DOWN_EVENTS:
                break
        box = server.inbox.inbox("down")
        lost = DOWN_EVENTS - len(box.effects)
        arrivals = Counter(a["webhook_id"] for a in box.arrivals)
        table.add(
            "crm",
            "endpoint down 1 h: events delivered of 1,000 (lost)",
            f"{len(box.effects)} ({lost})",
            "1000 (0)",
        )
        table.add("crm", "endpoint down 1 h: attempts per event (max)", max(arrivals.values()))
        table.add(
            "crm",
            "endpoint down 1 h: all delivered after (stack minutes)",
            minute,
            "<= 175 (4th attempt + 2 h ± 10 %)",
        )
        table.add("crm", "endpoint down 1 h: retries queued by the sweeper in one minute (peak)", peak_due)
        table.add("crm", "endpoint down 1 h: failed attempts in all", failed_attempts)
        table.add(
            "crm", "endpoint down 1 h: endpoint still enabled", str(endpoints.get(ep["endpoint_id"]).enabled)
        )
    finally:
        clock.clock.reset()
        server.stop()


def run(table: bench.Table) -> None:
    if os.environ.get("SIYU_BENCH_CRM_PARTS", "all") == "all":  # "in-process", "downtime": skip the runtime
        _runtime_latency(table)
    stack = default_stack()
    bench.quiet_environment(
        stack,
        {"WEBHOOK_QUEUE_URL": stack.functions()["CrmWebhookSenderFunction"].environment["WEBHOOK_QUEUE_URL"]},
    )
    with bench.local_stack(stack):
        reset_caches()
        _in_process(table)
