"""After a randomised run of check-ins, tasks, redemptions, make-ups, orders and admin
adjustments (interleaved across threads), every member's ledger sums to the balance."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu.errors import SiyuError
from siyu.events import DomainEvent
from siyu.ids import new_id
from siyu.members import checkins, gifts, points, rules, tasks
from siyu.members.models import Gift, Redemption, TaskProgress, member_pk
from siyu.members.schemas import CheckinRules, GiftDefinition, StreakBonus, TaskRule
from tests.members.support import assert_ledger_consistent, balance, ledger, make_member

SEED = 20261124
DAYS = 6
OPS_PER_DAY = 14


@pytest.mark.concurrency
def test_randomised_operations_keep_every_ledger_equal_to_its_balance(atomic_dynamodb, at):
    rng = random.Random(SEED)
    rules.save_checkin(
        CheckinRules(
            base_points=5,
            streak_bonuses=[StreakBonus(day=3, points=7)],
            makeup_window_days=3,
            makeup_cost_points=4,
            makeup_max_per_month=5,
        )
    )
    rules.save_task(TaskRule(task_id="share", kind="share", title="分享", points=3, limit=2))
    rules.save_task(TaskRule(task_id="checkin", kind="checkin", title="签到", points=1))
    rules.save_task(TaskRule(task_id="first", kind="first_order", title="首单", points=20, period="once"))
    gifts.put_gift("cup", GiftDefinition(name="杯子", points_cost=12, per_member_limit=3, initial_stock=8))
    members = [make_member() for _ in range(6)]
    outcomes: Counter[str] = Counter()

    def attempt(op: Callable[[], object], name: str) -> None:
        try:
            op()
            outcomes[name] += 1
        except SiyuError as exc:
            outcomes[exc.code] += 1

    def random_op(day: str) -> Callable[[], None]:
        member = rng.choice(members)
        kind = rng.choice(["checkin", "checkin", "share", "redeem", "adjust", "order", "makeup", "spend"])
        if kind == "checkin":
            return lambda: attempt(lambda: checkins.check_in(member), kind)
        if kind == "share":
            return lambda: attempt(lambda: tasks.complete(member, "share", claim_id=new_id()), kind)
        if kind == "redeem":
            return lambda: attempt(lambda: gifts.redeem(member, "cup"), kind)
        if kind == "adjust":
            delta = rng.choice([-15, -5, 8, 25])
            return lambda: attempt(
                lambda: points.adjust(member, delta, reason="调整", admin_id="op-1", key=new_id()), kind
            )
        if kind == "order":
            event = DomainEvent(
                type="OrderPaid",
                member_id=member,
                data={"order_id": new_id(), "first_order": True, "amount_fen": 990},
            )
            return lambda: attempt(lambda: tasks.on_event(event), kind)
        if kind == "makeup":
            back = rng.randint(1, 3)
            missed = checkins.date.fromisoformat(day) - checkins.timedelta(days=back)
            return lambda: attempt(lambda: checkins.make_up(member, missed), kind)
        amount = rng.choice([3, 9, 40])
        return lambda: attempt(
            lambda: points.change(member, -amount, reason="抵扣", source="order", ref=new_id()), kind
        )

    for offset in range(DAYS):
        day = f"2027-10-{offset + 1:02d}"
        at(f"{day}T03:00:00Z")
        ops = [random_op(day) for _ in range(OPS_PER_DAY)]
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda op: op(), ops))

    # The run did exercise the paths, including refusals.
    assert all(outcomes[name] for name in ("checkin", "redeem", "adjust", "share", "order", "makeup")), (
        outcomes
    )
    assert outcomes["POINTS_INSUFFICIENT"]
    for member in members:
        assert_ledger_consistent(member)
        assert balance(member) >= 0
        # Task limits held: at most 2 shares a day, the first order once.
        for progress in TaskProgress.query(member_pk(member), TaskProgress.sk.startswith("TASK#")):
            assert int(progress.done) <= {"share": 2, "checkin": 1, "first": 1}[progress.task_id]
        assert len([e for e in ledger(member) if e.source == "task" and e.ref.startswith("first:")]) <= 1
    # Stock and redemptions agree, and each redemption took its points exactly once.
    gift = Gift.get(*Gift.key("cup"))
    redemptions = list(Redemption.scan(Redemption.pk.startswith("REDEMPTION#")))
    assert int(gift.stock) + len(redemptions) == 8
    assert int(gift.redeemed_count) == len(redemptions) == outcomes["redeem"]
    gift_entries = [e for m in members for e in ledger(m) if e.source == "gift"]
    assert sorted(e.ref for e in gift_entries) == sorted(r.redemption_id for r in redemptions)
