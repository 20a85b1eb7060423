"""A live's exclusive coupon code: created with the live (or by PATCH), valid only from the
start to the expected end plus the grace period, moved with the live, disabled when the
live is cancelled. Members redeem it through the coupons capability's own route."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import pytest
from coupons_app import handler as coupons_handler
from live_app import handler

from siyu import clock
from siyu.coupons import codes, templates
from siyu.coupons.models import CouponCode
from siyu.coupons.wallet import wallet
from siyu.live import create_live
from siyu.live.models import Live
from tests.conftest import Api
from tests.live.support import add_member, spec
from tests.support import admin_token, member_token

api = Api(handler)
coupons_api = Api(coupons_handler)


def code_template(obtain: str = "code") -> templates.CouponTemplate:
    now = clock.now()
    return templates.create(
        templates.TemplateIn.model_validate(
            {
                "name": "直播专享满20减6",
                "terms": {"kind": "threshold", "amount_off_fen": 600, "min_spend_fen": 2000},
                "validity": {"kind": "relative", "days": 7},
                "total_stock": 100,
                "per_member_limit": 5,
                "claim_starts_at": now - timedelta(hours=1),
                "claim_ends_at": now + timedelta(days=7),
                "obtain": obtain,
            }
        ),
        created_by="test",
    )


def live_body(template_id: str | None = None, **coupon: Any) -> dict[str, Any]:
    starts = clock.now() + timedelta(hours=3)
    body: dict[str, Any] = {
        "title": "周五晚八点 新品试饮",
        "cover_url": "https://cdn.example.com/cover.jpg",
        "host_name": "店长阿珍",
        "starts_at": clock.iso(starts),
        "ends_at": clock.iso(starts + timedelta(hours=1, minutes=30)),
        "live_room": "kwai://liveroom/3xk8d2",
    }
    if template_id is not None:
        body["exclusive_coupon"] = {"template_id": template_id, **coupon}
    return body


def create(body: dict[str, Any], key: str = "create-live-0001") -> tuple[int, Any]:
    return api("POST", "/v1/admin/lives", body, token=admin_token(), headers={"Idempotency-Key": key})


def patch(live_id: str, body: dict[str, Any]) -> tuple[int, Any]:
    return api("PATCH", f"/v1/admin/lives/{live_id}", body, token=admin_token())


def redeem(member_id: str, code: str) -> tuple[int, Any]:
    return coupons_api(
        "POST",
        "/v1/coupons/redeem-code",
        {"code": code},
        token=member_token(member_id),
        headers={"Idempotency-Key": f"redeem-{member_id}"},
    )


def member_coupon(live_id: str, member_id: str) -> Any:
    status, body = api("GET", f"/v1/lives/{live_id}", token=member_token(member_id))
    assert status == 200, body
    return body["live"]["exclusive_coupon"]


def stored_code(code: str) -> CouponCode:
    return CouponCode.get(*CouponCode.key(code), consistent_read=True)


def all_lives() -> list[str]:
    return [
        item["live_id"] for item in api("GET", "/v1/admin/lives", token=admin_token("analyst"))[1]["lives"]
    ]


@contextmanager
def at(moment: datetime) -> Iterator[None]:
    clock.clock.freeze(moment)
    try:
        yield
    finally:
        clock.clock.reset()


def test_the_exclusive_code_works_only_inside_its_window(aws):
    template = code_template()
    status, live = create(live_body(template.template_id, code="naigai20"))
    assert status == 201, live
    starts, ends = clock.parse_iso(live["starts_at"]), clock.parse_iso(live["ends_at"])
    assert live["exclusive_coupon"] == {
        "template_id": template.template_id,
        "code": "NAIGAI20",
        "max_uses": None,
        "per_member_limit": 1,
        "grace_minutes": 30,
        "starts_at": live["starts_at"],
        "ends_at": clock.iso(ends + timedelta(minutes=30)),
        "state": "UPCOMING",
    }
    code = stored_code("NAIGAI20")
    assert (code.template_id, code.source, code.status) == (
        template.template_id,
        f"live:{live['live_id']}",
        "ACTIVE",
    )
    assert (code.starts_at, code.ends_at) == (live["starts_at"], clock.iso(ends + timedelta(minutes=30)))

    early, on_air, in_grace, late = (add_member() for _ in range(4))
    # Before the start members learn there is a coupon, not the code; the code refuses.
    assert member_coupon(live["live_id"], early.member_id) == {
        "template_id": template.template_id,
        "starts_at": live["starts_at"],
        "ends_at": clock.iso(ends + timedelta(minutes=30)),
        "state": "UPCOMING",
        "code": None,
    }
    status, body = redeem(early.member_id, "NAIGAI20")
    assert (status, body["error"]["code"]) == (409, "COUPON_CODE_NOT_STARTED")
    assert wallet(early.member_id)[0] == []

    with at(starts + timedelta(minutes=1)):
        seen = member_coupon(live["live_id"], on_air.member_id)
        assert (seen["state"], seen["code"]) == ("OPEN", "NAIGAI20")
        status, body = redeem(on_air.member_id, seen["code"])
        assert status == 201, body
        assert body["coupon"]["template_id"] == template.template_id
        assert [c.template_id for c in wallet(on_air.member_id)[0]] == [template.template_id]

    with at(ends + timedelta(minutes=29)):  # the live is over, the grace is not
        assert redeem(in_grace.member_id, "NAIGAI20")[0] == 201

    with at(ends + timedelta(minutes=30)):
        status, body = redeem(late.member_id, "NAIGAI20")
        assert (status, body["error"]["code"]) == (409, "COUPON_CODE_ENDED")
        assert wallet(late.member_id)[0] == []
        assert member_coupon(live["live_id"], late.member_id)["state"] == "ENDED"
        assert member_coupon(live["live_id"], late.member_id)["code"] is None

    status, figures = api("GET", f"/v1/admin/lives/{live['live_id']}/figures", token=admin_token("analyst"))
    assert status == 200
    assert (figures["exclusive_coupon"]["code"], figures["exclusive_coupon"]["uses"]) == ("NAIGAI20", 2)


def test_moving_the_live_moves_the_code_window(aws):
    template = code_template()
    _, live = create(live_body(template.template_id, code="MOVE2024"))
    old_start = clock.parse_iso(live["starts_at"])
    new_start = old_start + timedelta(hours=3)
    new_end = new_start + timedelta(hours=1)
    status, moved = patch(live["live_id"], {"starts_at": clock.iso(new_start), "ends_at": clock.iso(new_end)})
    assert status == 200, moved
    window = (clock.iso(new_start), clock.iso(new_end + timedelta(minutes=30)))
    assert (moved["exclusive_coupon"]["starts_at"], moved["exclusive_coupon"]["ends_at"]) == window
    code = stored_code("MOVE2024")
    assert (code.starts_at, code.ends_at) == window

    first, second = add_member(), add_member()
    with at(old_start + timedelta(minutes=10)):  # inside the old window only
        status, body = redeem(first.member_id, "MOVE2024")
        assert (status, body["error"]["code"]) == (409, "COUPON_CODE_NOT_STARTED")
    with at(new_end + timedelta(minutes=15)):  # inside the new grace only
        assert redeem(second.member_id, "MOVE2024")[0] == 201

    # Running late on air: a new end moves the end of the window too.
    with at(new_start + timedelta(minutes=5)):
        later = new_end + timedelta(minutes=45)
        status, body = patch(live["live_id"], {"ends_at": clock.iso(later)})
        assert status == 200, body
    assert stored_code("MOVE2024").ends_at == clock.iso(later + timedelta(minutes=30))


def test_cancelling_the_live_disables_its_code(aws):
    template = code_template()
    _, live = create(live_body(template.template_id, code="CANCEL01"))
    path = f"/v1/admin/lives/{live['live_id']}"
    status, cancelled = api("DELETE", path, token=admin_token())
    assert (status, cancelled["exclusive_coupon"]["state"]) == (200, "CANCELLED")
    assert stored_code("CANCEL01").status == "DISABLED"
    assert api("DELETE", path, token=admin_token())[0] == 200  # idempotent
    member = add_member()
    assert member_coupon(live["live_id"], member.member_id) is None
    with at(clock.parse_iso(live["starts_at"]) + timedelta(minutes=1)):
        status, body = redeem(member.member_id, "CANCEL01")
    assert (status, body["error"]["code"]) == (409, "COUPON_CODE_DISABLED")


def test_a_live_without_a_code_text_gets_a_generated_one(aws):
    template = code_template()
    status, live = create(live_body(template.template_id, max_uses=50, per_member_limit=2, grace_minutes=0))
    assert status == 201, live
    coupon = live["exclusive_coupon"]
    assert re.fullmatch(r"LIVE[A-HJ-NP-Z2-9]{6}", coupon["code"])
    assert (coupon["max_uses"], coupon["per_member_limit"], coupon["ends_at"]) == (50, 2, live["ends_at"])
    code = stored_code(coupon["code"])
    assert (code.max_uses, code.per_member_limit, code.source) == (50, 2, f"live:{live['live_id']}")


@pytest.mark.parametrize(
    ("coupon", "status", "error"),
    [
        ({"template_id": "NO-SUCH-TEMPLATE", "code": "FRESH001"}, 404, "COUPON_TEMPLATE_NOT_FOUND"),
        ({"template": "public", "code": "FRESH001"}, 409, "COUPON_NOT_CLAIMABLE"),
        ({"code": "taken01"}, 409, "COUPON_CODE_EXISTS"),
        ({"code": "ab"}, 400, "VALIDATION_ERROR"),
    ],
)
def test_a_refused_coupon_creates_neither_the_live_nor_a_code(aws, coupon, status, error):
    template = code_template()
    now = clock.now()
    codes.create_code(
        "TAKEN01",
        template.template_id,
        starts_at=now,
        ends_at=now + timedelta(days=1),
        max_uses=10,
        source="poster",
    )
    coupon = dict(coupon)
    if coupon.pop("template", None) == "public":
        coupon["template_id"] = code_template(obtain="public").template_id
    coupon.setdefault("template_id", template.template_id)
    got_status, body = create(live_body(**coupon))
    assert (got_status, body["error"]["code"]) == (status, error), body
    assert all_lives() == []
    assert [c.code for c in codes.codes_of_template(template.template_id)] == ["TAKEN01"]
    assert stored_code("TAKEN01").source == "poster"
    assert list(Live.scan(filter_condition=Live.sk == "LIVE")) == []


def test_invalid_coupon_settings_name_the_field(aws):
    template = code_template()
    for coupon, field in (
        ({"code": "LIVE-888"}, "code"),
        ({"grace_minutes": -1}, "grace_minutes"),
        ({"grace_minutes": 1441}, "grace_minutes"),
        ({"max_uses": 0}, "max_uses"),
        ({"per_member_limit": 101}, "per_member_limit"),
        ({"surprise": 1}, "surprise"),
    ):
        status, body = create(live_body(template.template_id, **coupon), key=f"invalid-{field}-01")
        assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR"), body
        assert any(field in d["field"] for d in body["error"]["details"]), body
    assert all_lives() == []


def test_patch_adds_changes_removes_and_replaces_the_coupon(aws):
    template = code_template()
    _, live = create(live_body())
    live_id = live["live_id"]
    assert live["exclusive_coupon"] is None
    ends = clock.parse_iso(live["ends_at"])

    status, body = patch(
        live_id, {"exclusive_coupon": {"template_id": template.template_id, "code": "ADDED01"}}
    )
    assert (status, body["exclusive_coupon"]["code"]) == (200, "ADDED01"), body
    code = stored_code("ADDED01")
    assert (code.status, code.starts_at, code.source) == ("ACTIVE", live["starts_at"], f"live:{live_id}")

    # Without a code, the same template keeps the code; the settings are replaced.
    status, body = patch(
        live_id,
        {
            "exclusive_coupon": {
                "template_id": template.template_id,
                "per_member_limit": 2,
                "grace_minutes": 60,
            }
        },
    )
    assert (status, body["exclusive_coupon"]["code"], body["exclusive_coupon"]["grace_minutes"]) == (
        200,
        "ADDED01",
        60,
    )
    code = stored_code("ADDED01")
    assert (code.per_member_limit, code.ends_at) == (2, clock.iso(ends + timedelta(minutes=60)))

    status, body = patch(live_id, {"exclusive_coupon": None})
    assert (status, body["exclusive_coupon"]) == (200, None)
    assert stored_code("ADDED01").status == "DISABLED"
    assert member_coupon(live_id, add_member().member_id) is None

    status, body = patch(
        live_id, {"exclusive_coupon": {"template_id": template.template_id, "code": "added01"}}
    )
    assert (status, body["exclusive_coupon"]["code"]) == (200, "ADDED01")
    assert stored_code("ADDED01").status == "ACTIVE"  # its own code again: switched back on

    status, body = patch(
        live_id, {"exclusive_coupon": {"template_id": template.template_id, "code": "SWAP02"}}
    )
    assert (status, body["exclusive_coupon"]["code"]) == (200, "SWAP02")
    assert (stored_code("ADDED01").status, stored_code("SWAP02").status) == ("DISABLED", "ACTIVE")

    # Refused changes leave the live and both codes as they were.
    now = clock.now()
    codes.create_code(
        "TAKEN99",
        template.template_id,
        starts_at=now,
        ends_at=now + timedelta(days=1),
        max_uses=5,
        source="poster",
    )
    before = api("GET", f"/v1/admin/lives/{live_id}", token=admin_token("analyst"))[1]
    for coupon, error in (
        ({"template_id": template.template_id, "code": "TAKEN99"}, "COUPON_CODE_EXISTS"),
        ({"template_id": "NO-SUCH-TEMPLATE"}, "COUPON_TEMPLATE_NOT_FOUND"),
    ):
        status, body = patch(live_id, {"exclusive_coupon": coupon, "title": "改个标题"})
        assert body["error"]["code"] == error
    after = api("GET", f"/v1/admin/lives/{live_id}", token=admin_token("analyst"))[1]
    assert (after["revision"], after["title"], after["exclusive_coupon"]) == (
        before["revision"],
        before["title"],
        before["exclusive_coupon"],
    )
    assert (stored_code("SWAP02").status, stored_code("TAKEN99").source) == ("ACTIVE", "poster")


def test_running_a_create_request_again_finds_its_live_and_code(aws):
    """What the Idempotency-Key cannot cover: the Lambda died after the commit, before the
    key's answer was stored, so the same request runs a second time."""
    template = code_template()
    wanted = spec(exclusive_coupon={"template_id": template.template_id, "code": "AGAIN001"})
    first = create_live(wanted, "admin-test", request_key="create-key-0001")
    again = create_live(wanted, "admin-test", request_key="create-key-0001")
    assert again.live_id == first.live_id
    assert [live.live_id for live in Live.scan(filter_condition=Live.sk == "LIVE")] == [first.live_id]
    assert stored_code("AGAIN001").source == f"live:{first.live_id}"
    # Another admin's request with the same key is another request.
    other = create_live(spec(), "admin-other", request_key="create-key-0001")
    assert other.live_id != first.live_id


@pytest.mark.concurrency
def test_lives_racing_for_one_code_make_one_live(atomic_dynamodb):
    template = code_template()
    body = live_body(template.template_id, code="RACE2024")
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda i: create(body, key=f"race-key-{i:04d}"), range(6)))
    statuses = Counter(status for status, _ in results)
    assert statuses == Counter({201: 1, 409: 5}), results
    assert {body["error"]["code"] for status, body in results if status == 409} == {"COUPON_CODE_EXISTS"}
    (winner,) = [body for status, body in results if status == 201]
    assert all_lives() == [winner["live_id"]]
    assert stored_code("RACE2024").source == f"live:{winner['live_id']}"
