"""The demo coupons the local runtime loads: idempotent and usable on a fresh moto."""

from __future__ import annotations

from siyu.coupons import codes, issuing, templates
from siyu_local.demo import coupons as demo


def test_seed_is_idempotent_and_usable(aws):
    first = demo.seed()
    assert demo.seed() == first
    assert "LIVE888" in first["live-room code"]
    assert len(templates.list_templates()) == 4
    assert issuing.claim("demo-member", "DEMO-30OFF5", request_key="demo-key-1").coupon.name == "满30减5"
    issued = codes.redeem_code("demo-member", "live888", request_key="demo-key-2")
    assert issued.coupon.template_id == "DEMO-LIVE"
