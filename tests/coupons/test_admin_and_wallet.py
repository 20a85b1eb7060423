"""Admin routes for templates and codes, the coupon centre and the wallet, over HTTP."""

from __future__ import annotations

from datetime import timedelta

import pytest

from siyu import clock
from siyu.coupons import audience, grant, redemption
from siyu.db import transaction
from tests.coupons.support import THRESHOLD_30_5, api, claim, fresh, make_member, make_template
from tests.support import admin_token, member_token


def template_body(**overrides) -> dict:
    now = clock.now()
    body = {
        "name": "新人首单立减",
        "terms": {"kind": "first_order", "amount_off_fen": 800},
        "validity": {"kind": "relative", "days": 7},
        "total_stock": 50,
        "per_member_limit": 1,
        "claim_ends_at": clock.iso(now + timedelta(days=30)),
        "audience": "new_members",
    }
    body.update(overrides)
    return body


def create(body: dict, key: str = "create-key-1", role: str = "operator"):
    return api(
        "POST", "/v1/admin/coupon-templates", body, token=admin_token(role), headers={"Idempotency-Key": key}
    )


def test_create_read_and_list_templates(aws):
    request = template_body()
    status, body = create(request)
    assert status == 201, body
    assert body["headline"] == "首单立减8"
    assert body["status"] == "ACTIVE"
    assert create(request) == (201, body)  # a retry with the same key
    status, reused = create({**request, "name": "另一张"})  # the same key for another request
    assert (status, reused["error"]["code"]) == (422, "IDEMPOTENCY_KEY_REUSED")
    template_id = body["template_id"]
    status, read = api("GET", f"/v1/admin/coupon-templates/{template_id}", token=admin_token("analyst"))
    assert status == 200
    assert read["template"] == body
    assert read["stats"] == {
        "total_stock": 50,
        "stock_left": 50,
        "claimed": 0,
        "by_code": 0,
        "granted": 0,
        "available": 0,
        "locked": 0,
        "used": 0,
        "expired": 0,
    }
    status, listed = api("GET", "/v1/admin/coupon-templates", token=admin_token("analyst"))
    assert [t["template_id"] for t in listed["templates"]] == [template_id]
    assert api("GET", "/v1/admin/coupon-templates", token=admin_token("analyst"), query="obtain=code")[1] == {
        "templates": []
    }


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"terms": {"kind": "percent", "pay_rate_bp": 8800}}, "terms"),
        ({"terms": {"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 400}}, "terms"),
        ({"total_stock": 0}, "total_stock"),
        ({"claim_ends_at": "2020-01-01T00:00:00Z"}, ""),
        ({"audience": "levels"}, ""),
        ({"validity": {"kind": "relative", "days": 0}}, "validity"),
        ({"obtain": "lottery"}, "obtain"),
    ],
)
def test_invalid_templates_are_refused_with_the_field(aws, patch, field):
    status, body = create(template_body(**patch))
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert any(d["field"].startswith(field) for d in body["error"]["details"])
    assert api("GET", "/v1/admin/coupon-templates", token=admin_token())[1] == {"templates": []}


def test_only_operators_create_and_members_cannot(aws):
    assert create(template_body(), role="analyst")[1]["error"]["code"] == "FORBIDDEN"
    status, body = api("POST", "/v1/admin/coupon-templates", template_body(), token=member_token("m"))
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")


def test_edit_pause_resume_and_statistics(aws):
    template = make_template(total_stock=5, per_member_limit=1)
    tid = template.template_id
    for member in ("a", "b", "c"):
        assert claim(member, tid)[0] == 201
    path = f"/v1/admin/coupon-templates/{tid}"
    status, body = api("PATCH", path, {"total_stock": 2}, token=admin_token())
    assert (status, body["error"]["code"]) == (409, "COUPON_STOCK_TOO_LOW")
    status, body = api("PATCH", path, {"total_stock": 10, "name": "满30减5(加量)"}, token=admin_token())
    assert status == 200, body
    assert (body["total_stock"], body["stock_left"], body["name"]) == (10, 7, "满30减5(加量)")
    status, body = api("PATCH", path, {"terms": THRESHOLD_30_5}, token=admin_token())
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")

    assert api("POST", f"{path}/pause", token=admin_token())[1]["status"] == "PAUSED"
    assert claim("d", tid)[1]["error"]["code"] == "COUPON_PAUSED"
    assert api("POST", f"{path}/resume", token=admin_token())[1]["status"] == "ACTIVE"
    assert claim("d", tid)[0] == 201

    coupon_id = claim("a", tid)[1]["coupon"]["coupon_id"]  # a's retry: the same coupon
    with transaction() as tx:
        redemption.stage_lock(tx, "a", coupon_id, "order-1")
    with transaction() as tx:
        redemption.stage_consume(tx, "a", coupon_id, "order-1")
    stats = api("GET", path, token=admin_token("analyst"))[1]["stats"]
    assert stats == {
        "total_stock": 10,
        "stock_left": 6,
        "claimed": 4,
        "by_code": 0,
        "granted": 0,
        "available": 3,
        "locked": 0,
        "used": 1,
        "expired": 0,
    }
    clock.clock.shift(timedelta(days=8))
    try:
        stats = api("GET", path, token=admin_token("analyst"))[1]["stats"]
    finally:
        clock.clock.reset()
    assert (stats["available"], stats["expired"], stats["used"]) == (0, 3, 1)


def test_unknown_template_admin_routes(aws):
    for method, suffix in (("GET", ""), ("PATCH", ""), ("POST", "/pause")):
        status, body = api(
            method, f"/v1/admin/coupon-templates/01NOPE{suffix}", {"name": "x"}, token=admin_token()
        )
        assert (status, body["error"]["code"]) == (404, "COUPON_TEMPLATE_NOT_FOUND")


def test_code_admin_routes(aws):
    template = make_template(obtain="code")
    now = clock.now()
    body = {
        "code": "live2026",
        "template_id": template.template_id,
        "starts_at": clock.iso(now + timedelta(hours=1)),
        "ends_at": clock.iso(now + timedelta(hours=3)),
        "max_uses": 200,
        "per_member_limit": 1,
        "source": "live:tonight",
    }
    status, code = api("POST", "/v1/admin/coupon-codes", body, token=admin_token())
    assert status == 201, code
    assert (code["code"], code["state"]) == ("LIVE2026", "scheduled")
    assert api("POST", "/v1/admin/coupon-codes", body, token=admin_token())[0] == 201  # a retry
    status, moved = api(
        "PATCH",
        "/v1/admin/coupon-codes/live2026",
        {"starts_at": clock.iso(now - timedelta(minutes=1))},
        token=admin_token(),
    )
    assert (status, moved["state"]) == (200, "live")
    status, listed = api(
        "GET", f"/v1/admin/coupon-templates/{template.template_id}/codes", token=admin_token("analyst")
    )
    assert [c["code"] for c in listed["codes"]] == ["LIVE2026"]
    status, disabled = api(
        "PATCH", "/v1/admin/coupon-codes/LIVE2026", {"status": "DISABLED"}, token=admin_token()
    )
    assert disabled["state"] == "disabled"
    status, err = api(
        "PATCH",
        "/v1/admin/coupon-codes/LIVE2026",
        {"ends_at": clock.iso(now - timedelta(days=1))},
        token=admin_token(),
    )
    assert (status, err["error"]["code"]) == (400, "VALIDATION_ERROR")


def test_coupon_centre_shows_claim_states(aws):
    levels = {"vip": "gold"}
    audience.set_level_resolver(levels.get)
    try:
        plain = make_template(name="满30减5", per_member_limit=1)
        scarce = make_template(name="限量", total_stock=1)
        newbie = make_template(name="新人", audience="new_members")
        gold = make_template(name="金卡专享", audience="levels", levels=["gold"])
        make_template(name="直播码", obtain="code")  # not in the centre
        make_member("vip", joined_days_ago=100)
        claim("vip", plain.template_id)
        claim("someone", scarce.template_id)
        status, body = api("GET", "/v1/coupons", token=member_token("vip"))
    finally:
        audience.set_level_resolver(None)
    assert status == 200
    states = {c["name"]: c["state"] for c in body["coupons"]}
    assert states == {
        "满30减5": "limit_reached",
        "限量": "sold_out",
        "新人": "not_eligible",
        "金卡专享": "claimable",
    }
    mine = next(c for c in body["coupons"] if c["name"] == "满30减5")
    assert (mine["claimed_by_me"], mine["per_member_limit"]) == (1, 1)
    assert newbie.template_id in {c["template_id"] for c in body["coupons"]}
    assert gold.template_id in {c["template_id"] for c in body["coupons"]}


def test_the_centre_hides_paused_and_ended_templates(aws):
    paused = make_template(name="paused")
    api("POST", f"/v1/admin/coupon-templates/{paused.template_id}/pause", token=admin_token())
    make_template(name="later", claim_starts_at=clock.iso(clock.now() + timedelta(days=1)))
    make_template(
        name="over",
        claim_starts_at=clock.iso(clock.now() - timedelta(days=3)),
        claim_ends_at=clock.iso(clock.now() - timedelta(days=1)),
    )
    assert api("GET", "/v1/coupons", token=member_token("m"))[1] == {"coupons": []}


def test_wallet_groups_usable_locked_used_expired(aws):
    short = make_template(name="short", validity={"kind": "relative", "days": 1}, total_stock=None)
    long = make_template(
        name="long", validity={"kind": "relative", "days": 30}, total_stock=None, per_member_limit=3
    )
    expiring = claim("w", short.template_id)[1]["coupon"]["coupon_id"]
    keep = claim("w", long.template_id, key="wallet-key-1")[1]["coupon"]["coupon_id"]
    lock = claim("w", long.template_id, key="wallet-key-2")[1]["coupon"]["coupon_id"]
    use = claim("w", long.template_id, key="wallet-key-3")[1]["coupon"]["coupon_id"]
    grant("w", long.template_id, source="birthday", source_ref="2026")
    with transaction() as tx:
        redemption.stage_lock(tx, "w", lock, "o-1")
        redemption.stage_lock(tx, "w", use, "o-2")
    with transaction() as tx:
        redemption.stage_consume(tx, "w", use, "o-2")
    clock.clock.shift(timedelta(days=2))
    try:
        status, body = api("GET", "/v1/me/coupons", token=member_token("w"))
        only_expired = api("GET", "/v1/me/coupons", token=member_token("w"), query="state=expired")[1]
        bad = api("GET", "/v1/me/coupons", token=member_token("w"), query="state=lost")
    finally:
        clock.clock.reset()
    assert status == 200
    assert body["counts"] == {"usable": 2, "locked": 1, "used": 1, "expired": 1}
    by_id = {c["coupon_id"]: c["state"] for c in body["coupons"]}
    assert (by_id[expiring], by_id[keep], by_id[lock], by_id[use]) == ("expired", "usable", "locked", "used")
    assert [c["state"] for c in body["coupons"]][:2] == ["usable", "usable"]
    assert [c["coupon_id"] for c in only_expired["coupons"]] == [expiring]
    assert bad[0] == 400
    # Nobody else's coupons.
    assert api("GET", "/v1/me/coupons", token=member_token("other"))[1]["counts"]["usable"] == 0
    assert fresh(long.template_id).claimed_count == 3
