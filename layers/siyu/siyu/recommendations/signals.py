"""The recommender's counts in the commerce table.

| pk | sk | item |
| --- | --- | --- |
| `COPURCHASE#<a>` | `P#<b>` | `RecoCount`: paid orders holding both a and b |
| `POPULAR#<store>#<bucket>` | `P#<product>` | `RecoCount`: paid orders holding the product there and then |
| `RECOSEEN#<order_id>` | `RECO` | `RecoSeen`: the order is counted (the at-least-once guard) |

Each paid order is counted once (OrderPaid consumer, `record_order`): one transaction of the
guard and the ADDs. The nightly `rebuild` recomputes every count from the paid orders of the
last WINDOW (a Scan, off the request path) and replaces them, dropping pairs no longer seen.
Popularity is per store and Shanghai time-of-day bucket, `ALL` standing for any store or
any time (`POPULAR#ALL#ALL` is n(a) of the co-purchase cosine). An order paid while the
rebuild runs may miss that night's counts and is in the next; a refunded order stays counted
until the next rebuild (which counts paid and picked-up orders only).
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import TransactWriteError
from pynamodb.models import Model

from siyu import clock
from siyu.db import table_meta, transaction
from siyu.observability import logger
from siyu.orders.models import Order
from siyu.orders.schemas import PAID, PICKED_UP
from siyu.recommendations.model import ALL, BUCKETS, CoPurchase, basket_pairs, bucket_of
from siyu.txn import cancelled

WINDOW = timedelta(days=90)
SEEN_RETENTION = timedelta(days=120)
MAX_PRODUCTS_PER_ORDER = 8  # 1 + 8·7 pairs + 4·8 popularity items = 89: one transaction (≤ 100)
ATTEMPTS = 8


class RecoCount(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    product_id = UnicodeAttribute()
    n = NumberAttribute(default=0)


class RecoSeen(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="RECO")
    ttl = NumberAttribute(null=True)

    @staticmethod
    def key(order_id: str) -> tuple[str, str]:
        return f"RECOSEEN#{order_id}", "RECO"


def co_pk(product_id: str) -> str:
    return f"COPURCHASE#{product_id}"


def pop_pk(store_id: str, bucket: str) -> str:
    return f"POPULAR#{store_id}#{bucket}"


def _sk(product_id: str) -> str:
    return f"P#{product_id}"


def order_products(order: Order) -> list[str]:
    return sorted({str(line["product_id"]) for line in json.loads(order.lines)})


def _pop_keys(store_id: str, paid_at: datetime) -> list[str]:
    bucket = bucket_of(paid_at)
    return [pop_pk(store_id, bucket), pop_pk(store_id, ALL), pop_pk(ALL, bucket), pop_pk(ALL, ALL)]


def record_order(order_id: str, store_id: str, products: Iterable[str], paid_at: datetime) -> bool:
    """Count one paid order (once: False when it was counted before)."""
    chosen = sorted(set(products))[:MAX_PRODUCTS_PER_ORDER]
    if not chosen:
        return False
    for attempt in range(ATTEMPTS):
        try:
            with transaction() as tx:
                tx.save(
                    RecoSeen(*RecoSeen.key(order_id), ttl=clock.epoch(clock.now() + SEEN_RETENTION)),
                    condition=RecoSeen.pk.does_not_exist(),
                    return_values="ALL_OLD",
                )
                for a, b in basket_pairs(chosen):
                    tx.update(
                        RecoCount(co_pk(a), _sk(b)),
                        actions=[RecoCount.product_id.set(b), RecoCount.n.add(1)],
                    )
                for pk in _pop_keys(store_id, paid_at):
                    for p in chosen:
                        tx.update(
                            RecoCount(pk, _sk(p)),
                            actions=[RecoCount.product_id.set(p), RecoCount.n.add(1)],
                        )
        except TransactWriteError as exc:
            if cancelled(exc).item(*RecoSeen.key(order_id)) is not None:
                return False
            time.sleep(random.uniform(0, 0.01 * 2 ** min(attempt, 5)))
            continue
        return True
    raise RuntimeError(f"order {order_id} not counted: too many conflicts")  # the event is retried


def record_paid(order_id: str) -> bool:
    """The OrderPaid consumer's step: the order's products (read once) counted once."""
    try:
        order = Order.get(*Order.key(order_id))
    except Order.DoesNotExist:
        logger.warning("paid order not found for recommendations", extra={"order_id": order_id})
        return False
    paid_at = clock.parse_iso(order.paid_at) if order.paid_at else clock.now()
    return record_order(order_id, order.store_id, order_products(order), paid_at)


# ---------------------------------------------------------------- reads
def counts(pk: str) -> Counter[str]:
    """Every count of one partition (one Query; small: one row per product)."""
    return Counter({item.product_id: int(item.n) for item in RecoCount.query(pk) if int(item.n) > 0})


def neighbours(seeds: Iterable[str]) -> CoPurchase:
    """The co-purchase counts the ranking needs: each seed's pairs and every n(a)."""
    pairs = {seed: counts(co_pk(seed)) for seed in sorted(set(seeds))}
    return CoPurchase(pairs, counts(pop_pk(ALL, ALL)))


# ---------------------------------------------------------------- nightly rebuild
def paid_orders(since: datetime) -> Iterable[Order]:
    """Paid (and picked-up) orders since `since`: a Scan, for the nightly job only."""
    condition = (
        (Order.sk == "ORDER") & Order.status.is_in(PAID, PICKED_UP) & (Order.paid_at >= clock.iso(since))
    )
    return Order.scan(filter_condition=condition)


def rebuild(now: datetime | None = None, stores: Iterable[str] = ()) -> dict[str, int]:
    """Recompute every count from the paid orders of the last WINDOW and replace the stored
    ones (stale pairs deleted). Returns how many orders, pairs and popularity rows."""
    now = now or clock.now()
    baskets: list[list[str]] = []
    popular: dict[str, Counter[str]] = {}
    for order in paid_orders(now - WINDOW):
        products = order_products(order)
        baskets.append(products)
        paid_at = clock.parse_iso(order.paid_at) if order.paid_at else now
        for pk in _pop_keys(order.store_id, paid_at):
            popular.setdefault(pk, Counter()).update(products)
    co = CoPurchase.build(baskets)
    wanted: dict[str, Counter[str]] = {co_pk(a): c for a, c in co.pairs.items()}
    wanted.update(popular)
    known = set(counts(pop_pk(ALL, ALL))) | set(co.baskets)
    partitions = set(wanted) | {co_pk(p) for p in known}
    partitions |= {pop_pk(s, b) for s in {*stores, ALL} for b in (*BUCKETS, ALL)}
    with RecoCount.batch_write() as batch:
        for pk in sorted(partitions):
            target = wanted.get(pk, Counter())
            for item in RecoCount.query(pk):
                if item.product_id not in target:
                    batch.delete(item)
            for product, n in sorted(target.items()):
                batch.save(RecoCount(pk, _sk(product), product_id=product, n=n))
    pairs = sum(len(c) for c in co.pairs.values())
    logger.info("recommendation counts rebuilt", extra={"orders": len(baskets), "pairs": pairs})
    return {"orders": len(baskets), "pairs": pairs, "popularity_rows": sum(len(c) for c in popular.values())}
