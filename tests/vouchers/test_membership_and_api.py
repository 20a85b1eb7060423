"""The buyer becomes a member at the counter, and the routes: bad input is a 4xx with nothing
changed, roles are checked."""

from __future__ import annotations

from typing import Any

import pytest

from siyu.members import account, points
from siyu.members.models import MemberPhone
from siyu.orders.schemas import CANCELLED as ORDER_CANCELLED
from siyu.orders.views import read as read_order
from siyu.vouchers import counter, membership
from siyu.vouchers.errors import VoucherJoinInvalid, VoucherMemberLinked
from siyu.vouchers.models import CANCELLED, CANCELLING
from tests.conftest import Api
from tests.coupons.support import make_template
from tests.support import admin_token, make_member, member_token
from tests.vouchers.support import STORE, prepare, setup_shop, verify, vouchers_and_orders


@pytest.fixture
def api() -> Api:
    from vouchers_app import handler

    return Api(handler)


def _template() -> str:
    return str(make_template(name="到店新客券", total_stock=10).template_id)


def test_linking_by_member_code_awards_points_and_the_first_visit_coupon_once(shop) -> None:
    setup_shop(shop, template_id=_template(), points_per_yuan=2)
    member = make_member()
    done = verify(prepare(shop.sell_voucher(pay_fen=5990)["code"]))
    linked = membership.link(
        done.certificate_id, membership.find_member(member.member_id, None), via="member_code"
    )
    assert linked.points == 119  # 59.90 yuan × 2
    assert linked.coupon_id
    assert linked.coupon_error is None
    assert account.read(member.member_id).balance == 119
    assert read_order(str(done.order_id))[0].member_id == member.member_id
    again = membership.link(done.certificate_id, member.member_id, via="member_code")  # idempotent
    assert again.coupon_id == linked.coupon_id
    assert account.read(member.member_id).balance == 119
    with pytest.raises(VoucherMemberLinked):
        membership.link(done.certificate_id, make_member().member_id, via="member_code")


def _linked_voucher(shop, points_per_yuan: int = 2) -> tuple[str, str, str]:
    """A verified voucher of 59.90 yuan linked to a new member: (certificate, member, order)."""
    setup_shop(shop, points_per_yuan=points_per_yuan)
    member = make_member()
    done = verify(prepare(shop.sell_voucher(pay_fen=5990)["code"]))
    assert membership.link(done.certificate_id, member.member_id, via="member_code").points == 119
    return done.certificate_id, member.member_id, str(done.order_id)


def test_an_undo_takes_back_the_points_with_the_voucher(shop) -> None:
    certificate_id, member_id, _ = _linked_voucher(shop)
    counter.cancel(certificate_id, admin_id="clerk-1")
    assert account.read(member_id).balance == 0
    assert [e.delta for e in points.ledger(member_id).entries] == [-119, 119]
    counter.cancel(certificate_id, admin_id="clerk-1")  # a repeat takes nothing more
    assert account.read(member_id).balance == 0


def test_an_undo_takes_back_what_is_left_of_points_spent_meanwhile(shop) -> None:
    certificate_id, member_id, _ = _linked_voucher(shop)
    points.change(member_id, -100, reason="兑换", source="test", ref="spend-1")
    assert counter.cancel(certificate_id, admin_id="clerk-1").state == CANCELLED
    assert account.read(member_id).balance == 0
    assert [e.delta for e in points.ledger(member_id).entries] == [-19, -100, 119]


def test_an_undo_that_dies_before_its_transaction_leaves_nothing_half_done(shop, monkeypatch) -> None:
    certificate_id, member_id, order_id = _linked_voucher(shop)

    def dies(*args: object) -> int:
        raise RuntimeError("the function died here")

    monkeypatch.setattr(membership, "stage_take_back", dies)
    with pytest.raises(RuntimeError):
        counter.cancel(certificate_id, admin_id="clerk-1")
    assert counter.read(certificate_id).state == CANCELLING  # the platform cancelled; Siyu not yet
    assert account.read(member_id).balance == 119
    assert read_order(order_id)[0].status != ORDER_CANCELLED

    monkeypatch.undo()  # staff undo again
    assert counter.cancel(certificate_id, admin_id="clerk-1").state == CANCELLED
    assert (account.read(member_id).balance, read_order(order_id)[0].status) == (0, ORDER_CANCELLED)


def test_a_voucher_undone_before_its_award_commits_earns_nothing(shop) -> None:
    setup_shop(shop, points_per_yuan=2)
    member = make_member()
    done = verify(prepare(shop.sell_voucher(pay_fen=5990)["code"]))
    seen_verified = counter.read(done.certificate_id)  # the link read it verified...
    counter.cancel(done.certificate_id, admin_id="clerk-1")  # ...and the clerk undid it meanwhile
    assert membership._award(seen_verified, member.member_id, 119) == 0
    assert account.read(member.member_id).balance == 0


def test_linking_by_phone_and_joining_from_the_counter_qr(shop) -> None:
    member = make_member()
    MemberPhone(*MemberPhone.key("13800001234", member.member_id), member_id=member.member_id).save()
    first = verify(prepare(shop.sell_voucher()["code"]), key="phone-key-1")
    assert membership.link(
        first.certificate_id, membership.find_member(None, "13800001234"), via="phone"
    ).points

    newcomer = make_member()
    second = verify(prepare(shop.sell_voucher()["code"]), key="join-key-1")
    from siyu.vouchers.counter import read
    from siyu.vouchers.schemas import VoucherView

    path = VoucherView.of(read(second.certificate_id)).join_path
    assert path
    assert second.certificate_id in path
    secret = path.split("s=")[1]
    with pytest.raises(VoucherJoinInvalid):
        membership.join(second.certificate_id, "wrong-secret", newcomer.member_id)
    joined = membership.join(second.certificate_id, secret, newcomer.member_id)
    assert joined.voucher.member_id == newcomer.member_id


def test_the_counter_over_http(shop, api: Api) -> None:
    sold = shop.sell_voucher(title="招牌杨枝甘露 2 杯", pay_fen=2490)
    token = admin_token("operator")
    status, prepared = api(
        "POST", "/v1/admin/vouchers/prepare", {"store_id": STORE, "code": sold["code"]}, token=token
    )
    assert status == 200
    assert prepared["voucher"]["title"] == "招牌杨枝甘露 2 杯"
    body = {
        "store_id": STORE,
        "certificate_id": sold["certificate_id"],
        "verify_token": prepared["verify_token"],
    }
    status, done = api(
        "POST", "/v1/admin/vouchers/verify", body, token=token, headers={"idempotency-key": "http-key-1"}
    )
    assert status == 200
    assert done["state"] == "verified"
    status, used = api(
        "POST", "/v1/admin/vouchers/prepare", {"store_id": STORE, "code": sold["code"]}, token=token
    )
    assert status == 409
    assert used["error"]["code"] == "VOUCHER_USED"
    assert used["error"]["message"]
    status, listed = api("GET", "/v1/admin/vouchers", token=token, query=f"store_id={STORE}")
    assert status == 200
    assert [v["certificate_id"] for v in listed["vouchers"]] == [sold["certificate_id"]]
    status, member_view = api(
        "POST",
        f"/v1/vouchers/{sold['certificate_id']}/join",
        {"secret": "x" * 12},
        token=member_token(make_member().member_id),
    )
    assert status == 403
    assert member_view["error"]["code"] == "VOUCHER_JOIN_INVALID"


@pytest.mark.parametrize(
    ("path", "body", "headers", "status", "code"),
    [
        ("/v1/admin/vouchers/prepare", {"store_id": STORE}, {}, 400, "VALIDATION_ERROR"),
        ("/v1/admin/vouchers/prepare", {"store_id": STORE, "code": "12 34;--"}, {}, 400, "VALIDATION_ERROR"),
        (
            "/v1/admin/vouchers/prepare",
            {"store_id": STORE, "qr": "javascript:alert(1)"},
            {},
            400,
            "VALIDATION_ERROR",
        ),
        (
            "/v1/admin/vouchers/prepare",
            {"store_id": "NOPE", "code": "123456789012"},
            {},
            404,
            "STORE_NOT_FOUND",
        ),
        (
            "/v1/admin/vouchers/verify",
            {"store_id": STORE, "certificate_id": "c", "verify_token": "t"},
            {},
            400,
            "VALIDATION_ERROR",
        ),
        (
            "/v1/admin/vouchers/verify",
            {"store_id": STORE, "certificate_id": "c"},
            {"idempotency-key": "bad-input-1"},
            400,
            "VALIDATION_ERROR",
        ),
        (
            "/v1/admin/vouchers/verify",
            {"store_id": STORE, "certificate_id": "nope", "verify_token": "t"},
            {"idempotency-key": "bad-input-2"},
            409,
            "VOUCHER_NOT_PREPARED",
        ),
        ("/v1/admin/vouchers/nope/member", {"phone": "12"}, {}, 400, "VALIDATION_ERROR"),
        ("/v1/admin/vouchers/nope/cancel", None, {}, 404, "VOUCHER_NOT_FOUND"),
    ],
)
def test_bad_input_is_a_4xx_and_changes_nothing(
    shop, api: Api, path: str, body: Any, headers: dict[str, str], status: int, code: str
) -> None:
    got, answer = api("POST", path, body, token=admin_token("operator"), headers=headers)
    assert (got, answer["error"]["code"]) == (status, code)
    assert vouchers_and_orders() == []
    assert shop.verified_count("nope") == 0


def test_roles(shop, api: Api) -> None:
    status, _ = api(
        "POST",
        "/v1/admin/vouchers/prepare",
        {"store_id": STORE, "code": "123456789012"},
        token=admin_token("analyst"),
    )
    assert status == 403
    status, _ = api("PUT", "/v1/admin/vouchers/settings", {"pois": {}}, token=admin_token("operator"))
    assert status == 403
