"""Helpers for the coupon tests: templates with sensible defaults, tokens, members."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from coupons_app import handler

from siyu import clock
from siyu.coupons import templates
from siyu.coupons.models import CouponTemplate, WalletCoupon
from siyu.members.models import Member
from tests.conftest import Api
from tests.support import events, member_token

api = Api(handler)

THRESHOLD_30_5 = {"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000}


def template_spec(**overrides: Any) -> templates.TemplateIn:
    now = clock.now()
    spec: dict[str, Any] = {
        "name": "满30减5",
        "terms": THRESHOLD_30_5,
        "validity": {"kind": "relative", "days": 7},
        "total_stock": 100,
        "per_member_limit": 1,
        "claim_starts_at": (now - timedelta(hours=1)).isoformat(),
        "claim_ends_at": (now + timedelta(days=7)).isoformat(),
    }
    spec.update(overrides)
    return templates.TemplateIn.model_validate(spec)


def make_template(**overrides: Any) -> CouponTemplate:
    return templates.create(template_spec(**overrides), created_by="test")


def make_member(member_id: str, joined_days_ago: float = 0) -> Member:
    member = Member(
        *Member.key(member_id),
        member_id=member_id,
        open_id=f"openid-{member_id}",
        created_at=clock.iso(clock.now() - timedelta(days=joined_days_ago)),
    )
    member.save()
    return member


def claim(member_id: str, template_id: str, key: str = "key-00000001") -> tuple[int, Any]:
    return api(
        "POST",
        f"/v1/coupons/{template_id}/claim",
        token=member_token(member_id),
        headers={"Idempotency-Key": key},
    )


def fresh(template_id: str) -> CouponTemplate:
    return CouponTemplate.get(*CouponTemplate.key(template_id), consistent_read=True)


def coupons_of_template(template_id: str) -> list[WalletCoupon]:
    return list(WalletCoupon.gsi1.query(f"CPNS#{template_id}"))


def snapshot(template_id: str, member_id: str) -> dict[str, Any]:
    """Everything a claim could change, to assert that a refused one changed nothing."""
    t = fresh(template_id)
    mine = [i.sk for i in WalletCoupon.query(f"MEMBER#{member_id}")]
    return {
        "stock_left": t.stock_left,
        "counts": (t.claimed_count, t.code_count, t.granted_count),
        "member_items": sorted(mine),
        "events": len(events()),
    }
