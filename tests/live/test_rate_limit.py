"""The app-wide subscribe-message rate limit: shared through DynamoDB by every container."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu.live import reminders
from siyu.ratelimit import RateLimiter, RateSlot
from tests.live.support import drain, fire, make_live, per_member, send_calls, sent_for

pytestmark = pytest.mark.concurrency


class FakeTime:
    """A clock that only moves when someone waits: no real sleeping in the test."""

    def __init__(self, start: float) -> None:
        self.now = start
        self.lock = threading.Lock()
        self.grants: Counter[int] = Counter()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += max(seconds, 0.001)


def test_containers_sharing_the_limit_never_exceed_a_slot_budget(atomic_dynamodb):
    time = FakeTime(1_800_000_000.0)
    # Three "containers" (separate limiters, separate local state) with four threads each.
    limiters = [RateLimiter("test-bucket", 100, now=time, sleep=time.sleep) for _ in range(3)]
    taken: Counter[int] = Counter()
    lock = threading.Lock()

    def send(i: int) -> None:
        limiter = limiters[i % 3]
        limiter.acquire()
        with lock:
            taken[int(time() * 1000) // limiter.slot_ms] += 1

    with ThreadPoolExecutor(12) as pool:
        list(pool.map(send, range(300)))

    assert sum(taken.values()) == 300
    slots = {int(item.sk): int(item.used) for item in RateSlot.query("RATE#test-bucket")}
    assert max(slots.values()) <= 10  # 100/s in 100 ms slots
    assert sum(slots.values()) >= 300  # every grant was taken from DynamoDB first
    assert len(slots) >= 30  # so 300 calls spread over at least 3 (fake) seconds
    assert sum(limiter.waits for limiter in limiters) > 0


def test_the_limit_budget_per_slot_follows_the_rate():
    assert RateLimiter("b", 80).per_slot == 8
    assert RateLimiter("b", 80).chunk == 4
    assert RateLimiter("b", 5).per_slot == 1
    with pytest.raises(ValueError, match="at least 1"):
        RateLimiter("b", 0)


def test_at_the_real_limits_the_platform_never_refuses_for_rate(atomic_dynamodb, fake_kuaishou, settings_env):
    """Siyu's default 80/s against the fake's real 100-per-second limit: no refusal, no retry.
    (A small N: the benchmark case `live` reports the time for 1,000.)"""
    settings_env(KUAISHOU_MESSAGE_RATE="80")
    fake_kuaishou.message_qps = 100
    live = make_live()
    from tests.live.support import seed_reservers

    seed_reservers(live.live_id, 120, prefix="rate")
    fire(live.live_id)
    calls_before = send_calls(fake_kuaishou)
    drain()
    sent = sent_for(fake_kuaishou, live.live_id)
    assert len(sent) == 120
    assert set(per_member(sent).values()) == {1}
    assert send_calls(fake_kuaishou) - calls_before == 120  # not one MSG_RATE_LIMITED answer
    assert reminders.limiter().per_slot == 8
