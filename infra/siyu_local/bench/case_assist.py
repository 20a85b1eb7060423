"""DynamoDB round trips per assist operation (a help: one read, one transaction), counted
with a botocore event hook on DynamoDB Local, plus the local cost of a help for reference."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

from siyu_local import bench
from siyu_local.template import default_stack

HELPS_TIMED = 50


def run(table: bench.Table) -> None:

    stack = default_stack()
    bench.quiet_environment(stack)
    with bench.dynamodb_calls() as calls, bench.local_stack(stack):
        _measure(table, calls)


def _measure(table: bench.Table, calls: list[str]) -> None:
    from siyu import clock
    from siyu.assist import assists, campaigns, helping, rules
    from siyu.assist.schemas import CampaignIn
    from siyu.coupons import templates
    from siyu.members import rules as member_rules
    from siyu.members.models import Member

    now = clock.now()

    def member(member_id: str) -> str:
        Member(
            *Member.key(member_id), member_id=member_id, open_id=f"o-{member_id}", created_at=clock.now_iso()
        ).save()
        return member_id

    def campaign(needed: int, reward: dict[str, object]) -> str:
        spec = {
            "name": "bench",
            "reward": reward,
            "helps_needed": needed,
            "hours_to_complete": 24,
            "starts_at": now - timedelta(minutes=1),
            "ends_at": now + timedelta(days=1),
            "helps_per_helper_per_day": 100,
        }
        return campaigns.create(CampaignIn.model_validate(spec), created_by="bench").campaign_id

    def measured(label: str, fn: Callable[[], object], goal: str = "") -> None:
        calls.clear()
        fn()
        table.add("assist", label, len(calls), goal)

    coupon = templates.create(
        templates.TemplateIn.model_validate(
            {
                "name": "满30减5",
                "terms": {"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000},
                "validity": {"kind": "relative", "days": 7},
                "total_stock": 10_000,
                "claim_starts_at": now - timedelta(minutes=1),
                "claim_ends_at": now + timedelta(days=7),
                "obtain": "grant",
            }
        )
    ).template_id
    by_coupon = campaign(2, {"kind": "coupon", "template_id": coupon})
    by_points = campaign(2, {"kind": "points", "points": 50})
    rules.load()
    member_rules.load()  # warm containers have the rules cached

    for m in ("i1", "i2", "i3", "h1", "h2", "h3", "h4"):
        member(m)
    for campaign_id in (by_coupon, by_points):
        campaigns.get(campaign_id)  # warm containers have the campaigns cached
    measured("DynamoDB calls per start", lambda: assists.start("i1", by_coupon), "<= 2")
    a1 = assists.start("i1", by_coupon).assist.assist_id
    measured("DynamoDB calls per help", lambda: helping.help_assist("h1", a1), "<= 2")
    measured("DynamoDB calls per retried help (returns the first)", lambda: helping.help_assist("h1", a1))
    measured("DynamoDB calls per completing help, coupon reward", lambda: helping.help_assist("h2", a1))
    a2 = assists.start("i2", by_points).assist.assist_id
    helping.help_assist("h3", a2)
    measured("DynamoDB calls per completing help, points reward", lambda: helping.help_assist("h4", a2))
    measured("DynamoDB calls per assist view (with helpers)", lambda: assists.detail(a1, "h1"), "<= 1")

    many = campaign(HELPS_TIMED + 1, {"kind": "points", "points": 50})
    campaigns.get(many)
    timed = assists.start("i3", many).assist.assist_id
    helpers = [member(f"t{i}") for i in range(HELPS_TIMED)]
    started = time.perf_counter()
    for helper in helpers:
        helping.help_assist(helper, timed)
    per_help_ms = (time.perf_counter() - started) / HELPS_TIMED * 1000
    table.add("assist", "ms per help on DynamoDB Local (local reference)", per_help_ms)
