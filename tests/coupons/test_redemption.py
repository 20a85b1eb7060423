"""The redemption contract the order flow uses: applicable, quote, lock, consume, release."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from pydantic import ValidationError
from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.coupons import grant, redemption
from siyu.coupons.errors import CouponNotApplicable
from siyu.coupons.models import AVAILABLE, LOCKED, USED, CouponTemplate, WalletCoupon
from siyu.coupons.redemption import Cart
from siyu.coupons.terms import Terms, saving
from siyu.db import transaction
from siyu.errors import SiyuError
from tests.coupons.support import api, make_template
from tests.support import events, member_token

MEMBER = "buyer"


def cart(subtotal: int = 3800, store: str = "store-jingan", first: bool = False, lines=None) -> Cart:
    lines = lines or [
        {"product_id": "milk-tea", "category_id": "tea", "quantity": 2, "unit_price_fen": subtotal // 2}
    ]
    return Cart.model_validate(
        {"store_id": store, "lines": lines, "subtotal_fen": subtotal, "is_first_order": first}
    )


def give(terms: dict, name: str = "券", days: int = 7, **overrides) -> str:
    template = make_template(name=name, terms=terms, validity={"kind": "relative", "days": days}, **overrides)
    return grant(MEMBER, template.template_id, source="test", source_ref=name)


def status_of(coupon_id: str) -> tuple[str, str | None]:
    c = WalletCoupon.get(*WalletCoupon.key(MEMBER, coupon_id), consistent_read=True)
    return c.status, c.order_id


# ---------------------------------------------------------------- arithmetic
@pytest.mark.parametrize(
    ("terms", "the_cart", "expected"),
    [
        ({"kind": "fixed", "amount_off_fen": 300}, cart(3800), 300),
        ({"kind": "fixed", "amount_off_fen": 5000}, cart(3800), 3799),  # leaves 1 fen to pay
        ({"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000}, cart(3000), 500),
        ({"kind": "percent", "pay_rate_bp": 8800, "max_off_fen": 1000}, cart(3800), 456),
        ({"kind": "percent", "pay_rate_bp": 8800, "max_off_fen": 300}, cart(3800), 300),  # capped
        ({"kind": "percent", "pay_rate_bp": 8800, "max_off_fen": 1000}, cart(1999), 240),  # rounds half up
        ({"kind": "first_order", "amount_off_fen": 800}, cart(3800, first=True), 800),
    ],
)
def test_savings(terms, the_cart, expected):
    assert saving(Terms.model_validate(terms), the_cart) == expected


def test_scope_counts_only_the_lines_in_scope():
    lines = [
        {"product_id": "latte", "category_id": "coffee", "quantity": 1, "unit_price_fen": 2800},
        {"product_id": "bagel", "category_id": "bakery", "quantity": 2, "unit_price_fen": 1200},
    ]
    the_cart = cart(5200, lines=lines)
    coffee = Terms(
        kind="threshold", amount_off_fen=500, min_spend_fen=3000, scope="categories", scope_ids=["coffee"]
    )
    with pytest.raises(CouponNotApplicable) as exc:
        saving(coffee, the_cart)  # the whole cart is over 30, the coffee alone is not
    assert exc.value.details["reason"] == "MIN_SPEND"
    bagels = Terms(kind="percent", pay_rate_bp=5000, max_off_fen=5000, scope="products", scope_ids=["bagel"])
    assert saving(bagels, the_cart) == 1200


@pytest.mark.parametrize(
    ("terms", "the_cart", "reason"),
    [
        ({"kind": "first_order", "amount_off_fen": 800}, cart(3800), "FIRST_ORDER_ONLY"),
        ({"kind": "fixed", "amount_off_fen": 300, "store_ids": ["store-xuhui"]}, cart(3800), "STORE"),
        (
            {"kind": "fixed", "amount_off_fen": 300, "scope": "products", "scope_ids": ["cake"]},
            cart(3800),
            "SCOPE",
        ),
        ({"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000}, cart(2990), "MIN_SPEND"),
    ],
)
def test_not_applicable_reasons(terms, the_cart, reason):
    with pytest.raises(CouponNotApplicable) as exc:
        saving(Terms.model_validate(terms), the_cart)
    assert exc.value.details["reason"] == reason
    assert exc.value.status == 422
    assert exc.value.message != CouponNotApplicable.spec.message  # a specific zh-CN message


@pytest.mark.parametrize(
    "terms",
    [
        {"kind": "percent", "pay_rate_bp": 8800},  # no cap
        {"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 500},
        {"kind": "fixed"},
        {"kind": "fixed", "amount_off_fen": 300, "scope": "categories"},
        {"kind": "fixed", "amount_off_fen": 300, "pay_rate_bp": 9000},
    ],
)
def test_inconsistent_terms_are_refused(terms):
    with pytest.raises(ValidationError):
        Terms.model_validate(terms)


# ---------------------------------------------------------------- wallet against a cart
def test_applicable_lists_what_fits_best_first(aws):
    give({"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000}, "满30减5")
    give({"kind": "percent", "pay_rate_bp": 8800, "max_off_fen": 1000}, "8.8折")
    give({"kind": "fixed", "amount_off_fen": 300}, "立减3")
    give({"kind": "first_order", "amount_off_fen": 800}, "首单立减8")
    give({"kind": "threshold", "amount_off_fen": 2000, "min_spend_fen": 10000}, "满100减20")
    offers = redemption.applicable(MEMBER, cart(3800))
    assert [(o.name, o.saving_fen) for o in offers] == [("满30减5", 500), ("8.8折", 456), ("立减3", 300)]
    first = redemption.applicable(MEMBER, cart(3800, first=True))
    assert first[0].name == "首单立减8"


def test_the_preview_route(aws):
    give({"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000}, "满30减5")
    status, body = api(
        "POST", "/v1/me/coupons/applicable", {"cart": cart(3800).model_dump()}, token=member_token(MEMBER)
    )
    assert status == 200
    assert [o["saving_fen"] for o in body["offers"]] == [500]
    status, body = api(
        "POST", "/v1/me/coupons/applicable", {"cart": {"store_id": "s"}}, token=member_token(MEMBER)
    )
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")


def test_a_coupon_that_does_not_fit_the_cart_is_refused_and_nothing_changes(aws):
    coupon_id = give({"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000}, "满30减5")
    outbox_before = len(events())
    with pytest.raises(CouponNotApplicable) as exc, transaction() as tx:
        redemption.lock_for_cart(tx, MEMBER, coupon_id, "order-1", cart(2500))
    assert exc.value.code == "COUPON_NOT_APPLICABLE"
    assert exc.value.details["reason"] == "MIN_SPEND"
    assert status_of(coupon_id) == (AVAILABLE, None)
    assert len(events()) == outbox_before


def test_quote_of_someone_elses_or_unknown_coupon(aws):
    coupon_id = give({"kind": "fixed", "amount_off_fen": 300})
    with pytest.raises(SiyuError) as exc:
        redemption.quote("stranger", coupon_id, cart())
    assert exc.value.code == "COUPON_NOT_FOUND"


# ---------------------------------------------------------------- lock / consume / release
def test_lock_consume_and_the_used_event(aws):
    coupon_id = give({"kind": "fixed", "amount_off_fen": 300})
    with transaction() as tx:
        assert redemption.lock_for_cart(tx, MEMBER, coupon_id, "order-1", cart()) == 300
    assert status_of(coupon_id) == (LOCKED, "order-1")
    assert redemption.applicable(MEMBER, cart()) == []  # a locked coupon is not offered again
    with transaction() as tx:
        redemption.stage_consume(tx, MEMBER, coupon_id, "order-1", saving_fen=300)
    assert status_of(coupon_id) == (USED, "order-1")
    [used] = events("CouponUsed")
    assert used.member_id == MEMBER
    assert '"order_id":"order-1"' in used.data


def test_consume_only_when_locked_to_that_order(aws):
    coupon_id = give({"kind": "fixed", "amount_off_fen": 300})
    with pytest.raises(TransactWriteError), transaction() as tx:
        redemption.stage_consume(tx, MEMBER, coupon_id, "order-1")  # never locked
    with transaction() as tx:
        redemption.stage_lock(tx, MEMBER, coupon_id, "order-1")
    with pytest.raises(TransactWriteError), transaction() as tx:
        redemption.stage_consume(tx, MEMBER, coupon_id, "order-2")
    assert redemption.explain(MEMBER, coupon_id, "order-2").code == "COUPON_UNAVAILABLE"
    assert status_of(coupon_id) == (LOCKED, "order-1")
    assert events("CouponUsed") == []


@pytest.mark.concurrency
def test_two_orders_racing_for_one_coupon_lock_it_once(atomic_dynamodb):
    coupon_id = give({"kind": "fixed", "amount_off_fen": 300})

    def lock(order_id: str) -> bool:
        try:
            with transaction() as tx:
                redemption.stage_lock(tx, MEMBER, coupon_id, order_id)
        except TransactWriteError:
            return False
        return True

    orders = [f"order-{i}" for i in range(8)]
    with ThreadPoolExecutor(8) as pool:
        won = [order for order, ok in zip(orders, pool.map(lock, orders), strict=True) if ok]
    assert len(won) == 1
    assert status_of(coupon_id) == (LOCKED, won[0])


def test_an_expired_coupon_cannot_be_locked(aws):
    coupon_id = give({"kind": "fixed", "amount_off_fen": 300}, days=1)
    clock.clock.shift(timedelta(days=2))
    try:
        with pytest.raises(CouponNotApplicable) as exc:
            redemption.quote(MEMBER, coupon_id, cart())
        assert exc.value.details["reason"] == "EXPIRED"
        with pytest.raises(TransactWriteError), transaction() as tx:
            redemption.stage_lock(tx, MEMBER, coupon_id, "order-late")  # the condition holds it too
        assert redemption.explain(MEMBER, coupon_id, "order-late").details["reason"] == "EXPIRED"
    finally:
        clock.clock.reset()
    assert status_of(coupon_id) == (AVAILABLE, None)


@pytest.mark.parametrize("reason", ["cancel", "timeout"])
def test_release_on_cancel_or_timeout(aws, reason):
    coupon_id = give({"kind": "fixed", "amount_off_fen": 300})
    with transaction() as tx:
        redemption.stage_lock(tx, MEMBER, coupon_id, "order-1")
    with pytest.raises(TransactWriteError), transaction() as tx:
        redemption.stage_release(tx, MEMBER, coupon_id, "order-other", reason)
    with transaction() as tx:
        assert redemption.stage_release(tx, MEMBER, coupon_id, "order-1", reason) == AVAILABLE
    assert status_of(coupon_id) == (AVAILABLE, None)
    assert [o.coupon_id for o in redemption.applicable(MEMBER, cart())] == [coupon_id]


@pytest.mark.parametrize(("restore", "after"), [(True, AVAILABLE), (False, USED)])
def test_refund_follows_the_templates_rule(aws, restore, after):
    coupon_id = give({"kind": "fixed", "amount_off_fen": 300, "restore_on_refund": restore})
    with transaction() as tx:
        redemption.stage_lock(tx, MEMBER, coupon_id, "order-1")
    with transaction() as tx:
        redemption.stage_consume(tx, MEMBER, coupon_id, "order-1")
    with transaction() as tx:
        assert redemption.stage_release(tx, MEMBER, coupon_id, "order-1", "refund") == after
    assert status_of(coupon_id)[0] == after
    with pytest.raises(SiyuError) as exc, transaction() as tx:
        redemption.stage_release(tx, MEMBER, coupon_id, "order-2", "refund")
    assert exc.value.code == "COUPON_UNAVAILABLE"


def test_a_cancelled_order_transaction_leaves_the_coupon_as_it_was(aws):
    """The coupon's step joins the order's transaction: if the order's write fails, so does the lock."""
    coupon_id = give({"kind": "fixed", "amount_off_fen": 300})
    blocker = make_template(name="blocker")  # stands in for the order item, with a failing condition

    def place_order_that_fails() -> None:
        with transaction() as tx:
            redemption.stage_lock(tx, MEMBER, coupon_id, "order-1")
            tx.condition_check(
                CouponTemplate,
                *CouponTemplate.key(blocker.template_id),
                condition=CouponTemplate.status == "GONE",
            )

    with pytest.raises(TransactWriteError):
        place_order_that_fails()
    assert status_of(coupon_id) == (AVAILABLE, None)
