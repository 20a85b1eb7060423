"""Targeted push: the time to send a campaign to 10,000 members at the platform cap, computed
from the app-wide limiter on a virtual clock (not waited for), and the DynamoDB calls of one
member's send.

The limiter (siyu.ratelimit.RateLimiter, bucket `kuaishou-messages`) runs as the senders run
it — one conditional ADD per few tokens on a slot item in DynamoDB Local — but its clock and
its sleep are virtual: each wait for the next 100 ms slot moves the clock instead of sleeping.
Three sender containers (the template's MaximumConcurrency) take tokens in turn. The time is
the virtual clock's advance when the 10,000th token is taken: at Siyu's own 80/s (what a
campaign takes) and at the platform's 100/s (the cap).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from siyu_local import bench
from siyu_local.sandbox import KUAISHOU_TEST_SECRET, reset_caches
from siyu_local.template import default_stack

MEMBERS = 10_000
SENDERS = 3  # PushSenderFunction ScalingConfig.MaximumConcurrency
PUSH_FUNCTIONS = ("PushFunction", "PushSenderFunction", "PushReleaseFunction")


class _WouldWait(Exception):
    pass


def _campaign_seconds(per_second: int) -> tuple[float, int]:
    """Virtual seconds until SENDERS limiters sharing the bucket have taken MEMBERS tokens.

    Each slot, every sender takes tokens until the limiter would make it wait (its sleep
    raises instead of sleeping); when all would wait, the virtual clock moves to the next slot.
    """
    import time

    from siyu.ratelimit import KUAISHOU_MESSAGES, SLOT_MS, RateLimiter

    now = [float(int(time.time()) + 86_400 * per_second)]  # slots no other figure has touched

    def would_wait(_seconds: float) -> None:
        raise _WouldWait

    limiters = [
        RateLimiter(KUAISHOU_MESSAGES, per_second, now=lambda: now[0], sleep=would_wait)
        for _ in range(SENDERS)
    ]
    start, taken, waits = now[0], 0, 0
    while taken < MEMBERS:
        for limiter in limiters:
            try:
                while taken < MEMBERS:
                    limiter.acquire()
                    taken += 1
            except _WouldWait:
                waits += 1
        if taken < MEMBERS:
            now[0] = (int(now[0] * 1000) // SLOT_MS + 1) * SLOT_MS / 1000
    # The last token's slot ends a slot later than its start: count whole slots used.
    return now[0] - start + SLOT_MS / 1000, waits


@contextmanager
def _stack() -> Iterator[None]:
    stack = default_stack()
    functions = stack.functions()
    env = {
        k: v
        for name in PUSH_FUNCTIONS
        for k, v in functions[name].environment.items()
        if k.startswith("PUSH_")
    }
    bench.quiet_environment(stack, env)
    with bench.local_stack(stack):
        reset_caches()
        yield


def _calls_per_member(fake_url: str) -> tuple[float, int]:
    """DynamoDB calls of a 50-member batch (credits, claims, caps, records), per member."""
    from siyu import clock, messaging, segments
    from siyu.members.models import Member
    from siyu.push import PushBatch, campaigns, credits, sender
    from siyu.push.schemas import CampaignSpec

    os.environ["KUAISHOU_BASE_URL"] = fake_url
    os.environ["KUAISHOU_MESSAGE_RATE"] = "1000000"
    reset_caches()
    messaging._limiter.cache_clear()
    ids = [f"bench-{n:04d}" for n in range(50)]
    for member_id in ids:
        Member(
            *Member.key(member_id), member_id=member_id, open_id=f"o-{member_id}", created_at=clock.now_iso()
        ).save()
        credits.record(member_id, {"tmpl-bench": "accept"}, request_key=f"bench-{member_id}")
    segments.put_segment("seg-bench", name="bench", kind="static")
    segments.add_members("seg-bench", ids)
    spec = CampaignSpec(
        name="bench",
        segment_id="seg-bench",
        template_id="tmpl-bench",
        page="pages/index/index",
        data={"thing01": "周末满减"},
        kind="transactional",  # the bench may run in quiet hours; caps are two more updates
    )
    push = campaigns.create(spec, admin_id="bench")
    campaigns.send(push.campaign_id)
    campaigns.fan_out(push.campaign_id)  # freezes the segment as the campaign's audience
    with bench.dynamodb_calls() as calls:
        outcomes = sender.send_batch(PushBatch(kind="campaign", ref=push.campaign_id, members=ids))
    return len(calls) / len(ids), outcomes[sender.Outcome.SENT]


def run(table: bench.Table) -> None:
    from siyu.config import get_settings
    from siyu_local.fake_kuaishou import FakeKuaishou

    stack = default_stack()
    fake = FakeKuaishou(
        app_id=stack.environment()["KUAISHOU_APP_ID"], app_secret=KUAISHOU_TEST_SECRET, port=0
    )
    fake.start()
    fake.message_qps = 1_000_000
    try:
        with _stack():
            rate = get_settings().kuaishou_message_rate
            at_own, waits = _campaign_seconds(rate)
            at_cap, _ = _campaign_seconds(100)
            per_member, sent = _calls_per_member(fake.base_url)
    finally:
        fake.stop()
        os.environ.pop("KUAISHOU_MESSAGE_RATE", None)
        reset_caches()
    table.add("push", f"campaign to {MEMBERS:,} members at Siyu's {rate}/s limit (s, limiter)", at_own, "125")
    table.add("push", f"campaign to {MEMBERS:,} members at the platform cap 100/s (s)", at_cap, "100")
    table.add("push", "times a sender waited for the next 100 ms slot", waits)
    table.add("push", "members sent in a 50-member batch", sent, "50")
    table.add("push", "DynamoDB calls per member sent (claim, credit, record)", per_member)
