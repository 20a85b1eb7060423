"""Sending a campaign's member batches: per member credit, caps, quiet hours, then Kuaishou.

Exactly one message per member and campaign, under retries and redelivered batches: a
member's copy (`Delivery`, `PUSH#<campaign>` / `TO#<member>`) is claimed SENDING in ONE
transaction that also takes the member's credit for the template (credits ≥ 1) and, for a
marketing campaign, counts the Shanghai day and week caps (count < cap). Only a copy that is
new, HELD or RETRY can be claimed, so a second delivery of a batch — in sequence or at the
same moment from another worker — finds the copy taken and sends nothing. Whatever the
transaction refuses is recorded and counted, never sent: NO_CREDIT (no consent left),
CAPPED (the member had their marketing messages for the day or week).

Quiet hours (21:00–08:00 Shanghai by default): a marketing copy is recorded HELD (no credit
or cap taken) and listed on gsi1 `PUSHHELD`; `release_held` (a schedule at the end of quiet
hours) queues them again, and they are claimed then as any other. Transactional (service)
campaigns skip caps and quiet hours but still need a credit.

After Kuaishou answers (siyu.messaging.send):
- sent: SENT (the credit and cap stay taken);
- surely not delivered (busy, unreachable): RETRY with the credit and caps given back, in one
  transaction with the claim's release; the member is queued again with backoff, and after
  `push_max_attempts` recorded FAILED (TRANSIENT_EXHAUSTED) and dead-lettered;
- refused (not subscribed after all): FAILED; the caps are given back, the credit is spent;
- **timeout after the request left** (outcome unknown): FAILED/OUTCOME_UNKNOWN, credit and
  caps stay taken and the member is never sent it again — a missing message is better than
  a duplicate marketing message. A worker that died mid-call leaves SENDING; once its lease
  has passed the next delivery records the same OUTCOME_UNKNOWN.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pynamodb.exceptions import PutError, TransactWriteError

from siyu import clock, messaging
from siyu.config import get_settings
from siyu.db import transaction
from siyu.ids import new_id
from siyu.members.models import Member
from siyu.messaging import Delivery as Sent
from siyu.observability import logger
from siyu.push import campaigns, queue, rules
from siyu.push.models import (
    CAPPED,
    FAILED,
    HELD,
    HELD_INDEX,
    NO_CREDIT,
    RETRY,
    SENDING,
    SENT,
    Campaign,
    CapCounter,
    Credit,
    Delivery,
)
from siyu.push.queue import PushBatch
from siyu.txn import cancelled

LEASE_SECONDS = 300  # a SENDING claim older than this belongs to a worker that died
TIME_MARGIN_SECONDS = 15
MAX_BACKOFF_SECONDS = 900


class Outcome(StrEnum):
    SENT = "sent"
    NO_CREDIT = "no_credit"
    CAPPED = "capped"
    HELD = "held"
    FAILED = "failed"
    EXHAUSTED = "exhausted"  # transient too often: FAILED, batch dead-lettered
    RETRY = "retry"  # not delivered: queued again with backoff
    DEFERRED = "deferred"  # not attempted (invocation out of time): queued again at once
    DONE = "done"  # an earlier delivery settled this member already
    BUSY = "busy"  # another worker holds the claim right now
    DROPPED = "dropped"  # the campaign is gone


def _claimable() -> Any:
    return Delivery.pk.does_not_exist() | Delivery.status.is_in(HELD, RETRY)


def _held_by(token: str) -> Any:
    return (Delivery.status == SENDING) & (Delivery.claim == token)


def retry_delay_seconds(attempt: int) -> int:
    base = get_settings().push_retry_base_seconds
    if base == 0:
        return 0
    return min(MAX_BACKOFF_SECONDS, base * 2 ** (attempt - 1) + random.randint(0, base))


@dataclass
class _Sender:
    campaign: Campaign
    batch: PushBatch
    open_ids: dict[str, str]
    time_left: Callable[[], float] | None
    page: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.page = campaigns.tracking_page(self.campaign)
        self.data = campaigns.message_data(self.campaign)
        self.marketing = self.campaign.kind == rules.MARKETING

    def _copy(self, member_id: str, status: str, **fields: Any) -> Delivery:
        return Delivery(
            *Delivery.key(self.campaign.campaign_id, member_id),
            campaign_id=self.campaign.campaign_id,
            member_id=member_id,
            status=status,
            attempts=self.batch.attempt,
            updated_at=clock.now_iso(),
            **fields,
        )

    def _record(self, member_id: str, status: str, outcome: Outcome, **fields: Any) -> Outcome:
        """A copy that was never sent (no credit, capped, held, unknown member), unless
        another delivery settled it meanwhile."""
        try:
            self._copy(member_id, status, **fields).save(condition=_claimable())
        except PutError as exc:
            if exc.cause_response_code != "ConditionalCheckFailedException":
                raise
            return self._unclaimable(member_id)
        return outcome

    def deliver(self, member_id: str) -> Outcome:
        if self.time_left is not None and self.time_left() < TIME_MARGIN_SECONDS:
            return Outcome.DEFERRED
        open_id = self.open_ids.get(member_id)
        if open_id is None:
            return self._record(member_id, FAILED, Outcome.FAILED, error_code="MEMBER_NOT_FOUND")
        if self.marketing and rules.in_quiet_hours():
            return self._record(
                member_id,
                HELD,
                Outcome.HELD,
                gsi1pk=HELD_INDEX,
                gsi1sk=f"{self.campaign.campaign_id}#{member_id}",
            )
        token = new_id()
        caps = rules.cap_keys() if self.marketing else []
        refused = self._claim(member_id, token, caps)
        if refused is not None:
            return refused
        result = messaging.send(open_id, self.campaign.template_id, self.page, self.data)
        if result.delivery == Sent.SENT:
            self._settle(member_id, token, SENT, sent_at=clock.now_iso())
            return Outcome.SENT
        if result.delivery == Sent.TRANSIENT:
            if self.batch.attempt >= get_settings().push_max_attempts:
                self._settle(
                    member_id, token, FAILED, error_code="TRANSIENT_EXHAUSTED", credit=True, caps=caps
                )
                return Outcome.EXHAUSTED
            self._settle(member_id, token, RETRY, error_code=result.code, credit=True, caps=caps)
            return Outcome.RETRY
        if result.delivery == Sent.REFUSED:
            self._settle(member_id, token, FAILED, error_code=result.code, error=result.message, caps=caps)
            return Outcome.FAILED
        self._settle(member_id, token, FAILED, error_code=result.code, error=result.message)
        return Outcome.FAILED  # outcome unknown: never sent again

    def _claim(self, member_id: str, token: str, caps: list[tuple[str, int, int]]) -> Outcome | None:
        claim = self._copy(
            member_id, SENDING, claim=token, lease_until=clock.epoch(clock.now()) + LEASE_SECONDS
        )
        now = clock.now_iso()
        try:
            with transaction() as tx:
                tx.save(claim, condition=_claimable())
                tx.update(
                    Credit(*Credit.key(member_id, self.campaign.template_id)),
                    actions=[Credit.credits.add(-1), Credit.updated_at.set(now)],
                    condition=Credit.credits >= 1,
                )
                for sk, limit, ttl in caps:
                    tx.update(
                        CapCounter(f"CAP#{member_id}", sk),
                        actions=[CapCounter.used.add(1), CapCounter.ttl.set(ttl)],
                        condition=CapCounter.used.does_not_exist() | (CapCounter.used < limit),
                    )
        except TransactWriteError as exc:
            why = cancelled(exc)
            # pynamodb sends puts before updates: [copy, credit, day cap, week cap].
            refused = why.refused + [False] * 4
            if refused[0]:
                return self._unclaimable(member_id)
            if refused[1]:
                return self._record(member_id, NO_CREDIT, Outcome.NO_CREDIT)
            if any(refused[2:]):
                return self._record(member_id, CAPPED, Outcome.CAPPED)
            return Outcome.RETRY  # a conflict with a concurrent write: try again later
        return None

    def _unclaimable(self, member_id: str) -> Outcome:
        try:
            copy = Delivery.get(*Delivery.key(self.campaign.campaign_id, member_id), consistent_read=True)
        except Delivery.DoesNotExist:
            return Outcome.RETRY
        if copy.status in (HELD, RETRY):
            return Outcome.RETRY  # changed under us: look again later
        if copy.status == SENDING:
            if (copy.lease_until or 0) > clock.epoch(clock.now()):
                return Outcome.BUSY
            # Its worker died between claiming and recording: Kuaishou may have the message.
            self._settle(member_id, str(copy.claim), FAILED, error_code="OUTCOME_UNKNOWN")
            return Outcome.FAILED
        return Outcome.DONE

    def _settle(
        self,
        member_id: str,
        token: str,
        status: str,
        *,
        error_code: str | None = None,
        error: str = "",
        credit: bool = False,
        caps: list[tuple[str, int, int]] | None = None,
        **fields: Any,
    ) -> None:
        """Move our SENDING claim to its outcome, giving back the credit and caps it took
        when nothing was delivered — all in one transaction, only while the claim is ours."""
        outcome = self._copy(
            member_id, status, error_code=error_code, error_message=error[:200] or None, **fields
        )
        try:
            with transaction() as tx:
                tx.save(outcome, condition=_held_by(token))
                if credit:
                    tx.update(
                        Credit(*Credit.key(member_id, self.campaign.template_id)),
                        actions=[Credit.credits.add(1)],
                    )
                for sk, _, _ in caps or []:
                    tx.update(CapCounter(f"CAP#{member_id}", sk), actions=[CapCounter.used.add(-1)])
        except TransactWriteError:
            logger.warning("push claim lost", extra={"member_id": member_id, "status": status})


def _open_ids(member_ids: list[str]) -> dict[str, str]:
    found = Member.batch_get(
        [Member.key(m) for m in member_ids], attributes_to_get=["pk", "sk", "member_id", "open_id"]
    )
    return {m.member_id: m.open_id for m in found if m.open_id}


def send_batch(batch: PushBatch, time_left: Callable[[], float] | None = None) -> Counter[Outcome]:
    """Send one batch of a campaign; queue again what may be retried."""
    outcomes: Counter[Outcome] = Counter()
    campaign = campaigns.find(batch.ref)
    if campaign is None:
        outcomes[Outcome.DROPPED] = len(batch.members)
        return outcomes
    sender = _Sender(campaign, batch, _open_ids(batch.members), time_left)
    threads = min(get_settings().push_sender_threads, len(batch.members)) or 1
    with ThreadPoolExecutor(threads, thread_name_prefix="push") as pool:
        results = list(zip(batch.members, pool.map(sender.deliver, batch.members), strict=True))
    by_outcome: dict[Outcome, list[str]] = {}
    for member_id, outcome in results:
        outcomes[outcome] += 1
        by_outcome.setdefault(outcome, []).append(member_id)
    if retry := by_outcome.get(Outcome.RETRY):
        queue.enqueue(
            "campaign",
            batch.ref,
            retry,
            attempt=batch.attempt + 1,
            delay_seconds=retry_delay_seconds(batch.attempt),
        )
    if deferred := by_outcome.get(Outcome.DEFERRED):
        queue.enqueue("campaign", batch.ref, deferred, attempt=batch.attempt)
    if exhausted := by_outcome.get(Outcome.EXHAUSTED):
        queue.dead_letter(batch, exhausted)
    return outcomes


def release_held() -> int:
    """At the end of quiet hours: queue every held copy again (they are claimed then as any
    other; a release that runs twice queues them twice, harmlessly). Nothing during quiet hours."""
    if rules.in_quiet_hours():
        return 0
    by_campaign: dict[str, list[str]] = {}
    for copy in Delivery.by_gsi1.query(HELD_INDEX):
        by_campaign.setdefault(copy.campaign_id, []).append(copy.member_id)
    for campaign_id, members in by_campaign.items():
        queue.enqueue("campaign", campaign_id, members)
    released = sum(len(m) for m in by_campaign.values())
    logger.info("held push messages released", extra={"released": released, "campaigns": len(by_campaign)})
    return released
