"""Levels: thresholds on growth, automatic upgrade with an event, benefits other
capabilities read, the ladder managed by operations."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from siyu.events import DomainEvent
from siyu.members import levels, points, rules, tasks
from siyu.members.schemas import LevelRule, LevelRules
from tests.members.support import call, make_member
from tests.support import admin_token, events

LADDER = LevelRules(
    growth_basis="points_earned",
    levels=[
        LevelRule(key="normal", name="普通", threshold=0),
        LevelRule(key="silver", name="银卡", threshold=100, discount_bp=500, perks=["生日双倍积分"]),
        LevelRule(
            key="gold", name="金卡", threshold=500, discount_bp=1200, coupon_template_ids=["gold-coupon"]
        ),
    ],
)


def test_points_earned_move_a_member_up_once_with_an_event(aws):
    rules.save_levels(LADDER)
    member = make_member()
    points.change(member, 60, reason="奖励", source="campaign", ref="c-1")
    assert levels.benefits(member).level_key == "normal"
    points.change(member, -50, reason="兑换", source="gift", ref="g-1")  # spending does not lower growth
    points.change(member, 45, reason="奖励", source="campaign", ref="c-2")
    mine = levels.benefits(member)
    assert (mine.level_key, mine.level_name, mine.discount_bp, mine.growth) == ("silver", "银卡", 500, 105)
    assert (mine.next_level_key, mine.next_threshold) == ("gold", 500)
    upgrades = events("LevelUpgraded")
    assert [(e.member_id, json.loads(e.data)) for e in upgrades] == [
        (member, {"from": "normal", "to": "silver", "name": "银卡", "growth": 105})
    ]
    # Straight past a level: one event, to the top.
    points.change(member, 1000, reason="奖励", source="campaign", ref="c-3")
    top = levels.benefits(member)
    assert (top.level_key, top.coupon_template_ids, top.next_level_key) == ("gold", ("gold-coupon",), None)
    assert len(events("LevelUpgraded")) == 2


def test_money_spent_counts_when_the_ladder_says_so(aws):
    rules.save_levels(
        LevelRules(
            growth_basis="spent_fen",
            levels=[
                LevelRule(key="normal", name="普通", threshold=0),
                LevelRule(key="vip", name="VIP", threshold=10_000, discount_bp=300),
            ],
        )
    )
    member = make_member()
    paid = DomainEvent(type="OrderPaid", member_id=member, data={"order_id": "o-1", "amount_fen": 6000})
    tasks.on_event(paid)
    tasks.on_event(paid)  # redelivered: counted once
    assert levels.benefits(member).growth == 6000
    tasks.on_event(
        DomainEvent(type="OrderPaid", member_id=member, data={"order_id": "o-2", "amount_fen": 4000})
    )
    mine = levels.benefits(member)
    assert (mine.level_key, mine.discount_bp, mine.growth) == ("vip", 300, 10_000)
    assert len(events("LevelUpgraded")) == 1
    # Points earned do not count on this ladder.
    points.change(member, 99_999, reason="奖励", source="campaign", ref="c-1")
    assert levels.benefits(member).growth == 10_000
    # add_growth is idempotent by (source, ref) for other callers too.
    assert levels.add_growth(member, spent_fen=4000, source="order", ref="o-2").growth == 10_000


def test_levels_route_and_defaults(aws):
    member = make_member()
    status, body = call("GET", "/v1/levels", member=member)
    assert status == 200
    assert body["me"]["level_key"] == "normal"
    assert [lv["key"] for lv in body["levels"]] == ["normal"]
    rules.save_levels(LADDER)
    points.change(member, 120, reason="奖励", source="campaign", ref="c-1")
    body = call("GET", "/v1/levels", member=member)[1]
    assert body["me"]["level_name"] == "银卡"
    assert body["me"]["growth_to_next"] == 380
    assert [lv["name"] for lv in body["levels"]] == ["普通", "银卡", "金卡"]


@pytest.mark.parametrize(
    "ladder",
    [
        {"levels": []},
        {"levels": [{"key": "a", "name": "A", "threshold": 10}]},  # must start at 0
        {"levels": [{"key": "a", "name": "A", "threshold": 0}, {"key": "b", "name": "B", "threshold": 0}]},
        {"levels": [{"key": "a", "name": "A", "threshold": 0}, {"key": "a", "name": "B", "threshold": 5}]},
        {"levels": [{"key": "a", "name": "A", "threshold": 0, "discount_bp": 9000}]},
        {"growth_basis": "likes", "levels": [{"key": "a", "name": "A", "threshold": 0}]},
    ],
)
def test_a_broken_ladder_is_refused(ladder):
    with pytest.raises(ValidationError):
        LevelRules.model_validate(ladder)


def test_operations_configure_levels_checkin_and_birthday_with_roles(aws):
    operator, analyst = admin_token("operator"), admin_token("analyst")
    for path, body in (
        ("/v1/admin/levels", LADDER.model_dump()),
        ("/v1/admin/checkin-rules", {"base_points": 3, "streak_bonuses": [{"day": 7, "points": 30}]}),
        ("/v1/admin/birthday-reward", {"enabled": True, "points": 88}),
    ):
        status, error = call("PUT", path, body, admin=analyst)
        assert (status, error["error"]["code"]) == (403, "FORBIDDEN")
        status, saved = call("PUT", path, body, admin=operator)
        assert status == 200, saved
        assert call("GET", path, admin=analyst)[1] == saved
        status, error = call("GET", path, member=make_member())
        assert (status, error["error"]["code"]) == (401, "TOKEN_INVALID")
    assert rules.load().checkin.points_for(7) == 33
    assert rules.load().birthday.points == 88
    status, error = call(
        "PUT", "/v1/admin/levels", {"levels": [{"key": "a", "name": "A", "threshold": 5}]}, admin=operator
    )
    assert (status, error["error"]["code"]) == (400, "VALIDATION_ERROR")
    status, error = call(
        "PUT",
        "/v1/admin/checkin-rules",
        {"streak_bonuses": [{"day": 7, "points": 1}, {"day": 7, "points": 2}]},
        admin=operator,
    )
    assert (status, error["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert rules.load().checkin.base_points == 3
