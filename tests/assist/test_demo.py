"""The demo assist campaign the local runtime loads: idempotent and usable on a fresh moto."""

from __future__ import annotations

from siyu.assist import helping
from siyu.members.models import Identity
from siyu_local.demo import assist as demo
from siyu_local.demo import coupons as coupon_demo
from tests.assist.support import make_member


def test_seed_rewards_the_demo_coupon_and_is_idempotent(aws):
    coupon_demo.seed()
    alice = make_member("alice-id")
    Identity(*Identity.key("demo-alice"), member_id=alice.member_id).save()
    first = demo.seed()
    assert demo.seed() == first
    assert "满30减5" in first["assist campaign"]
    assist_id = first["demo-alice's assist"].split("assist_id=")[1].split(" ")[0]
    make_member("bob-id")
    assert helping.help_assist("bob-id", assist_id).help.counted


def test_seed_falls_back_to_points_without_the_coupon_demo(aws):
    assert "100积分" in demo.seed()["assist campaign"]
