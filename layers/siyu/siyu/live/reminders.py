"""Live reminders: the fan-out at reminder time and the sender of Kuaishou subscribe messages.

    schedule fires ─► fan_out(): pages through the live's active reservations, queues them
                      in batches (SQS), remembers its cursor so a second firing or a retry
                      resumes instead of starting over
    queue batch   ─► send_batch(): per member, claim → rate limit → Kuaishou → record outcome

At most once per member and reminder: a member's copy (ReminderDelivery) is claimed with one
conditional write (SENDING, with a claim token and a lease) before Kuaishou is called, and
only a copy known NOT to have been delivered (RETRY: Kuaishou refused transiently or was not
reached) can be claimed again. A copy whose outcome is unknown (timeout after the request
left, or the worker died mid-call) is recorded as FAILED/OUTCOME_UNKNOWN, never resent.
Transient failures go back to the queue with exponential backoff; after
`live_reminder_max_attempts` the members are recorded FAILED (retryable) and their batch goes
to the dead-letter queue, from where a redrive retries exactly them.
"""

from __future__ import annotations

import contextlib
import json
import random
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from enum import StrEnum
from typing import Any

from pydantic import Field
from pynamodb.exceptions import PutError, TransactWriteError, UpdateError

from siyu import aws, clock, kuaishou, messaging
from siyu.base_model import SiyuModel
from siyu.config import get_settings
from siyu.db import transaction
from siyu.errors import KuaishouRejected, KuaishouUnavailable, define_error
from siyu.events import DomainEvent, stage
from siyu.ids import new_id
from siyu.live import exclusive, schedules
from siyu.live.lives import find_live, get_live
from siyu.live.models import (
    ACTIVE,
    CANCELLED,
    FAILED,
    FANNED_OUT,
    FANNING_OUT,
    RETRY,
    SENDING,
    SENT,
    SKIPPED,
    Live,
    ReminderDelivery,
    ReminderRun,
    Reservation,
)
from siyu.messaging import Delivery
from siyu.observability import logger

ReminderNotFound = define_error("REMINDER_NOT_FOUND", 404, "提醒不存在")

REMINDER_PAGE = "pages/live/detail"
TRACKING_SOURCE = "live_reminder"
# A SENDING claim older than this belongs to a worker that died (the sender's timeout is 120 s).
LEASE_SECONDS = 300
# Stop claiming new members when the invocation has less than this left; the rest is requeued.
TIME_MARGIN_SECONDS = 15
MAX_BACKOFF_SECONDS = 900  # SQS DelaySeconds limit

TRANSIENT_RESULTS = messaging.TRANSIENT_RESULTS


class Target(SiyuModel):
    member_id: str
    open_id: str
    template_id: str


class ReminderBatch(SiyuModel):
    """One queue message: members to remind of one reminder of one live."""

    live_id: str
    reminder_key: str
    schedule_version: int
    offset_minutes: int
    attempt: int = Field(default=1, ge=1)
    members: list[Target]


class Outcome(StrEnum):
    SENT = "sent"
    FAILED = "failed"  # final: permanent refusal or unknown outcome
    EXHAUSTED = "exhausted"  # failed transiently too often: recorded, batch dead-lettered
    RETRY = "retry"  # not delivered: queued again with backoff
    DEFERRED = "deferred"  # not attempted (invocation out of time): queued again at once
    SKIPPED = "skipped"  # reservation withdrawn meanwhile
    DONE = "done"  # an earlier delivery already settled this member
    BUSY = "busy"  # another worker holds the claim right now
    DROPPED = "dropped"  # the reminder no longer applies (live moved or cancelled)


def tracking_page(live_id: str, reminder_key: str) -> str:
    """The page the reminder opens; `from` and `r` attribute the open to this reminder."""
    return f"{REMINDER_PAGE}?id={live_id}&from={TRACKING_SOURCE}&r={reminder_key}"


def _clip(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def message_data(live: Live) -> dict[str, dict[str, str]]:
    """Template data (kuaishou-api.md §4): thing01 title, date01 day, thing02 time, thing03 host."""
    start = clock.parse_iso(live.starts_at).astimezone(clock.SHANGHAI)
    return {
        "thing01": {"value": _clip(live.title)},
        "date01": {"value": f"{start:%Y年%m月%d号}"},
        "thing02": {"value": f"{start:%H:%M} 开播"},
        "thing03": {"value": _clip(live.host_name)},
    }


def retry_delay_seconds(attempt: int) -> int:
    """Exponential backoff with jitter before attempt `attempt + 1`."""
    base = get_settings().live_reminder_retry_base_seconds
    if base == 0:
        return 0
    delay = base * 2 ** (attempt - 1)
    return min(MAX_BACKOFF_SECONDS, delay + random.randint(0, base))  # jitter


# ---------------------------------------------------------------- queue
def _chunks(items: list[Target], size: int) -> Iterable[list[Target]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def enqueue(
    template: ReminderBatch,
    members: list[Target],
    *,
    attempt: int,
    delay_seconds: int = 0,
    dead: bool = False,
) -> None:
    settings = get_settings()
    size = settings.live_reminder_batch_size
    bodies = [
        template.model_copy(update={"members": chunk, "attempt": attempt}).model_dump_json()
        for chunk in _chunks(members, size)
    ]
    url = settings.live_reminder_dlq_url if dead else settings.live_reminder_queue_url
    aws.send_messages(url, bodies, delay_seconds)


# ---------------------------------------------------------------- fan-out (trigger)
def _start_run(live: Live, key: str, offset_minutes: int) -> ReminderRun:
    run = ReminderRun(
        *ReminderRun.key(live.live_id, key),
        live_id=live.live_id,
        reminder_key=key,
        offset_minutes=offset_minutes,
        schedule_version=int(live.schedule_version),
        status=FANNING_OUT,
        targets=0,
        started_at=clock.now_iso(),
    )
    try:
        run.save(condition=ReminderRun.pk.does_not_exist())
    except PutError:
        run = ReminderRun.get(*ReminderRun.key(live.live_id, key), consistent_read=True)
    return run


def fan_out(live_id: str, offset_minutes: int, schedule_version: int) -> dict[str, Any]:
    """Queue every active reservation of the live for this reminder, once.

    A firing for a moved or cancelled live does nothing; a second firing of the same
    reminder resumes from the stored cursor (or does nothing once fanned out)."""
    live = find_live(live_id, consistent=True)
    if live is None or live.status == CANCELLED:
        return {"status": "skipped", "reason": "live cancelled or missing"}
    if int(live.schedule_version) != schedule_version or offset_minutes not in live.reminder_offsets:
        return {"status": "skipped", "reason": "stale schedule"}
    key = schedules.reminder_key(schedule_version, offset_minutes)
    run = _start_run(live, key, offset_minutes)
    if run.status == FANNED_OUT:
        return {"status": "already fanned out", "reminder_key": key, "targets": int(run.targets)}
    settings = get_settings()
    template = ReminderBatch(
        live_id=live_id,
        reminder_key=key,
        schedule_version=schedule_version,
        offset_minutes=offset_minutes,
        members=[],
    )
    cursor: str | None = run.cursor
    queued = 0
    while True:
        results = Reservation.query(
            f"LIVE#{live_id}",
            Reservation.sk.startswith("RESV#"),
            filter_condition=Reservation.status == ACTIVE,
            page_size=settings.live_reminder_batch_size * 10,
            last_evaluated_key=json.loads(cursor) if cursor else None,
            consistent_read=True,
        )
        page = next(results.page_iter)
        members = [
            Target(member_id=r.member_id, open_id=r.open_id, template_id=r.template_id)
            for r in (Reservation.from_raw_data(item) for item in page.get("Items", []))
        ]
        if members:
            enqueue(template, members, attempt=1)
        next_key = results.page_iter.last_evaluated_key
        next_cursor = json.dumps(next_key, sort_keys=True) if next_key else None
        actions: list[Any] = [ReminderRun.targets.add(len(members))]
        if next_cursor:
            actions.append(ReminderRun.cursor.set(next_cursor))
        else:
            actions += [ReminderRun.status.set(FANNED_OUT), ReminderRun.fanned_out_at.set(clock.now_iso())]
        same_cursor = ReminderRun.cursor == cursor if cursor else ReminderRun.cursor.does_not_exist()
        try:
            # Counting and advancing in one conditional write: a page is counted once even if
            # two firings queue it (its members are then claimed once by the sender).
            run.update(actions=actions, condition=same_cursor & (ReminderRun.status == FANNING_OUT))
        except UpdateError:
            return {"status": "another firing is fanning out", "reminder_key": key, "queued": queued}
        queued += len(members)
        cursor = next_cursor
        if not cursor:
            break
    logger.info(
        "live reminder fanned out", extra={"live_id": live_id, "reminder_key": key, "targets": queued}
    )
    return {"status": "fanned out", "reminder_key": key, "queued": queued}


# ---------------------------------------------------------------- sending
# The one sending path and its app-wide limiter (siyu.messaging); `_limiter` is its cache.
_limiter = messaging._limiter
limiter = messaging.limiter


def _held_by(token: str) -> Any:
    return (ReminderDelivery.status == SENDING) & (ReminderDelivery.claim == token)


class _Sender:
    """Delivers one batch. Every state change of a member's copy is one conditional PutItem
    of the whole small item (the sender knows all of it), so no read precedes a write."""

    def __init__(self, live: Live, batch: ReminderBatch, time_left: Callable[[], float] | None) -> None:
        self.live = live
        self.batch = batch
        self.time_left = time_left
        self.page = tracking_page(live.live_id, batch.reminder_key)
        self.data = message_data(live)
        self.max_attempts = get_settings().live_reminder_max_attempts

    def _copy(self, member_id: str, status: str, **fields: Any) -> ReminderDelivery:
        return ReminderDelivery(
            *ReminderDelivery.key(self.live.live_id, self.batch.reminder_key, member_id),
            live_id=self.live.live_id,
            reminder_key=self.batch.reminder_key,
            member_id=member_id,
            status=status,
            updated_at=clock.now_iso(),
            **fields,
        )

    def _find(self, member_id: str) -> ReminderDelivery | None:
        try:
            return ReminderDelivery.get(
                *ReminderDelivery.key(self.live.live_id, self.batch.reminder_key, member_id),
                consistent_read=True,
            )
        except ReminderDelivery.DoesNotExist:
            return None

    def deliver(self, target: Target) -> Outcome:
        if self.time_left is not None and self.time_left() < TIME_MARGIN_SECONDS:
            return Outcome.DEFERRED
        token = new_id()
        refused = self._claim(target, token)
        if refused is not None:
            return refused
        result = messaging.send(target.open_id, target.template_id, self.page, self.data)
        if result.delivery == Delivery.TRANSIENT:
            return self._transient(target, token, result.code, result.message)
        if result.delivery != Delivery.SENT:
            # REFUSED is final; UNKNOWN (the request may have reached Kuaishou): resending
            # could remind the member twice.
            self._settle(target.member_id, token, FAILED, result.code, result.message)
            return Outcome.FAILED
        self._record_sent(target.member_id, token)
        return Outcome.SENT

    def _claim(self, target: Target, token: str) -> Outcome | None:
        """SENDING under our token unless a copy is settled or in flight; otherwise the
        outcome to report without calling Kuaishou."""
        claimable = (
            ReminderDelivery.pk.does_not_exist()
            | (ReminderDelivery.status == RETRY)
            | ((ReminderDelivery.status == FAILED) & (ReminderDelivery.retryable == True))  # noqa: E712
        )
        claim = self._copy(
            target.member_id,
            SENDING,
            claim=token,
            lease_until=clock.epoch(clock.now()) + LEASE_SECONDS,
            attempts=self.batch.attempt,
        )
        try:
            claim.save(condition=claimable)
        except PutError as exc:
            if exc.cause_response_code != "ConditionalCheckFailedException":
                raise
            return self._unclaimable(target)
        return None

    def _unclaimable(self, target: Target) -> Outcome:
        delivery = self._find(target.member_id)
        if delivery is None or delivery.status == RETRY or (delivery.status == FAILED and delivery.retryable):
            return Outcome.RETRY  # changed under us: look again later
        if delivery.status == SENDING:
            if (delivery.lease_until or 0) > clock.epoch(clock.now()):
                return Outcome.BUSY
            # Its worker died between claiming and recording: Kuaishou may have the message.
            self._settle(
                target.member_id,
                str(delivery.claim),
                FAILED,
                "OUTCOME_UNKNOWN",
                "sender stopped mid-call",
                attempts=int(delivery.attempts),
            )
            return Outcome.FAILED
        return Outcome.DONE  # SENT, SKIPPED or FAILED

    def _skip(self, member_id: str) -> None:
        with contextlib.suppress(PutError):  # settled meanwhile
            self._copy(member_id, SKIPPED).save(
                condition=ReminderDelivery.pk.does_not_exist() | (ReminderDelivery.status == RETRY)
            )

    def _settle(
        self,
        member_id: str,
        token: str,
        status: str,
        code: str,
        message: str,
        *,
        retryable: bool = False,
        attempts: int | None = None,
    ) -> None:
        """Move our SENDING claim to its outcome (only the claim holder may)."""
        outcome = self._copy(
            member_id,
            status,
            attempts=self.batch.attempt if attempts is None else attempts,
            retryable=retryable,
            error_code=code,
            error_message=message[:200],
        )
        try:
            outcome.save(condition=_held_by(token))
        except PutError:
            logger.warning("reminder claim lost", extra={"member_id": member_id, "status": status})

    def _transient(self, target: Target, token: str, code: str, message: str) -> Outcome:
        if self.batch.attempt >= self.max_attempts:
            self._settle(
                target.member_id, token, FAILED, "TRANSIENT_EXHAUSTED", f"{code}: {message}", retryable=True
            )
            return Outcome.EXHAUSTED
        self._settle(target.member_id, token, RETRY, code, message)
        return Outcome.RETRY

    def _record_sent(self, member_id: str, token: str) -> None:
        sent = self._copy(member_id, SENT, attempts=self.batch.attempt, sent_at=clock.now_iso())
        event = DomainEvent(
            type="LiveReminderSent",
            member_id=member_id,
            data={
                "live_id": self.live.live_id,
                "reminder_key": self.batch.reminder_key,
                "offset_minutes": self.batch.offset_minutes,
            },
        )
        try:
            with transaction() as tx:
                tx.save(sent, condition=_held_by(token))
                stage(tx, event)
        except TransactWriteError:
            logger.warning("reminder sent but not recorded", extra={"member_id": member_id})


def _still_reserved(batch: ReminderBatch) -> set[str]:
    """Members of the batch whose reservation is active now (one BatchGetItem per 100)."""
    keys = [Reservation.key(batch.live_id, t.member_id) for t in batch.members]
    found = Reservation.batch_get(keys, attributes_to_get=["pk", "sk", "member_id", "status"])
    return {r.member_id for r in found if r.status == ACTIVE}


def send_batch(batch: ReminderBatch, time_left: Callable[[], float] | None = None) -> Counter[Outcome]:
    """Remind the batch's members; requeue what may be retried, dead-letter what kept failing."""
    outcomes: Counter[Outcome] = Counter()
    live = find_live(batch.live_id)
    if live is None or live.status == CANCELLED or int(live.schedule_version) != batch.schedule_version:
        outcomes[Outcome.DROPPED] = len(batch.members)
        return outcomes
    try:
        kuaishou.client().access_token()  # up front: a send error then concerns the send alone
    except (KuaishouUnavailable, KuaishouRejected):
        results = [(target, Outcome.RETRY) for target in batch.members]
    else:
        sender = _Sender(live, batch, time_left)
        reserved = _still_reserved(batch)
        results = []
        for target in batch.members:
            if target.member_id not in reserved:  # withdrawn since the fan-out
                sender._skip(target.member_id)
                results.append((target, Outcome.SKIPPED))
        members = [t for t in batch.members if t.member_id in reserved]
        threads = min(get_settings().live_sender_threads, len(members)) or 1
        with ThreadPoolExecutor(threads, thread_name_prefix="reminder") as pool:
            results += list(zip(members, pool.map(sender.deliver, members), strict=True))
    by_outcome: dict[Outcome, list[Target]] = {}
    for target, outcome in results:
        outcomes[outcome] += 1
        by_outcome.setdefault(outcome, []).append(target)
    if retry := by_outcome.get(Outcome.RETRY):
        if batch.attempt >= get_settings().live_reminder_max_attempts:
            enqueue(batch, retry, attempt=1, dead=True)
        else:
            enqueue(batch, retry, attempt=batch.attempt + 1, delay_seconds=retry_delay_seconds(batch.attempt))
    if deferred := by_outcome.get(Outcome.DEFERRED):
        enqueue(batch, deferred, attempt=batch.attempt)
    if exhausted := by_outcome.get(Outcome.EXHAUSTED):
        # attempt=1: a redrive from the dead-letter queue starts a fresh series of retries.
        enqueue(batch, exhausted, attempt=1, dead=True)
    return outcomes


# ---------------------------------------------------------------- progress and figures
def _deliveries(live_id: str, reminder_key: str) -> list[ReminderDelivery]:
    return list(
        ReminderDelivery.query(
            ReminderDelivery.partition(live_id, reminder_key),
            attributes_to_get=["pk", "sk", "status", "member_id", "opened_at"],
        )
    )


def _run_progress(live_id: str, run: ReminderRun) -> tuple[dict[str, Any], set[str]]:
    deliveries = _deliveries(live_id, run.reminder_key)
    counts = Counter(d.status for d in deliveries)
    opened = {d.member_id for d in deliveries if d.opened_at}
    settled = counts[SENT] + counts[FAILED] + counts[SKIPPED]
    progress = {
        "reminder_key": run.reminder_key,
        "offset_minutes": int(run.offset_minutes),
        "schedule_version": int(run.schedule_version),
        "status": run.status,
        "started_at": run.started_at,
        "fanned_out_at": run.fanned_out_at,
        "targets": int(run.targets),
        "sent": counts[SENT],
        "failed": counts[FAILED],
        "skipped": counts[SKIPPED],
        "pending": max(0, int(run.targets) - settled),  # queued, in flight or waiting to retry
        "opened": len(opened),
    }
    return progress, opened


def _runs(live_id: str) -> list[tuple[dict[str, Any], set[str]]]:
    runs = ReminderRun.query(f"LIVE#{live_id}", ReminderRun.sk.startswith("REMINDER#"))
    return [_run_progress(live_id, run) for run in runs]


def reminder_progress(live_id: str) -> list[dict[str, Any]]:
    """Every reminder run of the live with sent / failed / skipped / pending counts."""
    return [progress for progress, _ in _runs(live_id)]


def figures(live_id: str) -> dict[str, Any]:
    """Per-live figures: reservations, reminders sent, members who opened from a reminder,
    and the exclusive code's redemptions."""
    live = get_live(live_id)
    statuses = Counter(
        r.status
        for r in Reservation.query(
            f"LIVE#{live_id}", Reservation.sk.startswith("RESV#"), attributes_to_get=["pk", "sk", "status"]
        )
    )
    runs = _runs(live_id)
    opened: set[str] = set().union(*(members for _, members in runs))
    return {
        "live_id": live.live_id,
        "reservations": statuses[ACTIVE],
        "reservations_withdrawn": sum(n for s, n in statuses.items() if s != ACTIVE),
        "reminders_sent": sum(progress["sent"] for progress, _ in runs),
        "reminder_opens": len(opened),
        "reminders": [progress for progress, _ in runs],
        "exclusive_coupon": exclusive.figures(live),
    }


def failures(live_id: str, reminder_key: str, limit: int = 200) -> list[dict[str, Any]]:
    """Members whose copy of the reminder failed, with Kuaishou's answer."""
    get_live(live_id)
    try:
        ReminderRun.get(*ReminderRun.key(live_id, reminder_key))
    except ReminderRun.DoesNotExist as exc:
        raise ReminderNotFound(details={"reminder_key": reminder_key}) from exc
    failed = ReminderDelivery.query(
        ReminderDelivery.partition(live_id, reminder_key),
        filter_condition=ReminderDelivery.status == FAILED,
        limit=limit,
    )
    return [
        {
            "member_id": d.member_id,
            "error_code": d.error_code,
            "error_message": d.error_message,
            "attempts": int(d.attempts),
            "retryable": bool(d.retryable),
            "updated_at": d.updated_at,
        }
        for d in failed
    ]


def record_open(live_id: str, member_id: str, reminder_key: str) -> bool:
    """A member opened the mini-program from this reminder (launch query `from=live_reminder`,
    `r=<reminder_key>`). Counted once per member and reminder; False if not counted (already
    counted, or the member was not sent this reminder)."""
    try:
        ReminderDelivery(*ReminderDelivery.key(live_id, reminder_key, member_id)).update(
            actions=[ReminderDelivery.opened_at.set(clock.now_iso())],
            condition=(ReminderDelivery.status == SENT) & ReminderDelivery.opened_at.does_not_exist(),
        )
    except UpdateError:
        return False
    return True
