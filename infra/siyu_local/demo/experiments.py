"""The seed's case: two first-order popup styles on the home page, the second (bold red,
shown after 3 s) lifting first-order conversion by about 27%. Simulated members are exposed
and pay through the domain code, so the results page computes the verdict itself.
Idempotent: a second run finds the exposures and orders already recorded."""

from __future__ import annotations

import random
from datetime import timedelta

from siyu import clock
from siyu.errors import NotFound
from siyu.experiments import core
from siyu.experiments.schemas import ExperimentDef
from siyu.pages import layouts
from siyu_local import demo

KEY = "first-order-popup"
MEMBERS_PER_VARIANT = 350
RATES = {"classic": 0.40, "bold": 0.508}  # +27%

HOME = [
    {
        "id": "hero",
        "kind": "banner_carousel",
        "slides": [{"image_url": "https://cdn.siyu.local/banner/new-season.jpg", "link": "/pages/menu"}],
    },
    {"id": "checkin", "kind": "checkin_entry"},
    {"id": "menu", "kind": "product_list", "title": "人气推荐", "category": "milk-tea", "limit": 6},
    {
        "id": "popup",
        "kind": "first_order_popup",
        "style": "classic",
        "copy": "新人首单立减 5 元",
        "trigger": "on_open",
        "audience": {"new_members_only": True},
    },
    {
        "id": "service",
        "kind": "customer_service_popup",
        "contact": "店长小王",
        "qr_code_url": "https://cdn.siyu.local/qr/service.png",
    },
]


def definition() -> ExperimentDef:
    return ExperimentDef.model_validate(
        {
            "key": KEY,
            "name": "首单弹窗：经典 vs 醒目红色延时弹出",
            "page": "home",
            "variants": [
                {"name": "classic", "weight": 50},
                {
                    "name": "bold",
                    "weight": 50,
                    "module_overrides": {
                        "popup": {
                            "style": "bold",
                            "color": "#E60012",
                            "trigger": "after_delay",
                            "delay_seconds": 3,
                        }
                    },
                },
            ],
            "audience": {"new_members_only": True},
            "primary_metric": {"event": "OrderPaid", "window_days": 7},
            "minimum_detectable_effect": 0.27,
            "baseline_rate": 0.40,
            "start_at": clock.iso(clock.now() - timedelta(days=14)),
        }
    )


def simulate(members_per_variant: int = MEMBERS_PER_VARIANT, seed: int = 27) -> ExperimentDef:
    """Expose simulated members until each variant has its share, then pay first orders at
    each variant's rate (exactly: the first round(rate × n) members of a shuffled list)."""
    exp = core.save(definition())
    rng = random.Random(seed)
    by_variant: dict[str, list[str]] = {name: [] for name in RATES}
    i = 0
    while min(len(v) for v in by_variant.values()) < members_per_variant:
        unit = f"demo-member-{i:06d}"
        i += 1
        variant = core.bucket_variant(exp, unit)
        if len(by_variant[variant]) < members_per_variant:
            by_variant[variant].append(unit)
    for variant, units in by_variant.items():
        for unit in units:
            core.record_exposure(KEY, unit, variant)
    paid_at = clock.now_iso()  # after the exposures: only later orders convert
    for variant, units in by_variant.items():
        buyers = units[:]
        rng.shuffle(buyers)
        for unit in buyers[: round(RATES[variant] * len(units))]:
            core.record_order_paid(unit, f"demo-order-{unit}", 1500 + rng.randrange(0, 2000), paid_at)
    return exp


def seed() -> dict[str, str]:
    layouts.save_draft("home", "v1", HOME)
    layouts.publish("home", "v1")
    already = any(r.exposures for r in core.results(KEY).variants) if _exists() else False
    if not already:
        # ~1,000 writes through the domain: in the background, so start-up is not held up.
        demo.in_background(simulate, "experiments")
    return {
        "home page": "GET /v1/pages/home (version v1, 5 modules)",
        "experiment": f"{KEY}: classic vs bold popup (bold +27%, wins once seeded) — "
        f"GET /v1/admin/experiments/{KEY}/results",
    }


def _exists() -> bool:
    try:
        core.get(KEY)
    except NotFound:
        return False
    return True
