"""Helpers for the orders tests: a small shop, members, orders, signed callbacks."""

from __future__ import annotations

import functools
from typing import Any

from orders_app import handler as orders_handler
from orders_payments import handler as payments_handler

from siyu import clock
from siyu.coupons import grant, templates
from siyu.coupons.models import WalletCoupon
from siyu.ids import new_id
from siyu.members.models import Account, LedgerEntry, Member, member_pk
from siyu.orders import catalogue, checkout, schemas
from siyu.orders.models import Order, SlotCounter, StockItem
from tests.conftest import Api
from tests.support import wait_for as shared_wait_for

api = Api(orders_handler)
notify_api = Api(payments_handler)
LONG = 20 * 365 * 24 * 3600

STORE = "S1"
TEA, LIMITED = "P-TEA", "P-LIMITED"


def setup_shop(*, capacity: int = 30, limited_stock: int | None = 5) -> None:
    catalogue.put_category("tea", schemas.CategoryIn(name="奶茶", sort=1))
    catalogue.put_category("fruit", schemas.CategoryIn(name="果茶", sort=2))
    catalogue.put_store(
        STORE,
        schemas.StoreIn.model_validate(
            {
                "name": "静安寺店",
                "address": "南京西路1788号",
                "opens": "08:00",
                "closes": "22:00",
                "pickup": {"slot_minutes": 30, "capacity": capacity, "lead_minutes": 10, "days_ahead": 1},
            }
        ),
    )
    catalogue.put_store("S2", schemas.StoreIn(name="徐汇滨江店", address="龙腾大道2555号"))
    catalogue.put_product(
        TEA,
        schemas.ProductIn.model_validate(
            {
                "name": "茉莉奶绿",
                "category_id": "tea",
                "skus": [
                    {"sku_id": "M", "name": "中杯", "price_fen": 1500},
                    {"sku_id": "L", "name": "大杯", "price_fen": 1800},
                ],
                "option_groups": [
                    {
                        "group_id": "sugar",
                        "name": "甜度",
                        "choices": [
                            {"choice_id": "full", "name": "全糖"},
                            {"choice_id": "half", "name": "五分糖"},
                        ],
                        "default_choice_ids": ["half"],
                    },
                    {
                        "group_id": "topping",
                        "name": "加料",
                        "required": False,
                        "max_choices": 2,
                        "choices": [
                            {"choice_id": "pearl", "name": "珍珠", "price_delta_fen": 200},
                            {"choice_id": "jelly", "name": "椰果", "price_delta_fen": 100},
                        ],
                    },
                ],
                "sort": 1,
            }
        ),
    )
    catalogue.put_product(
        LIMITED,
        schemas.ProductIn.model_validate(
            {
                "name": "芝士葡萄",
                "category_id": "fruit",
                "skus": [{"sku_id": "R", "name": "常规", "price_fen": 2200}],
                "store_ids": [STORE],
            }
        ),
    )
    if limited_stock is not None:
        catalogue.set_stock(LIMITED, "R", limited_stock)


def make_member(member_id: str | None = None) -> str:
    member_id = member_id or new_id()
    Member(
        *Member.key(member_id),
        member_id=member_id,
        open_id=f"openid-{member_id}",
        created_at=clock.now_iso(),
    ).save()
    return member_id


def request(items: list[dict[str, Any]] | None = None, **extra: Any) -> schemas.OrderRequest:
    body: dict[str, Any] = {
        "store_id": STORE,
        "items": items or [{"product_id": TEA, "sku_id": "M", "quantity": 2}],
    }
    body.update(extra)
    return schemas.OrderRequest.model_validate(body)


def place(member_id: str, key: str | None = None, **extra: Any) -> checkout.Checkout:
    items = extra.pop("items", None)
    return checkout.create_order(member_id, request(items, **extra), key=key or new_id())


def coupon_for(member_id: str, terms: dict[str, Any] | None = None, name: str = "满30减5") -> str:
    now = clock.now()
    template = templates.create(
        templates.TemplateIn.model_validate(
            {
                "name": name,
                "terms": terms or {"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000},
                "validity": {"kind": "relative", "days": 7},
                "total_stock": 100,
                "claim_starts_at": clock.iso(now.replace(year=now.year - 1)),
                "claim_ends_at": clock.iso(now.replace(year=now.year + 1)),
            }
        ),
        created_by="test",
    )
    return grant(member_id, template.template_id, source="test", source_ref=name)


def coupon_status(member_id: str, coupon_id: str) -> str:
    return str(WalletCoupon.get(*WalletCoupon.key(member_id, coupon_id), consistent_read=True).status)


def order(order_id: str) -> Order:
    return Order.get(*Order.key(order_id), consistent_read=True)


def stock_left(product_id: str = LIMITED, sku_id: str = "R") -> int:
    return int(StockItem.get(*StockItem.key(product_id, sku_id), consistent_read=True).left)


def slot_taken(slot: str, store_id: str = STORE) -> int:
    try:
        return int(SlotCounter.get(*SlotCounter.key(store_id, slot), consistent_read=True).taken)
    except SlotCounter.DoesNotExist:
        return 0


def balance(member_id: str) -> int:
    try:
        return int(Account.get(*Account.key(member_id), consistent_read=True).balance)
    except Account.DoesNotExist:
        return 0


def ledger(member_id: str) -> list[LedgerEntry]:
    return list(LedgerEntry.query(member_pk(member_id), LedgerEntry.sk.startswith("LEDGER#")))


def signed_payment(fake: Any, order_id: str, **kwargs: Any) -> tuple[bytes, str]:
    """A PAYMENT callback as Kuaishou signs it, captured without delivering it."""
    hosts, attempts = fake.callback_hosts, fake.callback_max_attempts
    fake.callback_hosts, fake.callback_max_attempts = set(), 1
    try:
        fake.pay(order_id, **kwargs)
    finally:
        fake.callback_hosts, fake.callback_max_attempts = hosts, attempts
    sent = [c for c in fake.callbacks if c["biz_type"] == "PAYMENT" and f'"{order_id}"' in c["body"]][-1]
    return sent["body"].encode("utf-8"), sent["kwaisign"]


# The fake platform answers on loopback within milliseconds: a short bound, a quick poll.
wait_for = functools.partial(shared_wait_for, timeout=5.0, interval=0.02)


def refunds_at_kuaishou(fake: Any, order_id: str) -> dict[str, dict[str, Any]]:
    """The fake platform is shared by the session: its refunds of this order only."""
    return {no: r for no, r in fake.refunds.items() if r["out_order_no"] == order_id}
