"""Rate limits in DynamoDB that every container shares: the app-wide sending budget for
Kuaishou messages (`RateLimiter`) and the abuse limits on callers (`Limit`, `Lockout`).

## Sending budget

Kuaishou allows an app 100 subscribe messages per second, whichever function or container
sends them. Time is cut into short slots; each slot has one counter item in the app table,
and a sender takes a few tokens at a time with one conditional ADD. When the slot is spent,
it waits for the next one. Short slots keep any 1-second window close to the per-slot budget
times the slots it spans, which is what a sliding-window limit on the other side counts.

Every sender of subscribe messages must use the same bucket (`KUAISHOU_MESSAGES`).

## Abuse limits
A `Limit` is "at most N per window" for one key (a member, a device, a source IP): one
counter item per key and window (pk=LIMIT#<name>#<key>, sk=<window number>), taken with a
conditional ADD, expired by TTL. A spent window is RATE_LIMITED (429) with Retry-After.
A `Lockout` counts failures (admin passwords) and, from the Nth within the window on,
refuses every attempt for a backoff that doubles with each further failure.
The numbers come from siyu.config (`limit_*`, "<count>/<seconds>"), per stack.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import UpdateError
from pynamodb.models import Model

from siyu import clock
from siyu.config import get_settings
from siyu.db import table_meta
from siyu.errors import RateLimited, SiyuError
from siyu.observability import logger

KUAISHOU_MESSAGES = "kuaishou-messages"
SLOT_MS = 100
SLOT_RETENTION_SECONDS = 120


class RateSlot(Model):
    """pk=RATE#<bucket>, sk=<slot number>: tokens taken in one slot (epoch ms // slot ms)."""

    Meta = table_meta("app")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    used = NumberAttribute(default=0)
    ttl = NumberAttribute()


def _conditional_failed(exc: UpdateError) -> bool:
    return exc.cause_response_code == "ConditionalCheckFailedException"


class RateLimiter:
    """`acquire()` blocks until one call may be made; thread-safe within a container."""

    def __init__(
        self,
        bucket: str,
        per_second: int,
        *,
        slot_ms: int = SLOT_MS,
        chunk: int | None = None,
        now: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        if per_second < 1:
            raise ValueError("per_second must be at least 1")
        self.bucket = bucket
        self.slot_ms = slot_ms
        self.per_slot = max(1, per_second * slot_ms // 1000)
        # Tokens taken per DynamoDB write: half a slot by default, so two senders share a slot.
        self.chunk = max(1, min(chunk or self.per_slot // 2, self.per_slot, 50))
        self._now = now or (lambda: clock.now().timestamp())
        self._sleep = sleep or time.sleep
        self._lock = threading.Lock()
        self._slot = -1
        self._left = 0
        self.waits = 0  # how often a caller had to wait for the next slot (observability)

    def acquire(self) -> None:
        with self._lock:
            while True:
                now = self._now()
                slot = int(now * 1000) // self.slot_ms
                if slot == self._slot and self._left > 0:
                    self._left -= 1
                    return
                taken = self._take(slot)
                if taken:
                    # Tokens left over from an earlier slot are dropped: using them now could
                    # put more than the budget into the current second.
                    self._slot, self._left = slot, taken - 1
                    return
                self.waits += 1
                self._sleep(max(0.0, (slot + 1) * self.slot_ms / 1000 - now))

    def _take(self, slot: int) -> int:
        """Take up to `chunk` tokens of the slot (then 1 if fewer are left); 0 when it is spent."""
        for n in sorted({self.chunk, 1}, reverse=True):
            item = RateSlot(f"RATE#{self.bucket}", str(slot))
            try:
                item.update(
                    actions=[
                        RateSlot.used.add(n),
                        RateSlot.ttl.set(slot * self.slot_ms // 1000 + SLOT_RETENTION_SECONDS),
                    ],
                    condition=RateSlot.used.does_not_exist() | (RateSlot.used <= self.per_slot - n),
                )
            except UpdateError as exc:
                if not _conditional_failed(exc):
                    raise
                continue
            return n
        return 0


# ---------------------------------------------------------------- abuse limits
def _now() -> float:
    return clock.now().timestamp()


def _refuse(name: str, retry_after: float) -> SiyuError:
    logger.warning("rate limited", extra={"limit": name})
    return RateLimited(details={"limit": name, "retry_after_seconds": max(1, int(retry_after + 0.999))})


@dataclass(frozen=True)
class Limit:
    """At most `count` per `seconds` for one key, in fixed windows."""

    name: str
    count: int
    seconds: int

    @classmethod
    def parse(cls, name: str, spec: str) -> Limit:
        """From "<count>/<seconds>" (siyu.config); a count of 0 switches the limit off."""
        count, _, seconds = spec.partition("/")
        limit = cls(name, int(count), int(seconds))
        if limit.count < 0 or limit.seconds < 1:
            raise ValueError(f"limit {name}: {spec!r} is not <count>/<seconds>")
        return limit

    def _slot(self, key: str) -> tuple[RateSlot, float]:
        now = _now()
        window = int(now) // self.seconds
        item = RateSlot(f"LIMIT#{self.name}#{key}", str(window))
        return item, (window + 1) * self.seconds - now

    def hit(self, key: str) -> None:
        """Count one request of `key`; RATE_LIMITED when the window already holds `count`."""
        if self.count == 0:
            return
        item, left = self._slot(key)
        try:
            item.update(
                actions=[RateSlot.used.add(1), RateSlot.ttl.set(int(_now() + left) + SLOT_RETENTION_SECONDS)],
                condition=RateSlot.used.does_not_exist() | (RateSlot.used < self.count),
            )
        except UpdateError as exc:
            if not _conditional_failed(exc):
                # Fail open: a limiter that cannot count must not take the route down with it.
                logger.warning("limit not counted", extra={"limit": self.name})
                return
            raise _refuse(self.name, left) from None

    def check(self, key: str) -> None:
        """RATE_LIMITED when the window is spent, without counting (pair with `hit` on failure)."""
        if self.count == 0:
            return
        item, left = self._slot(key)
        try:
            used = int(RateSlot.get(item.pk, item.sk, consistent_read=True).used)
        except RateSlot.DoesNotExist:
            return
        if used >= self.count:
            raise _refuse(self.name, left)


class LockoutState(Model):
    """pk=LOCKOUT#<name>#<key>, sk=STATE: recent failures and the end of the current lock."""

    Meta = table_meta("app")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="STATE")
    failures = NumberAttribute(default=0)
    last_failure_at = NumberAttribute(default=0)
    locked_until = NumberAttribute(default=0)
    ttl = NumberAttribute()


@dataclass(frozen=True)
class Lockout:
    """After `limit.count` failures within `limit.seconds` of each other, every attempt is
    refused for 2^(failures - count) × `base_seconds`, at most `max_seconds`."""

    limit: Limit
    max_seconds: int
    base_seconds: int = 60

    def _key(self, key: str) -> tuple[str, str]:
        return f"LOCKOUT#{self.limit.name}#{key.lower()}", "STATE"

    def check(self, key: str) -> None:
        if self.limit.count == 0:
            return
        try:
            state = LockoutState.get(*self._key(key), consistent_read=True)
        except LockoutState.DoesNotExist:
            return
        left = float(state.locked_until) - _now()
        if left > 0:
            raise _refuse(self.limit.name, left)

    def failed(self, key: str) -> None:
        """Record one failure; from the `count`th on, lock the key (backoff doubles)."""
        if self.limit.count == 0:
            return
        now = _now()
        state = LockoutState(*self._key(key))
        ttl = int(now) + self.limit.seconds + self.max_seconds
        try:  # a failure within the window of the previous one adds to the count
            state.update(
                actions=[
                    LockoutState.failures.add(1),
                    LockoutState.last_failure_at.set(now),
                    LockoutState.ttl.set(ttl),
                ],
                condition=LockoutState.last_failure_at >= now - self.limit.seconds,
            )
        except UpdateError as exc:
            if not _conditional_failed(exc):
                raise
            state.update(  # the first failure, or the first after a quiet window: start again
                actions=[
                    LockoutState.failures.set(1),
                    LockoutState.last_failure_at.set(now),
                    LockoutState.locked_until.set(0),
                    LockoutState.ttl.set(ttl),
                ]
            )
        failures = int(state.failures)
        if failures >= self.limit.count:
            lock = min(self.max_seconds, self.base_seconds * 2 ** min(failures - self.limit.count, 20))
            LockoutState(*self._key(key)).update(
                actions=[LockoutState.locked_until.set(now + lock), LockoutState.ttl.set(ttl + lock)]
            )
            logger.warning("locked out", extra={"limit": self.limit.name, "failures": failures})

    def succeeded(self, key: str) -> None:
        LockoutState(*self._key(key)).delete()


# The abuse limits of the stack, from siyu.config (documented in the README).
def admin_login_user() -> Lockout:
    s = get_settings()
    return Lockout(
        Limit.parse("admin-login-user", s.limit_admin_login_user), s.limit_admin_lockout_max_seconds
    )


def admin_login_ip() -> Lockout:
    s = get_settings()
    return Lockout(Limit.parse("admin-login-ip", s.limit_admin_login_ip), s.limit_admin_lockout_max_seconds)


def member_login_ip() -> Limit:
    return Limit.parse("member-login-ip", get_settings().limit_member_login_ip)


def code_guesses() -> Limit:
    return Limit.parse("code-guesses", get_settings().limit_code_guesses)


def events_per_device() -> Limit:
    return Limit.parse("events-device", get_settings().limit_events_device)


def member_writes() -> Limit:
    return Limit.parse("member-writes", get_settings().limit_member_writes)
