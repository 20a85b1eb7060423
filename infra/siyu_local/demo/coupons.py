"""Demo coupons for the local shop: 新人首单立减, 满30减5, 8.8折 (capped), and a live-room
code. Idempotent: fixed template ids, and a code created again is the same code."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from siyu import clock
from siyu.coupons import codes, templates

DEMO_CODE = "LIVE888"


def _template(template_id: str, **spec: Any) -> templates.CouponTemplate:
    now = clock.now()
    spec.setdefault("validity", {"kind": "relative", "days": 7})
    spec.setdefault("claim_starts_at", now - timedelta(minutes=1))
    spec.setdefault("claim_ends_at", now + timedelta(days=90))
    return templates.create(
        templates.TemplateIn.model_validate(spec), created_by="demo", template_id=template_id
    )


def seed() -> dict[str, str]:
    newcomer = _template(
        "DEMO-NEWCOMER",
        name="新人首单立减8元",
        terms={"kind": "first_order", "amount_off_fen": 800},
        audience="new_members",
        new_member_days=30,
        total_stock=1000,
    )
    over_30 = _template(
        "DEMO-30OFF5",
        name="满30减5",
        terms={"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000},
        total_stock=500,
        per_member_limit=2,
    )
    discount = _template(
        "DEMO-88",
        name="全场8.8折（最高减10元）",
        terms={"kind": "percent", "pay_rate_bp": 8800, "max_off_fen": 1000, "restore_on_refund": True},
        validity={"kind": "relative", "days": 3},
        total_stock=300,
    )
    live = _template(
        "DEMO-LIVE",
        name="直播间专属满20减6",
        terms={"kind": "threshold", "amount_off_fen": 600, "min_spend_fen": 2000},
        obtain="code",
        total_stock=200,
    )
    now = clock.now()
    code = codes.create_code(
        DEMO_CODE,
        live.template_id,
        starts_at=now - timedelta(minutes=1),
        ends_at=now + timedelta(days=7),
        max_uses=200,
        per_member_limit=1,
        source="live:demo",
    )
    return {
        "coupons": ", ".join(t.name for t in (newcomer, over_30, discount, live)),
        "live-room code": f"{code.code} (POST /v1/coupons/redeem-code, until {code.ends_at})",
    }
