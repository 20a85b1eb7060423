"""An app-wide rate limit that every container shares.

Kuaishou allows an app 100 subscribe messages per second, whichever function or container
sends them. Time is cut into short slots; each slot has one counter item in the app table,
and a sender takes a few tokens at a time with one conditional ADD. When the slot is spent,
it waits for the next one. Short slots keep any 1-second window close to the per-slot budget
times the slots it spans, which is what a sliding-window limit on the other side counts.

Every sender of subscribe messages must use the same bucket (`KUAISHOU_MESSAGES`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import UpdateError
from pynamodb.models import Model

from siyu import clock
from siyu.db import table_meta

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
