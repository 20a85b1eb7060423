"""DynamoDB round trips per coupon operation (the issue's goal: 1 per claim), counted with a
botocore event hook on DynamoDB Local, plus the local cost of a claim for reference."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

from siyu_local import bench
from siyu_local.template import default_stack

CLAIMS_TIMED = 50


def run(table: bench.Table) -> None:

    stack = default_stack()
    bench.quiet_environment(stack)
    with bench.dynamodb_calls() as calls, bench.local_stack(stack):
        _measure(table, calls)


def _measure(table: bench.Table, calls: list[str]) -> None:
    from siyu import clock
    from siyu.coupons import codes, grant, issuing, redemption, templates
    from siyu.members.models import Member

    now = clock.now()

    def new_template(**spec: object) -> str:
        base: dict[str, object] = {
            "name": "满30减5",
            "terms": {"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000},
            "validity": {"kind": "relative", "days": 7},
            "total_stock": 10_000,
            "claim_starts_at": now - timedelta(minutes=1),
            "claim_ends_at": now + timedelta(days=7),
        }
        base.update(spec)
        return templates.create(templates.TemplateIn.model_validate(base)).template_id

    def measured(label: str, fn: Callable[[], object], goal: str = "") -> None:
        calls.clear()
        fn()
        table.add("coupons", label, len(calls), goal)

    public = new_template()
    templates.forget()
    measured(
        "DynamoDB calls per claim, template not cached", lambda: issuing.claim("m0", public, request_key="k0")
    )
    measured(
        "DynamoDB calls per claim (goal 1)", lambda: issuing.claim("m1", public, request_key="k1"), "<= 1"
    )
    newcomers = new_template(audience="new_members")
    Member(*Member.key("m2"), member_id="m2", open_id="o2", created_at=clock.now_iso()).save()
    templates.get(newcomers)  # cached, as in a warm container
    measured(
        "DynamoDB calls per claim, new-member audience",
        lambda: issuing.claim("m2", newcomers, request_key="k2"),
        "<= 1",
    )
    measured(
        "DynamoDB calls per retried claim (returns the coupon)",
        lambda: issuing.claim("m1", public, request_key="k1"),
    )
    coded = new_template(obtain="code")
    codes.create_code(
        "BENCH1", coded, starts_at=now, ends_at=now + timedelta(hours=2), max_uses=100, source="bench"
    )
    templates.get(coded)
    measured(
        "DynamoDB calls per code redemption", lambda: codes.redeem_code("m3", "BENCH1", request_key="k3")
    )
    measured("DynamoDB calls per grant", lambda: grant("m4", public, source="bench", source_ref="r4"))
    cart = redemption.Cart.model_validate(
        {
            "store_id": "s1",
            "lines": [{"product_id": "p", "category_id": "c", "quantity": 2, "unit_price_fen": 1900}],
            "subtotal_fen": 3800,
        }
    )
    measured("DynamoDB calls per applicable(cart)", lambda: redemption.applicable("m1", cart))

    started = time.perf_counter()
    for i in range(CLAIMS_TIMED):
        issuing.claim(f"t{i}", public, request_key="timed")
    per_claim_ms = (time.perf_counter() - started) / CLAIMS_TIMED * 1000
    table.add("coupons", "ms per claim on DynamoDB Local (local reference)", per_claim_ms)
