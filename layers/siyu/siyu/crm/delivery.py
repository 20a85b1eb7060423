"""Webhook delivery: outbox stream → recorded event (with its per-aggregate sequence) → one
delivery per endpoint → SQS → the sender, which signs and POSTs each attempt.

Every event that reaches the catalogue ends in one visible state per endpoint: `delivered`,
`failed` (retries exhausted, a non-retryable answer, the endpoint disabled or removed) or
`filtered` (the endpoint does not take that type); `pending` while attempts remain. Each
attempt is logged (status, latency, the first 1 KB of the answer). Events stay replayable
for `webhook_retention_days` (TTL).

Retries (timeouts, connection errors, 408, 429, 5xx): the Standard Webhooks schedule, 10
attempts over about 3 days, ±10 % jitter, never sooner than a `Retry-After`. Waits up to
30 s ride on the SQS message (`DelaySeconds`); longer ones are `Due` items that the sweeper
(every minute, on the stack's clock) queues when they are due. 410 disables the endpoint; an
endpoint failing without a single success for `webhook_disable_after_days` is disabled and
counted in the `WebhookEndpointDisabled` metric (alarmed in template.yaml).

A message carries (event, endpoint, round, attempt). The sender claims the attempt with one
conditional write first, so a duplicate SQS message sends nothing twice; the receiver still
gets at-least-once delivery and deduplicates by `webhook-id` (the domain event's id, the same
on every attempt and replay)."""

from __future__ import annotations

import contextlib
import json
import math
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import urllib3
from pynamodb.exceptions import DoesNotExist, PutError, UpdateError

from siyu import aws, clock
from siyu.config import get_settings
from siyu.crm import catalogue, endpoints, signing
from siyu.crm.errors import WebhookEventNotFound
from siyu.crm.models import Attempt, Counter, Delivery, Due, Endpoint, WebhookEvent
from siyu.events import DomainEvent, from_stream_image
from siyu.observability import logger, metrics

PENDING, DELIVERED, FAILED, FILTERED = "pending", "delivered", "failed", "filtered"
# Seconds before attempts 2..10 (Standard Webhooks' example schedule): the last at ~75.6 h.
RETRY_DELAYS = (5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
JITTER = 0.10
SQS_DELAY_MAX = 30
MAX_RETRY_AFTER = 86400
RESPONSE_KEPT = 1024
REPLAY_MAX_EVENTS = 500
RETRYABLE = frozenset({408, 429})


# ---------------------------------------------------------------- recording and fan-out
def _ttl(days: int | None = None) -> int:
    return clock.epoch(clock.now() + timedelta(days=days or get_settings().webhook_retention_days))


def _next_sequence(aggregate: str) -> int:
    counter = Counter(f"SEQ#{aggregate}", "SEQ")
    counter.update(actions=[Counter.n.add(1)])
    return int(counter.n)


def record(kind: catalogue.WebhookType, event: DomainEvent) -> WebhookEvent:
    """The event as every attempt and replay will send it; once per event id (a stream retry
    finds the first record and its sequence)."""
    try:
        return WebhookEvent.get(*WebhookEvent.key(event.id), consistent_read=True)
    except DoesNotExist:
        pass
    aggregate = catalogue.aggregate(kind, event)
    own = event.data.get(kind.own_sequence) if kind.own_sequence else None
    sequence = own if isinstance(own, int) else _next_sequence(aggregate)
    item = WebhookEvent(
        *WebhookEvent.key(event.id),
        event_id=event.id,
        type=kind.type,
        occurred_at=event.occurred_at,
        aggregate=aggregate,
        sequence=sequence,
        body=catalogue.body(catalogue.payload(kind, event, sequence)),
        gsi1pk=f"WHEVENTS#{event.occurred_at[:10]}",
        gsi1sk=f"{event.occurred_at}#{event.id}",
        ttl=_ttl(),
    )
    try:
        item.save(condition=WebhookEvent.pk.does_not_exist())
    except PutError:
        return WebhookEvent.get(*WebhookEvent.key(event.id), consistent_read=True)
    return item


def _delivery(event: WebhookEvent, endpoint_id: str, status: str, error: str | None = None) -> Delivery:
    return Delivery(
        *Delivery.key(event.event_id, endpoint_id),
        event_id=event.event_id,
        endpoint_id=endpoint_id,
        type=event.type,
        status=status,
        last_error=error,
        updated_at=clock.now_iso(),
        gsi1pk=f"WEBHOOK#{endpoint_id}#DELIVERIES",
        gsi1sk=f"{event.occurred_at}#{event.event_id}",
        ttl=int(event.ttl),
    )


def message(event_id: str, endpoint_id: str, round_: int, attempt: int) -> dict[str, Any]:
    return {"event_id": event_id, "endpoint_id": endpoint_id, "round": round_, "attempt": attempt}


def open_deliveries(event: WebhookEvent, targets: Iterable[Endpoint]) -> list[dict[str, Any]]:
    """One delivery per endpoint (pending, filtered, or failed when the endpoint is disabled);
    the first-attempt messages of the pending ones. Repeating it re-sends only first attempts
    not yet made."""
    messages = []
    for endpoint in targets:
        if not endpoint.enabled:
            item = _delivery(event, endpoint.endpoint_id, FAILED, "endpoint disabled")
        elif endpoints.wants(endpoint, event.type):
            item = _delivery(event, endpoint.endpoint_id, PENDING)
        else:
            item = _delivery(event, endpoint.endpoint_id, FILTERED)
        try:
            item.save(condition=Delivery.pk.does_not_exist())
        except PutError:
            item = Delivery.get(*Delivery.key(event.event_id, endpoint.endpoint_id), consistent_read=True)
            if not (item.status == PENDING and item.attempts == 0):
                continue
        if item.status == PENDING:
            messages.append(message(event.event_id, endpoint.endpoint_id, int(item.round), 1))
    return messages


def send_messages(messages: list[dict[str, Any]], delay: int = 0) -> None:
    queue = get_settings().webhook_queue_url
    sqs = aws.client("sqs")
    for start in range(0, len(messages), 10):
        chunk = messages[start : start + 10]
        entries = [
            {"Id": str(i), "MessageBody": json.dumps(m), "DelaySeconds": delay} for i, m in enumerate(chunk)
        ]
        result = sqs.send_message_batch(QueueUrl=queue, Entries=entries)
        if result.get("Failed"):
            raise RuntimeError(f"webhook messages not queued: {result['Failed']}")


def fan_out(records: list[dict[str, Any]]) -> list[str]:
    """The outbox stream's INSERTs in order: record each catalogued event and queue its first
    attempts. Returns the sequence numbers to retry (from the first failure on)."""
    pending = [
        (r["dynamodb"]["SequenceNumber"], r["dynamodb"]["NewImage"])
        for r in records
        if r.get("eventName") == "INSERT" and "NewImage" in r.get("dynamodb", {})
    ]
    targets: list[Endpoint] | None = None
    for position, (_, image) in enumerate(pending):
        try:
            event = from_stream_image(image)
            kind = catalogue.BY_DOMAIN.get(event.type)
            if kind is None:
                continue
            recorded = record(kind, event)
            if targets is None:
                targets = endpoints.all_endpoints()
            send_messages(open_deliveries(recorded, targets))
            metrics.add_metric(name="WebhookEventsRecorded", unit="Count", value=1)
        except Exception:
            logger.exception("webhook fan-out failed; the stream retries from here")
            return [seq for seq, _ in pending[position:]]
    return []


# ---------------------------------------------------------------- one attempt
@dataclass(frozen=True)
class Answer:
    status: int | None  # None: no answer (timeout, refused, DNS)
    text: str
    latency_ms: int
    error: str | None = None
    retry_after: float | None = None


Post = Callable[[str, str, dict[str, str], float], Answer]
_pool = urllib3.PoolManager(num_pools=8, maxsize=4, retries=False)


def _retry_after(value: str | None, now: datetime) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - now).total_seconds())
    except (TypeError, ValueError):
        return None


def http_post(url: str, body: str, headers: dict[str, str], timeout: float) -> Answer:
    """POST without redirects or retries; keeps the first 1 KB of the answer."""
    start = time.perf_counter()
    try:
        response = _pool.request(
            "POST",
            url,
            body=body.encode(),
            headers={**headers, "user-agent": "Siyu-Webhooks/1.0"},
            timeout=urllib3.Timeout(connect=min(5.0, timeout), read=timeout),
            redirect=False,
            preload_content=False,
        )
        head = response.read(RESPONSE_KEPT)
        response.drain_conn()
        response.release_conn()
    except urllib3.exceptions.HTTPError as exc:
        latency = int((time.perf_counter() - start) * 1000)
        return Answer(None, "", latency, type(exc).__name__ + ": " + str(exc)[:200])
    latency = int((time.perf_counter() - start) * 1000)
    retry_after = _retry_after(response.headers.get("retry-after"), clock.now())
    return Answer(response.status, head.decode("utf-8", "replace"), latency, retry_after=retry_after)


def retry_delay(
    attempt: int, retry_after: float | None = None, rand: Callable[[], float] = random.random
) -> float | None:
    """Seconds to wait after failed attempt `attempt` (1-based); None after the last."""
    if attempt >= MAX_ATTEMPTS:
        return None
    delay = RETRY_DELAYS[attempt - 1] * (1 + JITTER * (2 * rand() - 1))
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
    return delay


def schedule(msg: dict[str, Any], delay: float) -> str:
    """Queue the next attempt after `delay` seconds; returns when it is due."""
    due = clock.now() + timedelta(seconds=delay)
    if delay <= SQS_DELAY_MAX:
        send_messages([msg], delay=math.ceil(delay))
    else:
        Due(
            sk=f"{clock.iso(due)}#{msg['event_id']}#{msg['endpoint_id']}",
            event_id=msg["event_id"],
            endpoint_id=msg["endpoint_id"],
            round=msg["round"],
            attempt=msg["attempt"],
            ttl=_ttl(),
        ).save()
    return clock.iso(due)


def sweep(limit: int = 5000) -> int:
    """Queue every retry that is due by the stack's clock; returns how many."""
    now = clock.now_iso()
    due = list(Due.query("WHDUE", Due.sk < f"{now}$", limit=limit, consistent_read=True))
    for start in range(0, len(due), 10):
        chunk = due[start : start + 10]
        send_messages([message(d.event_id, d.endpoint_id, int(d.round), int(d.attempt)) for d in chunk])
        with Due.batch_write() as batch:
            for item in chunk:
                batch.delete(item)
    return len(due)


def _claim(msg: dict[str, Any]) -> Delivery | None:
    """Take attempt n of the round: the first copy of a message wins; a copy arriving after an
    attempt died half-way (claimed long ago, not finished) takes it again."""
    n = int(msg["attempt"])
    item = Delivery(*Delivery.key(msg["event_id"], msg["endpoint_id"]))
    now = clock.now()
    fresh = Delivery.attempts == n - 1
    # Claimed longer ago than any attempt takes (the HTTP timeout, twice): that attempt died.
    stale = clock.iso(now - timedelta(seconds=2 * get_settings().webhook_timeout_seconds + 30))
    unfinished = (Delivery.attempts == n) & (Delivery.done < n) & (Delivery.claimed_at < stale)
    try:
        item.update(
            actions=[Delivery.attempts.set(n), Delivery.claimed_at.set(clock.iso(now))],
            condition=(Delivery.status == PENDING)
            & (Delivery.round == int(msg["round"]))
            & (fresh | unfinished),
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise
        return None
    return item


def _disable(endpoint: Endpoint, reason: str) -> None:
    try:
        endpoint.update(
            actions=[Endpoint.enabled.set(False), Endpoint.disabled_reason.set(reason)],
            condition=Endpoint.enabled == True,  # noqa: E712 (a pynamodb condition)
        )
    except UpdateError:
        return  # already disabled
    metrics.add_metric(name="WebhookEndpointDisabled", unit="Count", value=1)
    logger.warning("webhook endpoint disabled", extra={"endpoint_id": endpoint.endpoint_id, "reason": reason})


def _failing(endpoint: Endpoint) -> None:
    """Start the endpoint's failing clock, or disable it when the clock has run out."""
    now = clock.now()
    if endpoint.failing_since is None:
        with contextlib.suppress(UpdateError):  # another attempt started it
            endpoint.update(
                actions=[Endpoint.failing_since.set(clock.iso(now))],
                condition=Endpoint.failing_since.does_not_exist(),
            )
        return
    days = get_settings().webhook_disable_after_days
    if clock.parse_iso(endpoint.failing_since) <= now - timedelta(days=days):
        _disable(endpoint, f"failing for {days} days")


def _healthy(endpoint: Endpoint) -> None:
    if endpoint.failing_since is not None:
        endpoint.update(actions=[Endpoint.failing_since.remove()])


def _finish(delivery: Delivery, msg: dict[str, Any], answer: Answer | None, outcome: str, error: str | None,
            next_at: str | None) -> None:  # fmt: skip
    now = clock.now_iso()
    n = int(msg["attempt"])
    if answer is not None:
        Attempt(
            delivery.pk,
            f"ATTEMPT#{msg['endpoint_id']}#{now}#{msg['round']}.{n}",
            endpoint_id=msg["endpoint_id"],
            round=int(msg["round"]),
            attempt=n,
            at=now,
            status_code=answer.status,
            latency_ms=answer.latency_ms,
            response=answer.text or None,
            error=answer.error,
            outcome=outcome,
            ttl=_ttl(),
        ).save()
    status = {"delivered": DELIVERED, "retry": PENDING}.get(outcome, FAILED)
    actions: list[Any] = [
        Delivery.status.set(status),
        Delivery.done.set(n),
        Delivery.updated_at.set(now),
        Delivery.next_at.set(next_at) if next_at else Delivery.next_at.remove(),
        Delivery.last_error.set(error) if error else Delivery.last_error.remove(),
    ]
    if answer is not None and answer.status is not None:
        actions.append(Delivery.last_status.set(answer.status))
    with contextlib.suppress(UpdateError):  # a replay started the next round meanwhile: its state wins
        delivery.update(actions=actions, condition=Delivery.round == int(msg["round"]))
    metrics.add_metric(name={"delivered": "WebhookDelivered", "retry": "WebhookAttemptFailed"}.get(
        outcome, "WebhookDeliveryFailed"), unit="Count", value=1)  # fmt: skip


def attempt(msg: dict[str, Any], post: Post = http_post) -> str:
    """Make one attempt; returns its outcome: delivered | retry | failed | disabled | duplicate."""
    delivery = _claim(msg)
    if delivery is None:
        return "duplicate"
    try:
        event = WebhookEvent.get(*WebhookEvent.key(msg["event_id"]))
        endpoint = Endpoint.get(*Endpoint.key(msg["endpoint_id"]), consistent_read=True)
    except DoesNotExist:
        _finish(delivery, msg, None, "failed", "event expired or endpoint removed", None)
        return "failed"
    if not endpoint.enabled:
        _finish(delivery, msg, None, "failed", f"endpoint disabled ({endpoint.disabled_reason})", None)
        return "failed"
    timestamp = int(clock.now().timestamp())
    headers = signing.headers(endpoints.signing_secrets(endpoint), event.event_id, timestamp, event.body)
    answer = post(endpoint.url, event.body, headers, get_settings().webhook_timeout_seconds)
    status = answer.status
    if status is not None and 200 <= status < 300:
        _healthy(endpoint)
        _finish(delivery, msg, answer, "delivered", None, None)
        return "delivered"
    error = answer.error or f"HTTP {status}"
    _failing(endpoint)
    if status == 410:
        _disable(endpoint, "HTTP 410 Gone")
        _finish(delivery, msg, answer, "disabled", "endpoint answered 410: disabled", None)
        return "disabled"
    retryable = status is None or status in RETRYABLE or status >= 500
    delay = retry_delay(int(msg["attempt"]), answer.retry_after) if retryable else None
    if delay is None:
        reason = error if not retryable else f"{error}; {MAX_ATTEMPTS} attempts made"
        _finish(delivery, msg, answer, "failed", reason, None)
        return "failed"
    next_msg = {**msg, "attempt": int(msg["attempt"]) + 1}
    due = schedule(next_msg, delay)  # queued before the attempt is marked done: never lost
    _finish(delivery, msg, answer, "retry", error, due)
    return "retry"


# ---------------------------------------------------------------- replay and reading
def _events_between(start: datetime, end: datetime, limit: int) -> list[WebhookEvent]:
    found: list[WebhookEvent] = []
    day = start.date()
    while day <= end.date() and len(found) < limit:
        items = WebhookEvent.by_gsi1.query(
            f"WHEVENTS#{day.isoformat()}",
            WebhookEvent.gsi1sk.between(clock.iso(start), clock.iso(end) + "$"),
            limit=limit - len(found),
        )
        found.extend(items)
        day += timedelta(days=1)
    return found[:limit]


def replay(
    *, event_id: str | None = None, start: datetime | None = None, end: datetime | None = None,
    endpoint_id: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Send events again (same webhook-id and body) to the endpoints that take them, or to one
    endpoint: a new round of attempts for each. At most REPLAY_MAX_EVENTS per call; `next_from`
    says where to continue."""
    if event_id is not None:
        try:
            events = [WebhookEvent.get(*WebhookEvent.key(event_id))]
        except DoesNotExist:
            raise WebhookEventNotFound(details={"event_id": event_id}) from None
    else:
        if start is None or end is None:
            raise ValueError("replay needs an event id or a time range")
        oldest = clock.now() - timedelta(days=get_settings().webhook_retention_days)
        events = _events_between(max(start, oldest), end, REPLAY_MAX_EVENTS + 1)
    more = len(events) > REPLAY_MAX_EVENTS
    events = events[:REPLAY_MAX_EVENTS]
    targets = [endpoints.get(endpoint_id)] if endpoint_id else endpoints.all_endpoints()
    queued = 0
    for event in events:
        messages = []
        for endpoint in targets:
            if not endpoint.enabled or not endpoints.wants(endpoint, event.type):
                continue
            item = _delivery(event, endpoint.endpoint_id, PENDING)
            item.update(
                actions=[
                    Delivery.round.add(1),
                    Delivery.status.set(PENDING),
                    Delivery.attempts.set(0),
                    Delivery.done.set(0),
                    Delivery.next_at.remove(),
                    Delivery.last_error.remove(),
                    Delivery.event_id.set(event.event_id),
                    Delivery.endpoint_id.set(endpoint.endpoint_id),
                    Delivery.type.set(event.type),
                    Delivery.updated_at.set(clock.now_iso()),
                    Delivery.gsi1pk.set(item.gsi1pk),
                    Delivery.gsi1sk.set(item.gsi1sk),
                    Delivery.ttl.set(item.ttl),
                ]
            )
            messages.append(message(event.event_id, endpoint.endpoint_id, int(item.round), 1))
        send_messages(messages)
        queued += len(messages)
    next_from = events[-1].occurred_at if more and events else None
    return {"events": len(events), "deliveries": queued, "next_from": next_from}


def delivery_view(item: Delivery) -> dict[str, Any]:
    return {
        "event_id": item.event_id,
        "endpoint_id": item.endpoint_id,
        "type": item.type,
        "status": item.status,
        "round": int(item.round),
        "attempts": int(item.attempts),
        "last_status": None if item.last_status is None else int(item.last_status),
        "last_error": item.last_error,
        "next_attempt_at": item.next_at,
        "updated_at": item.updated_at,
    }


def attempt_view(item: Attempt) -> dict[str, Any]:
    return {
        "endpoint_id": item.endpoint_id,
        "round": int(item.round),
        "attempt": int(item.attempt),
        "at": item.at,
        "status_code": None if item.status_code is None else int(item.status_code),
        "latency_ms": int(item.latency_ms),
        "response": item.response,
        "error": item.error,
        "outcome": item.outcome,
    }


def deliveries(endpoint_id: str, status: str | None, limit: int, cursor: str | None) -> dict[str, Any]:
    """An endpoint's deliveries, newest event first (optionally one status)."""
    endpoints.get(endpoint_id)
    condition = (Delivery.status == status) if status else None
    query = Delivery.by_gsi1.query(
        f"WEBHOOK#{endpoint_id}#DELIVERIES",
        Delivery.gsi1sk < cursor if cursor else None,
        filter_condition=condition,
        scan_index_forward=False,
        limit=limit,
    )
    items = [delivery_view(d) for d in query]
    last = query.last_evaluated_key
    return {"deliveries": items, "next_cursor": last["gsi1sk"]["S"] if last and items else None}


def event_history(event_id: str) -> dict[str, Any]:
    """One event as sent, each endpoint's delivery and every attempt."""
    try:
        event = WebhookEvent.get(*WebhookEvent.key(event_id))
    except DoesNotExist:
        raise WebhookEventNotFound(details={"event_id": event_id}) from None
    out_deliveries = [
        delivery_view(d) for d in Delivery.query(f"WHEVENT#{event_id}", Delivery.sk.startswith("DELIVERY#"))
    ]
    out_attempts = [
        attempt_view(a) for a in Attempt.query(f"WHEVENT#{event_id}", Attempt.sk.startswith("ATTEMPT#"))
    ]
    return {
        "event_id": event.event_id,
        "type": event.type,
        "occurred_at": event.occurred_at,
        "aggregate": event.aggregate,
        "sequence": int(event.sequence),
        "payload": json.loads(event.body),
        "deliveries": out_deliveries,
        "attempts": out_attempts,
    }
