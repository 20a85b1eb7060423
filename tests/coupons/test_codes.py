"""Codes (直播间专属优惠码): windows, use limits, per-member limits, moving windows."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from siyu import clock
from siyu.coupons import codes, templates
from siyu.coupons.models import CouponCode
from siyu.errors import SiyuError
from tests.coupons.support import api, coupons_of_template, fresh, make_template, snapshot
from tests.support import events, member_token


def code_template(**overrides):
    return make_template(name="直播间专属", obtain="code", total_stock=1000, per_member_limit=5, **overrides)


def live_code(template_id: str, code: str = "LIVE888", *, opens_in: float = -1, lasts: float = 2, **kw):
    """A code whose window opens `opens_in` hours from now and lasts `lasts` hours."""
    now = clock.now()
    return codes.create_code(
        code,
        template_id,
        starts_at=now + timedelta(hours=opens_in),
        ends_at=now + timedelta(hours=opens_in + lasts),
        max_uses=kw.pop("max_uses", 100),
        per_member_limit=kw.pop("per_member_limit", 1),
        source=kw.pop("source", "live:L1"),
    )


def redeem(member_id: str, code: str, key: str = "redeem-key-1"):
    return api(
        "POST",
        "/v1/coupons/redeem-code",
        {"code": code},
        token=member_token(member_id),
        headers={"Idempotency-Key": key},
    )


def redeem_outcome(member_id: str, code: str, key: str) -> str:
    try:
        codes.redeem_code(member_id, code, request_key=key)
    except SiyuError as exc:
        return exc.code
    return "OK"


def test_a_code_inside_its_window_gives_a_coupon(aws):
    template = code_template()
    live_code(template.template_id)
    status, body = redeem("viewer", "live888")  # case-insensitive
    assert status == 201, body
    assert body["coupon"]["channel"] == "code"
    assert fresh(template.template_id).code_count == 1
    assert CouponCode.get(*CouponCode.key("LIVE888")).uses == 1
    [event] = events("CouponClaimed")
    assert '"channel":"code"' in event.data
    assert '"source":"LIVE888"' in event.data


@pytest.mark.parametrize(("opens_in", "code"), [(+1, "COUPON_CODE_NOT_STARTED"), (-3, "COUPON_CODE_ENDED")])
def test_a_code_outside_its_window_refuses_and_changes_nothing(aws, opens_in, code):
    template = code_template()
    live_code(template.template_id, opens_in=opens_in)
    before = snapshot(template.template_id, "late")
    status, body = redeem("late", "LIVE888")
    assert (status, body["error"]["code"]) == (409, code)
    assert body["error"]["message"]
    assert snapshot(template.template_id, "late") == before
    assert CouponCode.get(*CouponCode.key("LIVE888")).uses == 0


def test_a_live_that_moves_moves_its_code(aws):
    template = code_template()
    live_code(template.template_id, opens_in=+2)
    assert redeem_outcome("early", "LIVE888", "k-move-001") == "COUPON_CODE_NOT_STARTED"
    now = clock.now()
    codes.update_code_window(
        "LIVE888", starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=1)
    )
    assert redeem_outcome("early", "LIVE888", "k-move-002") == "OK"
    codes.update_code_window("LIVE888", starts_at=now - timedelta(hours=2), ends_at=now - timedelta(hours=1))
    assert redeem_outcome("other", "LIVE888", "k-move-003") == "COUPON_CODE_ENDED"


def test_the_transaction_honours_a_window_closed_after_the_code_was_read(aws, monkeypatch):
    """The window is a condition of the write, not only a check of what was read."""
    template = code_template()
    live_code(template.template_id)
    original = codes.get_code

    def read_then_close(code: str) -> CouponCode:
        item = original(code)
        now = clock.now()
        CouponCode(*CouponCode.key(item.code)).update(
            actions=[CouponCode.ends_at.set(clock.iso(now - timedelta(seconds=1)))]
        )  # closed by someone else, without a version bump, after our read
        return item

    monkeypatch.setattr(codes, "get_code", read_then_close)
    before = snapshot(template.template_id, "racer")
    assert redeem_outcome("racer", "LIVE888", "k-race-0001") == "COUPON_CODE_ENDED"
    assert snapshot(template.template_id, "racer") == before


@pytest.mark.concurrency
def test_a_code_with_10_uses_serves_exactly_10_of_30_viewers(atomic_dynamodb):
    template = code_template()
    live_code(template.template_id, max_uses=10)
    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(lambda i: redeem_outcome(f"v{i}", "LIVE888", "k-rush-0001"), range(30)))
    assert results.count("OK") == 10
    assert set(results) == {"OK", "COUPON_CODE_USED_UP"}
    assert CouponCode.get(*CouponCode.key("LIVE888")).uses == 10
    assert len(coupons_of_template(template.template_id)) == 10


@pytest.mark.concurrency
def test_per_member_limit_of_a_code_holds_under_concurrency(atomic_dynamodb):
    template = code_template()
    live_code(template.template_id, per_member_limit=1)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda i: redeem_outcome("eager", "LIVE888", f"k-eager-{i:03d}"), range(8)))
    assert results.count("OK") == 1
    assert set(results) == {"OK", "COUPON_CODE_LIMIT_REACHED"}
    assert CouponCode.get(*CouponCode.key("LIVE888")).uses == 1


def test_a_retried_redemption_returns_the_same_coupon(aws):
    template = code_template()
    live_code(template.template_id, per_member_limit=1)
    first = redeem("retry", "LIVE888", key="same-redeem-1")
    again = redeem("retry", "LIVE888", key="same-redeem-1")
    assert (first[0], again[0], again[1]["replayed"]) == (201, 201, True)
    assert first[1]["coupon"]["coupon_id"] == again[1]["coupon"]["coupon_id"]
    assert CouponCode.get(*CouponCode.key("LIVE888")).uses == 1


def test_template_limit_applies_to_codes_too(aws):
    template = make_template(obtain="code", per_member_limit=1)
    live_code(template.template_id, "CODEA1", per_member_limit=3)
    assert redeem_outcome("twice", "CODEA1", "k-tpl-lim-1") == "OK"
    assert redeem_outcome("twice", "CODEA1", "k-tpl-lim-2") == "COUPON_LIMIT_REACHED"


def test_disabled_unknown_and_malformed_codes(aws):
    template = code_template()
    live_code(template.template_id)
    codes.disable_code("LIVE888")
    assert redeem("x", "LIVE888")[1]["error"]["code"] == "COUPON_CODE_DISABLED"
    codes.enable_code("LIVE888")
    assert redeem("x", "LIVE888")[0] == 201
    status, body = redeem("x", "NOSUCH1")
    assert (status, body["error"]["code"]) == (404, "COUPON_CODE_NOT_FOUND")
    status, body = redeem("x", "bad code!")
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")


def test_a_paused_code_template_refuses_codes(aws):
    template = code_template()
    live_code(template.template_id)
    templates.pause(template.template_id)
    assert redeem_outcome("p", "LIVE888", "k-paused-01") == "COUPON_PAUSED"
    assert CouponCode.get(*CouponCode.key("LIVE888")).uses == 0


def test_creating_codes(aws):
    template = code_template()
    first = live_code(template.template_id, "POSTER1", source="poster")
    # Repeating the same creation is a no-op that returns the code.
    assert live_code(template.template_id, "poster1", source="poster").created_at == first.created_at
    other = code_template()
    with pytest.raises(SiyuError) as exc:
        live_code(other.template_id, "POSTER1", source="poster")
    assert exc.value.code == "COUPON_CODE_EXISTS"
    public = make_template()
    with pytest.raises(SiyuError) as exc:
        live_code(public.template_id, "PUBLIC1")
    assert exc.value.code == "COUPON_NOT_CLAIMABLE"
    with pytest.raises(SiyuError) as exc:
        live_code(template.template_id, "BACKWARDS", lasts=-1)
    assert exc.value.code == "VALIDATION_ERROR"
    assert [c.code for c in codes.codes_of_template(template.template_id)] == ["POSTER1"]


def test_wrong_code_guesses_are_limited_per_member(aws, monkeypatch, frozen_clock):
    """Issue 15: 30 guessed codes must not all be tried; past the limit, 429 with Retry-After."""
    from siyu_local.sandbox import reset_caches

    monkeypatch.setenv("LIMIT_CODE_GUESSES", "3/600")
    reset_caches()
    template = code_template()
    live_code(template.template_id, "REAL888")
    outcomes = [redeem("guesser", f"GUESS{i:03d}", key=f"guess-key-{i:04d}") for i in range(4)]
    assert [s for s, _ in outcomes] == [404, 404, 404, 429], outcomes
    assert outcomes[-1][1]["error"]["code"] == "RATE_LIMITED"
    # Even the right code waits until the window passes; another member is not affected.
    assert redeem("guesser", "REAL888", key="real-key-0001")[0] == 429
    assert redeem("honest", "REAL888", key="real-key-0002")[0] == 201
