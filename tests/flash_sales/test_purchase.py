"""Purchases (抢购): the sharded stock, the per-member limit, sell-out without writes, retries,
giving units back — against moto, the concurrency cases on the serialised (atomic) DynamoDB."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from siyu import clock
from siyu.errors import SiyuError
from siyu.flash_sales import opening, release_unit, sales, stock
from siyu.flash_sales.models import BuyCounter, FlashPurchase
from siyu.flash_sales.opening import split
from siyu.flash_sales.schemas import SalePatch
from siyu.members import levels, rules
from siyu.members.schemas import LevelRule, LevelRules
from tests.flash_sales.support import api, fresh, make_member, make_sale, open_now, open_sale, shards
from tests.support import event_data, member_token

WRITES = {"PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem"}


BUSY_RETRIES = 5


def outcome(member_id: str, sale_id: str, key: str) -> tuple[str, str]:
    """("OK", purchase_id) or (error code, message), straight from the domain.

    Concurrency tests call the domain, not the handler: a Powertools resolver keeps the
    current request on the shared app object, and Lambda never runs two requests in one
    process at once. The HTTP shape of each outcome is tested sequentially below."""
    for _ in range(BUSY_RETRIES):
        try:
            return "OK", stock.purchase(member_id, sale_id, request_key=key).purchase.purchase_id
        except SiyuError as exc:
            if exc.code != "FLASH_SALE_BUSY":
                return exc.code, exc.message
            # 503: the documented client response is to retry with the same key, as the app does.
    return "FLASH_SALE_BUSY", "retries exhausted"


def buy(member_id: str, sale_id: str, key: str = "buy-key-0001") -> tuple[int, dict]:
    return api(
        "POST",
        f"/v1/flash-sales/{sale_id}/purchase",
        token=member_token(member_id),
        headers={"Idempotency-Key": key},
    )


def held_units(sale_id: str) -> list[FlashPurchase]:
    return [
        p for p in FlashPurchase.scan() if p.sk == "PURCHASE" and p.sale_id == sale_id and p.status == "HELD"
    ]


# ---------------------------------------------------------------- the acceptance case
@pytest.mark.concurrency
def test_2000_attempts_by_1000_members_for_100_units(atomic_dynamodb):
    sale = open_sale(stock=100, per_member_limit=1)
    attempts = [(f"m{i:04d}", f"key-{i:04d}-{n}") for n in range(2) for i in range(1000)]
    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda a: outcome(a[0], sale.sale_id, a[1]), attempts))

    taken = [r for r in results if r[0] == "OK"]
    assert len(taken) == 100
    assert {code for code, _ in results if code != "OK"} <= {
        "FLASH_SALE_SOLD_OUT",
        "FLASH_SALE_LIMIT_REACHED",
    }
    units = held_units(sale.sale_id)
    assert len(units) == 100
    per_member = Counter(u.member_id for u in units)
    assert max(per_member.values()) == 1  # nobody over the limit
    for member_id in per_member:
        assert BuyCounter.get(*BuyCounter.key(member_id, sale.sale_id)).bought == 1
    rows = shards(sale.sale_id)
    assert len(rows) == 20
    assert all(s.remaining >= 0 for s in rows)  # never negative
    assert sum(s.remaining for s in rows) == 0
    assert sum(s.taken for s in rows) == 100
    assert sum(s.initial for s in rows) == 100
    for s in rows:  # each shard gave exactly the units recorded against it
        assert s.taken == s.initial - s.remaining == sum(1 for u in units if u.shard == s.shard)
    assert fresh(sale.sale_id).sold_out is True
    assert len(event_data("FlashSaleSoldOut")) == 1


@pytest.mark.concurrency
def test_one_member_racing_20_attempts_gets_exactly_the_limit(atomic_dynamodb):
    sale = open_sale(stock=50, per_member_limit=3)
    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(lambda n: outcome("greedy", sale.sale_id, f"attempt-{n:04d}"), range(20)))
    assert sum(1 for code, _ in results if code == "OK") == 3
    assert {code for code, _ in results if code != "OK"} == {"FLASH_SALE_LIMIT_REACHED"}
    assert BuyCounter.get(*BuyCounter.key("greedy", sale.sale_id)).bought == 3
    assert sum(s.remaining for s in shards(sale.sale_id)) == 47


@pytest.mark.concurrency
def test_a_retried_request_gets_its_unit_back_and_takes_no_other(atomic_dynamodb):
    sale = open_sale(stock=10, per_member_limit=5)
    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(lambda _: outcome("retrier", sale.sale_id, "same-key-01"), range(10)))
    assert {code for code, _ in results} == {"OK"}
    assert len({purchase_id for _, purchase_id in results}) == 1
    assert sum(s.remaining for s in shards(sale.sale_id)) == 9


@pytest.mark.concurrency
def test_a_sale_whose_opener_is_late_is_opened_once_by_the_first_purchases(atomic_dynamodb):
    sale = make_sale(stock=30, per_member_limit=1)
    clock.clock.freeze(clock.parse_iso(sale.starts_at) + timedelta(seconds=1))  # the schedule has not fired
    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda i: outcome(f"early-{i}", sale.sale_id, "k-000001"), range(60)))
    assert sum(1 for code, _ in results if code == "OK") == 30
    assert len(event_data("FlashSaleOpened")) == 1
    assert fresh(sale.sale_id).status == "OPEN"
    # The opener firing afterwards changes nothing.
    opening.open_sale(sale.sale_id, starts_at=sale.starts_at)
    assert len(event_data("FlashSaleOpened")) == 1
    assert sum(s.remaining for s in shards(sale.sale_id)) == 0


def test_a_container_with_the_old_start_cached_does_not_open_a_sale_moved_later(aws):
    sale = make_sale(stock=5)
    stale = sales.get(sale.sale_id)
    later = clock.parse_iso(sale.starts_at) + timedelta(minutes=30)
    sales.edit(sale.sale_id, SalePatch(starts_at=later))
    sales.remember(stale)  # another container read the sale before it moved
    clock.clock.freeze(clock.parse_iso(sale.starts_at) + timedelta(seconds=1))
    assert outcome("early", sale.sale_id, "k-000001")[0] == "FLASH_SALE_NOT_STARTED"
    assert fresh(sale.sale_id).status == "SCHEDULED"
    assert event_data("FlashSaleOpened") == []


# ---------------------------------------------------------------- DynamoDB writes
def test_a_purchase_is_one_write_and_its_order_one_more(shop, ddb_calls):
    sale = open_sale(stock=10, per_member_limit=2)
    make_member("warm")
    make_member("counted")
    assert buy("warm", sale.sale_id)[0] == 201  # the container has the sale cached now
    ddb_calls.clear()
    status, body = buy("counted", sale.sale_id)
    assert status == 201, body
    # The unit (one transaction), then the order's transaction (siyu.orders.checkout, which
    # writes the order id on the unit) and the Kuaishou pre-order stored on the order.
    assert [c for c in ddb_calls if c in WRITES] == ["TransactWriteItems", "TransactWriteItems", "UpdateItem"]


def test_once_sold_out_attempts_are_turned_away_without_a_write(shop, ddb_calls):
    sale = open_sale(stock=3, per_member_limit=1)
    for i in range(3):
        make_member(f"fast-{i}")
        assert buy(f"fast-{i}", sale.sale_id)[0] == 201
    status, body = buy("late-0", sale.sale_id)  # finds every shard empty: marks the sale sold out
    assert (status, body["error"]["code"]) == (409, "FLASH_SALE_SOLD_OUT")
    ddb_calls.clear()
    for i in range(1, 20):
        status, body = buy(f"late-{i}", sale.sale_id)
        assert (status, body["error"]["code"], body["error"]["message"]) == (
            409,
            "FLASH_SALE_SOLD_OUT",
            "已抢光",
        )
    # Reads only: each attempt looks for its own earlier unit (a retry) in the member's
    # partition; the sale item is read again at most once a second (the container's cache).
    assert set(ddb_calls) == {"GetItem"}
    assert 19 <= len(ddb_calls) <= 19 + 2
    # Another container learns it from the sale item it caches: no write either.
    stock.forget_all()
    sales.forget()
    ddb_calls.clear()
    assert buy("elsewhere", sale.sale_id)[1]["error"]["code"] == "FLASH_SALE_SOLD_OUT"
    assert not WRITES & set(ddb_calls)


def test_a_container_with_a_stale_view_finds_stock_left_on_other_shards(aws):
    sale = open_sale(stock=40, per_member_limit=5)
    for i in range(38):
        assert stock.purchase(f"m{i}", sale.sale_id, request_key="k-000001")  # one container sells 38
    stock.forget_all()  # a new container believes every shard is full
    sales.forget()
    got = [outcome(f"n{i}", sale.sale_id, "k-000001")[0] for i in range(4)]
    assert got == ["OK", "OK", "FLASH_SALE_SOLD_OUT", "FLASH_SALE_SOLD_OUT"]
    assert sum(s.remaining for s in shards(sale.sale_id)) == 0


# ---------------------------------------------------------------- over HTTP
def test_purchase_over_http_holds_a_unit_at_the_sale_price(shop):
    sale = open_sale(stock=5, hold_minutes=10)
    make_member("alice")
    status, body = buy("alice", sale.sale_id, key="alice-key-1")
    assert status == 201
    unit = body["purchase"]
    assert (unit["sale_id"], unit["sku"], unit["price_fen"], unit["status"]) == (
        sale.sale_id,
        "SKU-YZGL",
        990,
        "HELD",
    )
    assert clock.parse_iso(unit["hold_expires_at"]) - clock.parse_iso(unit["created_at"]) == timedelta(
        minutes=10
    )
    assert body["replayed"] is False
    again = buy("alice", sale.sale_id, key="alice-key-1")
    assert again == (201, {"purchase": unit, "order": body["order"], "replayed": True})
    assert buy("alice", sale.sale_id, key="alice-key-2")[1]["error"]["code"] == "FLASH_SALE_LIMIT_REACHED"
    mine = api("GET", "/v1/me/flash-purchases", token=member_token("alice"))[1]["purchases"]
    assert [p["purchase_id"] for p in mine] == [unit["purchase_id"]]
    detail = api("GET", f"/v1/flash-sales/{sale.sale_id}", token=member_token("alice"))[1]
    assert (detail["my_units"], detail["sale"]["state"]) == (1, "open")


def test_before_the_start_and_after_the_end_purchases_are_refused_clearly(aws):
    sale = make_sale(stock=5)
    status, body = buy("early", sale.sale_id)
    assert (status, body["error"]["code"], body["error"]["message"]) == (
        409,
        "FLASH_SALE_NOT_STARTED",
        "秒杀尚未开始",
    )
    assert body["error"]["details"]["starts_at"] == sale.starts_at
    assert "server_time" in body["error"]["details"]
    open_now(sale)
    clock.clock.freeze(clock.parse_iso(sale.ends_at))
    status, body = buy("late", sale.sale_id)
    assert (status, body["error"]["code"], body["error"]["message"]) == (
        409,
        "FLASH_SALE_ENDED",
        "秒杀已结束",
    )
    assert held_units(sale.sale_id) == []


def test_a_closed_sale_takes_no_unit_even_from_a_container_with_a_stale_copy(aws):
    sale = open_sale(stock=5)
    stale = sales.get(sale.sale_id)
    opening.close_sale(sale.sale_id)  # ended early (moved end), another container closed it
    sales.remember(stale)
    assert outcome("stale", sale.sale_id, "k-000001")[0] == "FLASH_SALE_ENDED"
    assert sum(s.remaining for s in shards(sale.sale_id)) == 5


def test_bad_requests_change_nothing(aws):
    sale = open_sale(stock=5)
    no_key = api("POST", f"/v1/flash-sales/{sale.sale_id}/purchase", token=member_token("m"))
    assert (no_key[0], no_key[1]["error"]["code"]) == (400, "VALIDATION_ERROR")
    unknown = buy("m", "NOSUCHSALE")
    assert (unknown[0], unknown[1]["error"]["code"]) == (404, "FLASH_SALE_NOT_FOUND")
    anonymous = api(
        "POST", f"/v1/flash-sales/{sale.sale_id}/purchase", headers={"Idempotency-Key": "k-00000001"}
    )
    assert anonymous[0] == 401
    assert sum(s.remaining for s in shards(sale.sale_id)) == 5


def test_a_level_restricted_sale_sells_only_to_those_levels(shop):
    rules.save_levels(
        LevelRules(
            growth_basis="spent_fen",
            levels=[
                LevelRule(key="normal", name="普通", threshold=0),
                LevelRule(key="gold", name="金卡", threshold=10000),
            ],
        )
    )
    make_member("golden")
    levels.add_growth("golden", spent_fen=12000, source="order", ref="o-1")
    make_member("plain")
    sale = open_sale(stock=5, levels=["gold"])
    status, body = buy("plain", sale.sale_id)
    assert (status, body["error"]["code"]) == (403, "FLASH_SALE_NOT_ELIGIBLE")
    assert body["error"]["details"]["levels"] == ["gold"]
    assert buy("golden", sale.sale_id)[0] == 201


# ---------------------------------------------------------------- giving units back
@pytest.mark.concurrency
def test_a_unit_goes_back_exactly_once_and_reopens_a_sold_out_sale(atomic_dynamodb):
    sale = open_sale(stock=2, per_member_limit=1)
    first = stock.purchase("a", sale.sale_id, request_key="k-000001").purchase
    stock.purchase("b", sale.sale_id, request_key="k-000001")
    assert outcome("c", sale.sale_id, "k-000001")[0] == "FLASH_SALE_SOLD_OUT"
    assert fresh(sale.sale_id).sold_out is True

    with ThreadPoolExecutor(10) as pool:
        released = list(pool.map(lambda _: release_unit(first.purchase_id, "order_expired"), range(10)))
    assert released.count(True) == 1
    assert sum(s.remaining for s in shards(sale.sale_id)) == 1
    assert sum(s.returned for s in shards(sale.sale_id)) == 1
    assert BuyCounter.get(*BuyCounter.key("a", sale.sale_id)).bought == 0
    assert fresh(sale.sale_id).sold_out is False
    unit = FlashPurchase.get(*FlashPurchase.key(first.purchase_id))
    assert (unit.status, unit.release_reason) == ("RELEASED", "order_expired")

    stock.forget_all()  # the sell-out memory of this container fades after a few seconds
    sales.forget()
    assert outcome("c", sale.sale_id, "k-000001")[0] == "OK"
    assert outcome("d", sale.sale_id, "k-000001")[0] == "FLASH_SALE_SOLD_OUT"
    assert len(event_data("FlashSaleSoldOut")) == 2  # sold out, a unit came back, sold out again


def test_releasing_an_unknown_purchase_is_an_error(aws):
    with pytest.raises(SiyuError) as caught:
        release_unit("NOSUCHPURCHASE", "order_expired")
    assert caught.value.code == "FLASH_PURCHASE_NOT_FOUND"


# ---------------------------------------------------------------- the split
@pytest.mark.parametrize(
    ("units", "k", "expected"),
    [(100, 20, [5] * 20), (7, 20, [1] * 7), (23, 5, [5, 5, 5, 4, 4]), (1, 20, [1])],
)
def test_stock_is_split_as_evenly_as_integers_allow(units, k, expected):
    assert split(units, k) == expected
    assert sum(split(units, k)) == units
