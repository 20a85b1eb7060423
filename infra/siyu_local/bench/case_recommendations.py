"""Offline evaluation of the recommender (issue 24): hit-rate@5 of each member's next order,
Siyu's recommender against popularity alone, on a generated order history with a known
structure (fixed seed, so the figures repeat):

- 40 products in 5 groups of 8 (milk tea, coffee, fruit tea, bakery, snacks); each product
  has a companion in another group that goes with it half the time (tea + cake);
- 2 stores; each group has its time of day (coffee in the morning, fruit tea in the
  afternoon, …) and the shop has a few best sellers;
- 400 members, each with a home store, a favourite group and two favourite products; an
  order is a favourite (45%), something else from the group (30%) or a best seller (25%),
  plus the companion half the time.

Every member's last order is held out; the counts (co-purchase, popularity per store and
bucket) come from all other orders. `home`: hit if any product of the held-out order is in
the top 5 for that member, store and time of day. `cart`: the held-out order's first
product is in the cart; hit if any other product of it is in the top 5 (orders of two or
more products). Both rankers run `siyu.recommendations.model.rank`; popularity alone has no
seeds and no history.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from siyu.recommendations import model
from siyu.recommendations.model import ALL, BUCKETS
from siyu_local import bench

SEED = 24
GROUPS = 5
PER_GROUP = 8
MEMBERS = 400
STORES = ("S1", "S2")
GROUP_BUCKET = {0: "afternoon", 1: "morning", 2: "afternoon", 3: "noon", 4: "evening"}


@dataclass(frozen=True)
class Order:
    member: str
    store: str
    bucket: str
    products: tuple[str, ...]


def _product(group: int, n: int) -> str:
    return f"P{group}{n}"


def generate(seed: int = SEED) -> list[list[Order]]:
    """Each member's orders, oldest first."""
    rng = random.Random(seed)
    catalogue = [_product(g, n) for g in range(GROUPS) for n in range(PER_GROUP)]
    companion = {
        _product(g, n): _product((g + 3) % GROUPS, n) for g in range(GROUPS) for n in range(PER_GROUP)
    }
    best_sellers = [_product(g, 0) for g in range(GROUPS)] + [_product(1, 1), _product(2, 1)]
    histories = []
    for m in range(MEMBERS):
        group = rng.choices(range(GROUPS), weights=[3, 3, 2, 1, 1])[0]
        favourites = rng.sample([_product(group, n) for n in range(PER_GROUP)], 2)
        store = STORES[m % 2]
        orders = []
        for _ in range(rng.randint(3, 10)):
            draw = rng.random()
            if draw < 0.45:
                first = rng.choice(favourites)
            elif draw < 0.75:
                first = _product(group, rng.randrange(PER_GROUP))
            else:
                first = rng.choice(best_sellers)
            basket = {first}
            if rng.random() < 0.5:
                basket.add(companion[first])
            if rng.random() < 0.1:
                basket.add(rng.choice(catalogue))
            bucket = GROUP_BUCKET[group] if rng.random() < 0.7 else rng.choice(BUCKETS)
            at_store = store if rng.random() < 0.85 else rng.choice(STORES)
            orders.append(Order(f"m{m}", at_store, bucket, tuple(sorted(basket))))
        histories.append(orders)
    return histories


def _popularity(orders: list[Order]) -> dict[tuple[str, str], Counter[str]]:
    counts: dict[tuple[str, str], Counter[str]] = {}
    for o in orders:
        for key in ((o.store, o.bucket), (o.store, ALL), (ALL, o.bucket), (ALL, ALL)):
            counts.setdefault(key, Counter()).update(o.products)
    return counts


def evaluate(histories: list[list[Order]], k: int = 5) -> dict[str, float]:
    train = [o for h in histories for o in h[:-1]]
    co = model.CoPurchase.build(o.products for o in train)
    popular = _popularity(train)
    candidates = sorted(co.baskets)
    hits: Counter[str] = Counter()
    cases: Counter[str] = Counter()
    for history in histories:
        held, past = history[-1], history[:-1]

        def pop(o: Order = held) -> dict[str, float]:
            return model.blend_popularity(
                {
                    "store_bucket": popular.get((o.store, o.bucket), Counter()),
                    "store_day": popular.get((o.store, ALL), Counter()),
                    "shop_bucket": popular.get((ALL, o.bucket), Counter()),
                    "shop_day": popular.get((ALL, ALL), Counter()),
                }
            )

        weights = model.history_weights(o.products for o in reversed(past))
        seeds = model.top_seeds(weights, 10)
        ours = model.rank(candidates, seeds=seeds, co=co, popularity=pop(), history=weights, limit=k)
        base = model.rank(candidates, seeds={}, co=co, popularity=pop(), limit=k)
        wanted = set(held.products)
        cases["home"] += 1
        hits["home:siyu"] += bool(wanted & {s.product_id for s in ours})
        hits["home:popularity"] += bool(wanted & {s.product_id for s in base})
        if len(held.products) > 1:
            cart = held.products[0]
            rest = wanted - {cart}
            ours = model.rank(candidates, seeds={cart: 1.0}, co=co, popularity=pop(), exclude=[cart], limit=k)
            base = model.rank(candidates, seeds={}, co=co, popularity=pop(), exclude=[cart], limit=k)
            cases["cart"] += 1
            hits["cart:siyu"] += bool(rest & {s.product_id for s in ours})
            hits["cart:popularity"] += bool(rest & {s.product_id for s in base})
    return {name: 100.0 * n / cases[name.split(":")[0]] for name, n in hits.items()} | {
        "home_cases": cases["home"],
        "cart_cases": cases["cart"],
        "orders": sum(len(h) for h in histories),
    }


def _round_trips(table: bench.Table) -> None:
    """DynamoDB calls of one GET /v1/recommendations (cart of two, the menu cached) on moto."""
    from siyu_local.moto_transactions import faster_transactions
    from siyu_local.sandbox import moto_stack
    from siyu_local.template import default_stack

    stack = default_stack()
    bench.quiet_environment(stack)
    with bench.dynamodb_calls() as calls, moto_stack(stack), faster_transactions():
        from siyu import clock
        from siyu.orders import catalogue, schemas
        from siyu.recommendations import service, signals

        catalogue.put_category("tea", schemas.CategoryIn(name="奶茶"))
        catalogue.put_store("S1", schemas.StoreIn(name="静安寺店", address="南京西路1788号"))
        for g in range(GROUPS):
            for n in range(PER_GROUP):
                spec = {
                    "name": f"饮品{g}{n}",
                    "category_id": "tea",
                    "skus": [{"sku_id": "M", "name": "中杯", "price_fen": 1500}],
                }
                catalogue.put_product(_product(g, n), schemas.ProductIn.model_validate(spec))
        for i, o in enumerate(o for h in generate()[:60] for o in h):
            signals.record_order(f"bench-{i}", "S1", o.products, clock.now())
        service._menus.forget()
        service.recommend("cart", store_id="S1", cart=["P00", "P10"])  # loads the menu
        calls.clear()
        service.recommend("cart", store_id="S1", cart=["P00", "P10"])
        kinds = sorted(set(calls))
        table.add(
            "recommend", f"DynamoDB calls per cart recommendation ({', '.join(kinds)})", len(calls), "no Scan"
        )


def run(table: bench.Table) -> None:
    _round_trips(table)
    figures = evaluate(generate())
    orders, home, cart = int(figures["orders"]), int(figures["home_cases"]), int(figures["cart_cases"])
    table.add("recommend", f"generated history: orders (seed {SEED}, {MEMBERS} members)", orders)
    table.add(
        "recommend",
        f"home hit-rate@5 (%), Siyu recommender ({home} members)",
        figures["home:siyu"],
        "> popularity",
    )
    table.add("recommend", "home hit-rate@5 (%), popularity alone", figures["home:popularity"])
    table.add(
        "recommend",
        f"cart hit-rate@5 (%), Siyu recommender ({cart} orders)",
        figures["cart:siyu"],
        "> popularity",
    )
    table.add("recommend", "cart hit-rate@5 (%), popularity alone", figures["cart:popularity"])
