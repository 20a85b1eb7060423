"""Helps (助力): exact counting under concurrency, completion with the reward in the same
step, and every refusal clear and without effect — on the serialised (atomic) moto."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.assist import helping, rules
from siyu.assist.errors import AssistExpired
from siyu.assist.models import COMPLETED, StartRecord
from siyu.coupons import grant
from siyu.coupons.models import WalletCoupon
from siyu.db import transaction
from siyu.members import account
from tests.assist.support import (
    fresh_assist,
    help_outcome,
    helps_of,
    make_campaign,
    make_coupon_template,
    make_member,
    shard_totals,
    snapshot,
    start,
)
from tests.support import events


@pytest.mark.concurrency
def test_30_helpers_at_once_on_an_assist_needing_10_count_exactly_10_and_reward_once(atomic_dynamodb):
    template = make_coupon_template(total_stock=5)
    campaign = make_campaign(helps_needed=10, reward={"kind": "coupon", "template_id": template.template_id})
    make_member("initiator")
    helpers = [f"helper{i:02d}" for i in range(30)]
    for h in helpers:
        make_member(h)
    assist = start("initiator", campaign.campaign_id)

    with ThreadPoolExecutor(30) as pool:
        results = list(pool.map(lambda h: help_outcome(h, assist.assist_id), helpers))

    ok = [r for code, r in results if code == "OK"]
    assert len(ok) == 10
    assert {code for code, _ in results if code != "OK"} == {"ASSIST_COMPLETED"}
    assert sum(1 for r in ok if r.completed) == 1
    after = fresh_assist(assist.assist_id)
    assert (after.helps, after.status, after.reward_status) == (10, COMPLETED, "GRANTED")
    assert sum(1 for h in helps_of(assist.assist_id) if h.counted) == 10
    assert len(helps_of(assist.assist_id)) == 10
    # The reward: one coupon, granted in the completing transaction, keyed by the assist.
    wallet = list(WalletCoupon.query("MEMBER#initiator", WalletCoupon.sk.startswith("COUPON#")))
    assert [(c.template_id, c.source, c.source_ref) for c in wallet] == [
        (template.template_id, "assist", assist.assist_id)
    ]
    assert after.reward_ref == wallet[0].coupon_id
    assert len(events("AssistHelped")) == 10
    assert len(events("AssistCompleted")) == 1
    assert len(events("CouponClaimed")) == 1
    totals = shard_totals(campaign.campaign_id)
    assert (totals["starts"], totals["helps"], totals["completions"]) == (1, 10, 1)
    # The initiator may start again (the open assist is no longer open).
    assert StartRecord.get(*StartRecord.key("initiator", campaign.campaign_id)).open_assist_id is None


@pytest.mark.concurrency
def test_one_helper_helping_10_times_at_once_makes_one_help(atomic_dynamodb):
    campaign = make_campaign(helps_needed=5)
    make_member("initiator")
    make_member("eager")
    assist = start("initiator", campaign.campaign_id)

    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(lambda _: help_outcome("eager", assist.assist_id), range(10)))

    assert {code for code, _ in results} == {"OK"}
    assert sum(1 for _, r in results if not r.replayed) == 1
    assert fresh_assist(assist.assist_id).helps == 1
    assert len(helps_of(assist.assist_id)) == 1
    assert len(events("AssistHelped")) == 1
    assert shard_totals(campaign.campaign_id)["helps"] == 1


def test_points_reward_is_granted_with_the_completing_help(aws):
    campaign = make_campaign(helps_needed=2, reward={"kind": "points", "points": 88})
    make_member("initiator")
    make_member("a")
    make_member("b")
    assist = start("initiator", campaign.campaign_id)
    first = helping.help_assist("a", assist.assist_id)
    assert not first.completed
    assert account.read("initiator").balance == 0
    second = helping.help_assist("b", assist.assist_id)
    assert second.completed
    assert second.assist.status == COMPLETED
    assert account.read("initiator").balance == 88
    done = events("AssistCompleted")
    assert len(done) == 1
    assert '"reward_status":"GRANTED"' in done[0].data
    assert len(events("PointsChanged")) == 1


def test_a_helper_over_the_daily_limit_is_refused_and_nothing_counts(aws):
    campaign = make_campaign(helps_needed=10, helps_per_helper_per_day=2, hours_to_complete=48)
    make_member("busy")
    assists = []
    for i in range(3):
        make_member(f"init{i}")
        assists.append(start(f"init{i}", campaign.campaign_id))
    for a in assists[:2]:
        assert help_outcome("busy", a.assist_id)[0] == "OK"
    before = snapshot(assists[2].assist_id, "busy")

    code, message = help_outcome("busy", assists[2].assist_id)

    assert (code, message) == ("ASSIST_DAILY_LIMIT_REACHED", "今天的助力次数已用完，明天再来吧")
    assert snapshot(assists[2].assist_id, "busy") == before
    # A new Shanghai day, a new allowance.
    clock.clock.freeze(clock.now() + timedelta(days=1))
    assert help_outcome("busy", assists[2].assist_id)[0] == "OK"


def test_self_help_is_refused_and_nothing_counts(aws):
    campaign = make_campaign()
    make_member("narcissus")
    assist = start("narcissus", campaign.campaign_id)
    before = snapshot(assist.assist_id, "narcissus")
    assert help_outcome("narcissus", assist.assist_id) == ("ASSIST_SELF_HELP", "不能为自己助力哦")
    assert snapshot(assist.assist_id, "narcissus") == before


@pytest.mark.parametrize("rule", ["since_campaign", "since_assist"])
def test_an_old_member_where_new_ones_are_required_is_refused(aws, rule):
    campaign = make_campaign(new_helpers=rule)
    make_member("initiator")
    make_member("veteran", joined_minutes_ago=60 * 24 * 365)
    assist = start("initiator", campaign.campaign_id)
    before = snapshot(assist.assist_id, "veteran")

    assert help_outcome("veteran", assist.assist_id) == ("ASSIST_NEW_MEMBERS_ONLY", "该助力仅限新用户参与")
    assert snapshot(assist.assist_id, "veteran") == before

    # Someone whose first login comes after the assist started is new under both rules.
    clock.clock.freeze(clock.now() + timedelta(minutes=10))
    make_member("newcomer", joined_minutes_ago=1)
    code, outcome = help_outcome("newcomer", assist.assist_id)
    assert code == "OK"
    assert outcome.help.is_new
    assert outcome.help.counted


def test_since_campaign_admits_members_who_joined_after_the_campaign_before_the_assist(aws):
    campaign = make_campaign(new_helpers="since_campaign")  # started an hour ago
    make_member("initiator")
    make_member("joined-30-min-ago", joined_minutes_ago=30)
    assist = start("initiator", campaign.campaign_id)
    code, outcome = help_outcome("joined-30-min-ago", assist.assist_id)
    assert code == "OK"
    assert outcome.help.is_new is False  # new to the campaign, not brought by this assist


def test_a_help_after_expiry_is_refused_and_nothing_counts(aws):
    campaign = make_campaign(hours_to_complete=2)
    make_member("initiator")
    make_member("late")
    assist = start("initiator", campaign.campaign_id)
    clock.clock.freeze(clock.parse_iso(assist.expires_at) + timedelta(seconds=1))
    before = snapshot(assist.assist_id, "late")

    assert help_outcome("late", assist.assist_id) == ("ASSIST_EXPIRED", "该助力已过期")
    assert snapshot(assist.assist_id, "late") == before


def test_the_transaction_itself_refuses_after_expiry(aws):
    """Even planned from a copy that says the assist runs until tomorrow, the write's
    condition refuses a help after the real expiry."""
    campaign = make_campaign(hours_to_complete=1)
    make_member("initiator")
    slow = make_member("slow")
    assist = start("initiator", campaign.campaign_id)
    stale = fresh_assist(assist.assist_id)
    stale.expires_at = clock.iso(clock.now() + timedelta(days=1))
    clock.clock.freeze(clock.parse_iso(assist.expires_at) + timedelta(seconds=1))
    plan = helping._plan(stale, slow, "slow", rules.load(), helping.Attempt())

    with pytest.raises(TransactWriteError) as caught, transaction() as tx:
        helping._stage(tx, plan, helping.Attempt())
    with pytest.raises(AssistExpired):
        helping._learn(caught.value, plan, helping.Attempt())
    assert fresh_assist(assist.assist_id).helps == 0
    assert helps_of(assist.assist_id) == []


def test_a_help_on_a_completed_assist_is_refused(aws):
    campaign = make_campaign(helps_needed=1)
    make_member("initiator")
    make_member("first")
    make_member("second")
    assist = start("initiator", campaign.campaign_id)
    assert help_outcome("first", assist.assist_id)[1].completed
    assert help_outcome("second", assist.assist_id) == ("ASSIST_COMPLETED", "该助力已完成，谢谢你的支持")


def test_a_sold_out_coupon_still_completes_the_assist_with_the_reward_failed(aws):
    template = make_coupon_template(total_stock=1)
    grant("someone-else", template.template_id, source="admin", source_ref="x")  # takes the last one
    campaign = make_campaign(helps_needed=1, reward={"kind": "coupon", "template_id": template.template_id})
    make_member("initiator")
    make_member("friend")
    assist = start("initiator", campaign.campaign_id)
    code, outcome = help_outcome("friend", assist.assist_id)
    assert code == "OK"
    assert outcome.completed
    after = fresh_assist(assist.assist_id)
    assert (after.status, after.reward_status, after.reward_error) == (COMPLETED, "FAILED", "COUPON_SOLD_OUT")
    assert shard_totals(campaign.campaign_id)["completions"] == 1


def test_unknown_assist_and_unknown_helper(aws):
    campaign = make_campaign()
    make_member("initiator")
    assist = start("initiator", campaign.campaign_id)
    assert help_outcome("ghost", assist.assist_id)[0] == "MEMBER_NOT_FOUND"
    assert help_outcome("initiator", "01NOSUCHASSIST")[0] == "ASSIST_NOT_FOUND"
