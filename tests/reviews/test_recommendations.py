"""Recommendations: the counts from paid orders (once each; the nightly rebuild gives the
same), the ranking for each context over a fixed history (deterministic), cold start, the
route and the page module, and the offline evaluation's verdict."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError
from reviews_events import handler as events_handler
from reviews_nightly import handler as nightly_handler

from siyu import clock
from siyu.events import DomainEvent
from siyu.page_modules import layout_adapter
from siyu.recommendations import model, service, signals
from siyu.recommendations.model import ALL, CoPurchase
from siyu_local.bench import case_recommendations
from tests.conftest import LambdaContextStub
from tests.reviews.support import advance, api, member, order, setup_menu

# A fixed history: tea goes with cake, mango with coffee; tea is the best seller.
HISTORY = [
    ["P-TEA", "P-CAKE"],
    ["P-TEA", "P-CAKE"],
    ["P-TEA"],
    ["P-TEA"],
    ["P-MANGO", "P-COFFEE"],
    ["P-MANGO", "P-COFFEE"],
    ["P-GRAPE"],
]


def _paid(event_order_id: str) -> dict:
    event = DomainEvent(type="OrderPaid", member_id="x", data={"order_id": event_order_id})
    return events_handler({"detail": event.model_dump()}, LambdaContextStub())


def _history(member_id: str, *, days_ago: int = 3) -> None:
    """HISTORY as paid orders of `member_id` some days ago, counted by the OrderPaid consumer."""
    for basket in HISTORY:
        paid_at = clock.iso(clock.now() - timedelta(days=days_ago))
        assert _paid(order(member_id, basket, paid_at=paid_at))["outcome"] == "counted"


@pytest.fixture(autouse=True)
def _menu(aws):
    setup_menu()
    service._menus.forget()


def test_bucket_of_uses_shanghai_time():
    at = clock.parse_iso
    assert model.bucket_of(at("2026-12-01T02:00:00Z")) == "morning"  # 10:00
    assert model.bucket_of(at("2026-12-01T04:30:00Z")) == "noon"  # 12:30
    assert model.bucket_of(at("2026-12-01T07:00:00Z")) == "afternoon"  # 15:00
    assert model.bucket_of(at("2026-12-01T20:59:00Z")) == "evening"  # 04:59 next day


def test_rank_is_deterministic_and_cold_start_is_popularity():
    co = CoPurchase.build(HISTORY)
    popularity = {"P-TEA": 4, "P-MANGO": 2, "P-COFFEE": 2, "P-CAKE": 2, "P-GRAPE": 1}
    lists = [
        model.rank(sorted(popularity), seeds={"P-CAKE": 1.0}, co=co, popularity=popularity, limit=3)
        for _ in range(3)
    ]
    assert lists[0] == lists[1] == lists[2]
    assert [s.product_id for s in lists[0]][:1] == ["P-TEA"]
    assert lists[0][0].reason == "co_purchase"
    cold = model.rank(sorted(popularity), seeds={}, co=co, popularity=popularity, limit=5)
    # Popularity alone, ties by product id.
    assert [s.product_id for s in cold] == ["P-TEA", "P-CAKE", "P-COFFEE", "P-MANGO", "P-GRAPE"]
    assert {s.reason for s in cold} == {"popular"}


def test_each_paid_order_is_counted_once_and_the_rebuild_gives_the_same_counts():
    member_id, _ = member()
    _history(member_id)
    first = order(member_id, ["P-TEA", "P-CAKE"], paid_at=clock.iso(clock.now() - timedelta(days=1)))
    assert _paid(first)["outcome"] == "counted"
    assert _paid(first)["outcome"] == "seen"  # redelivered
    online = {
        "tea": signals.counts(signals.co_pk("P-TEA")),
        "all": signals.counts(signals.pop_pk(ALL, ALL)),
        "store": signals.counts(signals.pop_pk("S1", ALL)),
    }
    assert online["tea"] == {"P-CAKE": 3}
    assert online["all"]["P-TEA"] == 5
    # A stale pair (e.g. from an order since refunded) goes at the nightly rebuild.
    signals.RecoCount(signals.co_pk("P-TEA"), "P#P-GRAPE", product_id="P-GRAPE", n=7).save()
    result = nightly_handler({}, LambdaContextStub())
    assert result["orders"] == len(HISTORY) + 1
    rebuilt = {
        "tea": signals.counts(signals.co_pk("P-TEA")),
        "all": signals.counts(signals.pop_pk(ALL, ALL)),
        "store": signals.counts(signals.pop_pk("S1", ALL)),
    }
    assert rebuilt == online
    nightly_handler({}, LambdaContextStub())  # twice: the same counts
    assert signals.counts(signals.co_pk("P-TEA")) == online["tea"]


def test_contexts_rank_a_fixed_history_the_same_every_time():
    someone, _ = member("老顾客")
    _history(someone)
    member_id, token = member()
    _paid(order(member_id, ["P-MANGO"], paid_at=clock.iso(clock.now() - timedelta(days=2))))

    def ids(query: str, tok: str | None = token) -> list[str]:
        status, body = api("GET", "/v1/recommendations", query=query, token=tok)
        assert status == 200, body
        return [p["product_id"] for p in body["products"]]

    home = ids("context=home&store_id=S1&limit=3")
    assert home == ids("context=home&store_id=S1&limit=3")
    assert home[:2] == ["P-MANGO", "P-COFFEE"]  # bought before, then bought with it
    cart = ids("context=cart&store_id=S1&items=P-TEA&limit=3")
    assert cart[0] == "P-CAKE"
    assert "P-TEA" not in cart
    # Cold start: no login, no history: popularity in the store.
    _, anonymous = api("GET", "/v1/recommendations", query="store_id=S1&limit=3")
    assert anonymous["cold_start"] is True
    assert anonymous["bucket"] == "morning"
    assert next(p["product_id"] for p in anonymous["products"]) == "P-TEA"
    assert {p["reason"] for p in anonymous["products"]} == {"popular"}


def test_bought_today_is_demoted_and_after_order_leaves_out_the_order():
    someone, _ = member("老顾客")
    _history(someone)
    member_id, token = member()
    _paid(order(member_id, ["P-MANGO"], paid_at=clock.iso(clock.now() - timedelta(days=2))))
    advance(timedelta(minutes=1))
    today = order(member_id, ["P-TEA"])  # paid (and picked up) this morning
    status, home = api("GET", "/v1/recommendations", query="context=home&store_id=S1&limit=5", token=token)
    ranked = [p["product_id"] for p in home["products"]]
    assert ranked.index("P-MANGO") < ranked.index("P-TEA")  # today's tea drops behind
    status, after = api(
        "GET", "/v1/recommendations", query=f"context=after_order&order_id={today}&limit=3", token=token
    )
    ranked = [p["product_id"] for p in after["products"]]
    assert "P-TEA" not in ranked
    assert ranked[0] == "P-CAKE"
    # Someone else's order is not found.
    _, stranger = member("路人")
    status, error = api(
        "GET", "/v1/recommendations", query=f"context=after_order&order_id={today}", token=stranger
    )
    assert (status, error["error"]["code"]) == (404, "ORDER_NOT_FOUND")


def test_bad_queries_are_validation_errors():
    for query in ("context=profile", "limit=0", "limit=21", "items=a,,b", "context=after_order"):
        status, error = api("GET", "/v1/recommendations", query=query)
        assert (status, error["error"]["code"]) == (400, "VALIDATION_ERROR"), query


def test_the_recommended_products_page_module():
    layout = layout_adapter.validate_python(
        [{"id": "reco", "kind": "recommended_products", "context": "home"}]
    )
    assert layout[0].limit == 6
    with pytest.raises(ValidationError):
        layout_adapter.validate_python([{"id": "reco", "kind": "recommended_products", "context": "feed"}])


def test_the_offline_evaluation_beats_popularity():
    figures = case_recommendations.evaluate(case_recommendations.generate())
    assert figures["home:siyu"] > figures["home:popularity"]
    assert figures["cart:siyu"] > figures["cart:popularity"]


def test_the_demo_counts_are_seeded_once_and_coffee_leads_the_morning(aws, fake_kuaishou):
    from siyu_local import demo
    from siyu_local.demo import orders as demo_orders
    from siyu_local.demo import reviews as demo_reviews
    from tests.conftest import STACK

    demo._context = demo.DemoContext("http://127.0.0.1:3000", fake_kuaishou, STACK)
    try:
        demo_orders.seed()
        first = demo_reviews.seed()
        counts = signals.counts(signals.pop_pk(ALL, ALL))
        assert demo_reviews.seed() == first
        assert signals.counts(signals.pop_pk(ALL, ALL)) == counts
    finally:
        demo._context = None
    service._menus.forget()
    body = service.recommend("home", store_id="STORE-JINGAN", limit=3)
    assert body["cold_start"] is True
    assert body["products"][0]["product_id"] == "SKU-SYNT"  # 10:00 in Shanghai: coffee


def test_the_consumers_and_the_nightly_schedule_are_wired():
    from siyu_local.template import default_stack

    functions = default_stack().functions()
    paid = functions["ReviewsEventsFunction"].events["OrderPaid"]["Properties"]["Pattern"]
    assert paid == {"source": ["siyu"], "detail-type": ["OrderPaid"]}
    members = functions["MembersEventsFunction"].events["DomainEvents"]["Properties"]["Pattern"]
    assert "ProductReviewed" in members["detail-type"]  # the comment task
    nightly = functions["ReviewsNightlyFunction"].events["Nightly"]["Properties"]
    assert nightly["ScheduleExpressionTimezone"] == "Asia/Shanghai"
