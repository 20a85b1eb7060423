"""Delivering to what EventBridge rules and Scheduler schedules target — a template function,
an SQS queue, an event bus or an API destination — with retries and a dead-letter queue.

Function errors count as failed deliveries and are retried: Scheduler targets per their
RetryPolicy; rule targets at most twice (what Lambda's asynchronous invocation does).
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from botocore.config import Config

from siyu_local.lambdas import Functions, LocalFunction
from siyu_local.template import LOCAL_ACCOUNT, Stack

log = logging.getLogger("siyu_local")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
LAMBDA_ASYNC_RETRIES = 2


class Clients:
    """The runtime's own AWS clients: moto at `endpoint_url` (or `mock_aws` in tests), and per
    service where `endpoints` says so (DynamoDB and its streams: DynamoDB Local). Streams need
    account-based endpoints off to reach moto."""

    def __init__(
        self, region: str, endpoint_url: str | None = None, endpoints: dict[str, str] | None = None
    ) -> None:
        self.region = region
        self.endpoint_url = endpoint_url
        self.endpoints = dict(endpoints or {})
        from siyu_local.resources import _session_for

        self._session = _session_for(region)

    @cache  # noqa: B019 - one Clients per runtime, kept for its lifetime
    def __call__(self, service: str) -> Any:
        config = Config(account_id_endpoint_mode="disabled", retries={"max_attempts": 2})
        endpoint = self.endpoints.get(service, self.endpoint_url)
        return self._session.client(service, endpoint_url=endpoint, config=config)

    @cache  # noqa: B019
    def queue_url(self, name: str) -> str:
        return str(self("sqs").get_queue_url(QueueName=name)["QueueUrl"])


def arn_name(arn: str) -> str:
    return arn.rsplit(":", 1)[-1].rsplit("/", 1)[-1]


def apply_input(event: dict[str, Any], input_text: str | None, input_path: str | None) -> Any:
    """An EventBridge target's Input (constant JSON) or InputPath ($.a.b) applied to an event."""
    if input_text is not None:
        return json.loads(input_text)
    if input_path:
        value: Any = event
        for part in input_path.removeprefix("$").strip(".").split("."):
            if part:
                value = value.get(part) if isinstance(value, dict) else None
        return value
    return event


@dataclass
class Delivery:
    """One event on its way to one target, retried until it succeeds or runs out of policy."""

    label: str  # what is delivering, for log lines: "schedule default/x", "rule Bus/Rule"
    target_arn: str
    render: Callable[[int], str]  # attempt number → payload text
    scheduled: datetime
    max_retries: int
    max_age: timedelta
    dead_letter_arn: str | None = None
    parameters: dict[str, Any] = field(default_factory=dict)  # EventBridgeParameters, SqsParameters
    on_done: Callable[[bool], None] | None = None  # called once: delivered or given up
    attempt: int = 1
    due: datetime | None = None
    dead_letter_attributes: dict[str, str] = field(default_factory=dict)


class Targets:
    def __init__(self, stack: Stack, functions: Functions, clients: Clients) -> None:
        self.stack = stack
        self.functions = functions
        self.clients = clients
        self._destinations = self._api_destinations()

    def function(self, arn: str) -> LocalFunction | None:
        """The template function a Lambda ARN names (None for any other target)."""
        return self.functions.for_arn(arn) if ":lambda:" in arn else None

    def describe(self, arn: str) -> str:
        fn = self.function(arn)
        return fn.logical_id if fn else arn_name(arn)

    def send(self, arn: str, payload: str, parameters: dict[str, Any] | None = None) -> str | None:
        """Deliver once; returns None on success, else the error."""
        parameters = parameters or {}
        try:
            if ":lambda:" in arn:
                fn = self.functions.for_arn(arn)
                if fn is None:
                    return f"ResourceNotFoundException: no function {arn} in the template"
                try:
                    event: Any = json.loads(payload) if payload else {}
                except ValueError:
                    event = payload
                invocation = self.functions.invoke(fn.logical_id, event)
                return None if invocation.ok else invocation.error
            if ":sqs:" in arn:
                args: dict[str, Any] = {
                    "QueueUrl": self.clients.queue_url(arn_name(arn)),
                    "MessageBody": payload,
                }
                group = (parameters.get("SqsParameters") or {}).get("MessageGroupId")
                if group:
                    args["MessageGroupId"] = group
                self.clients("sqs").send_message(**args)
                return None
            if ":event-bus/" in arn:
                bridge = parameters.get("EventBridgeParameters") or {}
                response = self.clients("events").put_events(
                    Entries=[
                        {
                            "EventBusName": arn_name(arn),
                            "Source": bridge.get("Source", "siyu.local"),
                            "DetailType": bridge.get("DetailType", "Scheduled Event"),
                            "Detail": payload or "{}",
                        }
                    ]
                )
                return "PutEvents failed" if response.get("FailedEntryCount") else None
            if ":api-destination/" in arn:
                return self._call_api_destination(arn, payload, parameters.get("HttpParameters") or {})
        except Exception as exc:  # a delivery failure, whatever the cause
            return f"{type(exc).__name__}: {exc}"
        return f"unsupported target {arn} (locally: functions, queues, buses and API destinations)"

    def send_to_dead_letter(self, delivery: Delivery, payload: str, error: str) -> None:
        if not delivery.dead_letter_arn:
            return
        attributes = {
            "ERROR_CODE": error.split(":", 1)[0],
            "ERROR_MESSAGE": error[:1000],
            "RETRY_ATTEMPTS": str(delivery.attempt - 1),
            "TARGET_ARN": delivery.target_arn,
            **delivery.dead_letter_attributes,
        }
        try:
            self.clients("sqs").send_message(
                QueueUrl=self.clients.queue_url(arn_name(delivery.dead_letter_arn)),
                MessageBody=payload or "{}",
                MessageAttributes={
                    k: {"DataType": "String", "StringValue": v} for k, v in attributes.items() if v
                },
            )
            log.info("%s → dead-letter queue %s", delivery.label, arn_name(delivery.dead_letter_arn))
        except Exception as exc:
            log.error("%s: could not write to the dead-letter queue: %s", delivery.label, exc)

    # -- API destinations (e.g. the merchant's CRM webhook) ---------------------------------------
    def _api_destinations(self) -> dict[str, dict[str, Any]]:
        connections = {
            self.stack.physical_name(logical_id): self.stack.resolve(res.get("Properties") or {})
            for logical_id, res in self.stack.resources_of("AWS::Events::Connection").items()
        }
        found = {}
        for logical_id, res in self.stack.resources_of("AWS::Events::ApiDestination").items():
            props = self.stack.resolve(res.get("Properties") or {})
            connection = connections.get(arn_name(str(props.get("ConnectionArn", ""))), {})
            found[self.stack.physical_name(logical_id)] = {**props, "Connection": connection}
        return found

    def _call_api_destination(self, arn: str, payload: str, http: dict[str, Any]) -> str | None:
        name = arn.split(":api-destination/", 1)[1].split("/", 1)[0]
        spec = self._destinations.get(name)
        if spec is None:
            return f"no API destination {name} in the template"
        url = str(spec["InvocationEndpoint"])
        if urlsplit(url).hostname not in _LOOPBACK:
            log.warning("API destination %s: %s is not on this machine; not called locally", name, url)
            return None
        query = http.get("QueryStringParameters") or {}
        url = url + ("?" + urlencode(query) if query else "")
        headers = {"Content-Type": "application/json; charset=utf-8", **(http.get("HeaderParameters") or {})}
        auth = spec["Connection"]
        params = auth.get("AuthParameters") or {}
        if auth.get("AuthorizationType") == "API_KEY":
            key = params.get("ApiKeyAuthParameters") or {}
            headers[str(key.get("ApiKeyName"))] = str(key.get("ApiKeyValue"))
        elif auth.get("AuthorizationType") == "BASIC":
            basic = params.get("BasicAuthParameters") or {}
            token = base64.b64encode(f"{basic.get('Username')}:{basic.get('Password')}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        request = urllib.request.Request(
            url, data=payload.encode(), method=str(spec.get("HttpMethod", "POST")), headers=headers
        )
        try:
            with _OPENER.open(request, timeout=5) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            return f"HTTP {exc.code}"
        except OSError as exc:
            return f"{type(exc).__name__}: {exc}"
        return None


class Deliveries:
    """Pending deliveries, attempted when due; a failure is retried after a growing pause
    (`retry_base` × 2^n seconds, at most a minute) or sent to the dead-letter queue.

    With `workers` > 0 (the runtime), deliveries run beside each other as EventBridge and
    Scheduler deliver them: a slow or cold function does not hold up the schedules and rules
    of the others. Each function takes at most as many at once as it has containers (its
    reserved concurrency); any other target one at a time, so a queue keeps its order. With
    `workers` = 0 (unit tests) `run_due` attempts each due delivery before it returns."""

    def __init__(self, targets: Targets, *, retry_base: float = 1.0, workers: int = 0) -> None:
        self.targets = targets
        self.retry_base = retry_base
        self._pending: list[Delivery] = []
        self._lock = threading.Lock()
        self._in_flight: dict[str, int] = {}
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="delivery") if workers else None

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending) + sum(self._in_flight.values())

    def add(self, delivery: Delivery, now: datetime) -> None:
        delivery.due = delivery.due or now
        with self._lock:
            self._pending.append(delivery)

    def cancel(self, label: str) -> None:
        with self._lock:
            self._pending = [d for d in self._pending if d.label != label]

    def run_due(self, now: datetime) -> int:
        with self._lock:
            due = [d for d in self._pending if d.due is not None and d.due <= now]
            if self._pool is not None:
                slots = {id(d): slot for d in due if (slot := self._take_slot(d)) is not None}
                due = [d for d in due if id(d) in slots]
            self._pending = [d for d in self._pending if d not in due]
        for delivery in due:
            if self._pool is None:
                self._attempt(delivery, now)
            else:
                self._pool.submit(self._attempt_beside, delivery, slots[id(delivery)], now, time.monotonic())
        return len(due)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def _take_slot(self, delivery: Delivery) -> str | None:  # under self._lock
        """The target's key when it has room for one more delivery, else None (stays pending
        until one of the target's deliveries ends): a function up to its containers, any other
        target one at a time."""
        fn = self.targets.function(delivery.target_arn)
        pool = self.targets.functions.containers.get(fn.logical_id) if fn else None
        key, limit = (fn.logical_id, pool.limit) if fn and pool else (delivery.target_arn, 1)
        if self._in_flight.get(key, 0) >= limit:
            return None
        self._in_flight[key] = self._in_flight.get(key, 0) + 1
        return key

    def _attempt_beside(self, delivery: Delivery, key: str, now: datetime, started: float) -> None:
        try:
            self._attempt(delivery, now, finished=lambda: now + timedelta(seconds=time.monotonic() - started))
        except Exception:
            log.exception("%s: delivery failed unexpectedly", delivery.label)
        finally:
            with self._lock:
                self._in_flight[key] -= 1

    def _attempt(
        self, delivery: Delivery, now: datetime, finished: Callable[[], datetime] | None = None
    ) -> None:
        payload = delivery.render(delivery.attempt)
        error = self.targets.send(delivery.target_arn, payload, delivery.parameters)
        where = self.targets.describe(delivery.target_arn)
        if finished is not None:
            now = finished()  # the retry pause counts from the end of this attempt
        if error is None:
            log.info("%s → %s ok (attempt %d)", delivery.label, where, delivery.attempt)
            if delivery.on_done:
                delivery.on_done(True)
            return
        age = now - delivery.scheduled
        if delivery.attempt <= delivery.max_retries and age < delivery.max_age:
            pause = min(self.retry_base * 2 ** (delivery.attempt - 1), 60.0)
            log.warning(
                "%s → %s failed (attempt %d of %d): %s; retry in %.1fs",
                delivery.label,
                where,
                delivery.attempt,
                delivery.max_retries + 1,
                error,
                pause,
            )
            delivery.attempt += 1
            delivery.due = now + timedelta(seconds=pause)
            with self._lock:
                self._pending.append(delivery)
            return
        log.error(
            "%s → %s failed for good after %d attempts: %s", delivery.label, where, delivery.attempt, error
        )
        self.targets.send_to_dead_letter(delivery, payload, error)
        if delivery.on_done:
            delivery.on_done(False)


def scheduled_event(rule_arn: str, region: str, at: datetime, event_id: str) -> dict[str, Any]:
    """The event an EventBridge schedule rule sends its targets."""
    return {
        "version": "0",
        "id": event_id,
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": LOCAL_ACCOUNT,
        "time": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "region": region,
        "resources": [rule_arn],
        "detail": {},
    }
