"""The purchase hot path: a sale's stock split over K shard items.

Design load: 10,000 attempts per second on one sale; DynamoDB takes about 1,000 writes per
second on one key. The stock is therefore split over K items with their own partition
keys (default 20: 500 attempts per second each). A purchase is ONE TransactWriteItems:

- a shard: remaining - 1, taken + 1 (condition: remaining > 0 and the sale not closed);
- the member's counter for the sale: bought + 1 (condition: under the per-member limit);
- the purchase record (condition: it does not exist — its id comes from the request's
  Idempotency-Key, so a retried request finds its unit instead of taking another).

Each container keeps a view of which shards still have stock (the opener's split, then
what refusals and reads taught it) and picks a shard at random, weighted by what is left.
A shard found empty is marked so and the view is re-read (one BatchGetItem, no write); when
the view says every shard is empty, one transaction sets the sale's `sold_out` flag, with a
ConditionCheck on every shard (so the flag never lies) and the FlashSaleSoldOut event. From
then on attempts are turned away without a DynamoDB write: the container remembers the
sell-out for a few seconds, and other containers see the flag on the sale item they cache.
A unit that comes back (`release_unit`) clears the flag in the same transaction.
"""

from __future__ import annotations

import base64
import hashlib
import math
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.cache import TimedCache
from siyu.db import transaction
from siyu.errors import SiyuError
from siyu.events import DomainEvent, stage
from siyu.flash_sales import opening, sales
from siyu.flash_sales.errors import (
    FlashPurchaseNotFound,
    FlashSaleBusy,
    FlashSaleCancelled,
    FlashSaleEnded,
    FlashSaleLimitReached,
    FlashSaleNotEligible,
    FlashSaleNotStarted,
    FlashSaleSoldOut,
)
from siyu.flash_sales.models import (
    CANCELLED,
    CLOSED,
    HELD,
    OPEN,
    RELEASED,
    SCHEDULED,
    BuyCounter,
    FlashPurchase,
    FlashSale,
    StockShard,
)
from siyu.flash_sales.opening import split
from siyu.txn import cancelled, number

MAX_WRITES_PER_ATTEMPT = 4
SOLD_OUT_MEMO_SECONDS = 2.0
VIEW_REFRESH_SECONDS = 0.2  # at most one shard read per sale per container this often
PURCHASE_RETENTION_DAYS = 90


def purchase_id_for(member_id: str, sale_id: str, request_key: str) -> str:
    digest = hashlib.sha256("\x1f".join((member_id, sale_id, request_key)).encode()).digest()
    return base64.b32encode(digest).decode()[:26]


@dataclass(frozen=True)
class Purchased:
    purchase: FlashPurchase
    replayed: bool  # the request had taken this unit before (a client retry)


# ---------------------------------------------------------------- the container's view of the shards
@dataclass
class ShardView:
    """What this container believes each shard has left (an estimate; the conditions decide)."""

    left: list[int]
    read_at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def pick(self) -> int | None:
        with self.lock:
            total = sum(n for n in self.left if n > 0)
            if total == 0:
                return None
            ticket = random.randrange(total)
            for shard, n in enumerate(self.left):
                if n <= 0:
                    continue
                if ticket < n:
                    return shard
                ticket -= n
        return None  # unreachable

    def took(self, shard: int) -> None:
        with self.lock:
            self.left[shard] = max(0, self.left[shard] - 1)

    def empty(self, shard: int) -> None:
        with self.lock:
            self.left[shard] = 0

    def has_stock(self, shard: int) -> None:
        with self.lock:
            self.left[shard] = max(1, self.left[shard])

    def refresh(self, sale_id: str, *, force: bool = False) -> bool:
        """Re-read every shard (one BatchGetItem); False when read too recently to bother."""
        if not force and time.monotonic() - self.read_at < VIEW_REFRESH_SECONDS:
            return False
        keys = [StockShard.key(sale_id, k) for k in range(len(self.left))]
        found = {int(s.shard): int(s.remaining) for s in StockShard.batch_get(keys, consistent_read=True)}
        with self.lock:
            self.left = [max(0, found.get(k, 0)) for k in range(len(self.left))]
            self.read_at = time.monotonic()
        return True


_views: TimedCache[tuple[str, str], ShardView] = TimedCache(math.inf)  # until a reset
_views_lock = threading.Lock()
_sold_out_seen: TimedCache[str, bool] = TimedCache(SOLD_OUT_MEMO_SECONDS)


def view_of(sale: FlashSale) -> ShardView:
    key = (sale.sale_id, str(sale.opened_at))
    with _views_lock:
        return _views.get_or_load(key, lambda: ShardView(split(int(sale.stock), int(sale.shard_count))))


def _remember_sold_out(sale_id: str) -> None:
    _sold_out_seen.put(sale_id, True)


def _recently_sold_out(sale_id: str) -> bool:
    return _sold_out_seen.get(sale_id) is not None


def forget_all() -> None:
    """A fresh container's memory (tests, benchmarks); siyu.cache.reset_all forgets it too."""
    _views.forget()
    _sold_out_seen.forget()


# ---------------------------------------------------------------- checks before writing
def member_level(member_id: str) -> str:
    from siyu.members.levels import benefits  # only level-restricted sales need the members domain

    return benefits(member_id).level_key


def check_purchasable(sale: FlashSale, member_id: str) -> FlashSale:
    """Window, status and audience from the sale as cached; opens a sale whose opener is late."""
    now = clock.now_iso()
    if sale.status == CANCELLED:
        raise FlashSaleCancelled(details={"sale_id": sale.sale_id})
    if now < sale.starts_at:
        raise FlashSaleNotStarted(details={"starts_at": sale.starts_at, "server_time": now})
    if sale.status == CLOSED or now >= sale.ends_at:
        raise FlashSaleEnded(details={"ends_at": sale.ends_at, "server_time": now})
    if sale.levels and member_level(member_id) not in sale.levels:
        raise FlashSaleNotEligible(details={"levels": list(sale.levels)})
    if sale.status == SCHEDULED:
        # Started by the clock but not opened yet (the schedule fires a little late, or the
        # cache is older than the opening): look again, and open it if nobody has.
        sale = sales.get(sale.sale_id, fresh=True)
        if sale.status == SCHEDULED and clock.now_iso() >= sale.starts_at:
            sale = opening.open_sale(sale.sale_id, starts_at=sale.starts_at)
        if sale.status != OPEN:
            return check_purchasable(sale, member_id)  # moved, cancelled or closed meanwhile
    return sale


# ---------------------------------------------------------------- the purchase
def find(purchase_id: str) -> FlashPurchase | None:
    try:
        return FlashPurchase.get(*FlashPurchase.key(purchase_id), consistent_read=True)
    except FlashPurchase.DoesNotExist:
        return None


def _replay(purchase_id: str, member_id: str) -> Purchased | None:
    existing = find(purchase_id)
    if existing is not None and existing.member_id == member_id:
        return Purchased(existing, replayed=True)
    return None


def new_purchase(sale: FlashSale, member_id: str, purchase_id: str, shard: int) -> FlashPurchase:
    now = clock.now()
    return FlashPurchase(
        *FlashPurchase.key(purchase_id),
        gsi1pk=FlashPurchase.member_index_key(member_id),
        gsi1sk=f"{clock.iso(now)}#{purchase_id}",
        purchase_id=purchase_id,
        sale_id=sale.sale_id,
        member_id=member_id,
        sku=sale.sku,
        name=sale.name,
        price_fen=int(sale.sale_price_fen),
        shard=shard,
        status=HELD,
        hold_expires_at=clock.iso(now + timedelta(seconds=int(sale.hold_seconds))),
        created_at=clock.iso(now),
    )


def _stage_take(tx: Any, sale: FlashSale, unit: FlashPurchase) -> None:
    tx.update(
        StockShard(*StockShard.key(sale.sale_id, int(unit.shard))),
        actions=[StockShard.remaining.add(-1), StockShard.taken.add(1)],
        condition=(StockShard.remaining > 0) & StockShard.closed.does_not_exist(),
        return_values="ALL_OLD",
    )
    limit = int(sale.per_member_limit)
    tx.update(
        BuyCounter(*BuyCounter.key(unit.member_id, sale.sale_id)),
        actions=[BuyCounter.bought.add(1)],
        condition=BuyCounter.bought.does_not_exist() | (BuyCounter.bought < limit),
        return_values="ALL_OLD",
    )
    tx.save(unit, condition=FlashPurchase.pk.does_not_exist(), return_values="ALL_OLD")


@dataclass
class _Refusal:
    replay: bool = False
    limit: bool = False
    shard_empty: bool = False
    shard_closed: bool = False
    shard_missing: bool = False
    conflict: bool = False


def _why(exc: TransactWriteError) -> _Refusal:
    """Which item refused, by the item each cancellation reason carries back."""
    failed = cancelled(exc)  # throttling or the network, not a refusal: re-raised
    refusal = _Refusal(conflict=failed.conflict, shard_missing=failed.itemless > 0)  # only the shard can miss
    for (_, sk), raw in failed.items.items():
        if sk == "PURCHASE":
            refusal.replay = True
        elif sk.startswith("FLASHBUY#"):
            refusal.limit = True
        elif sk == "SHARD":
            if "closed" in raw:
                refusal.shard_closed = True
            else:
                refusal.shard_empty = (number(raw, "remaining") or 0) <= 0
                refusal.conflict = refusal.conflict or not refusal.shard_empty
    return refusal


def purchase(member_id: str, sale_id: str, *, request_key: str) -> Purchased:
    """Take one unit of a flash sale for a member; `request_key` is the Idempotency-Key."""
    purchase_id = purchase_id_for(member_id, sale_id, request_key)
    try:
        sale = check_purchasable(sales.get(sale_id), member_id)
        if _recently_sold_out(sale_id) or sale.sold_out:
            raise FlashSaleSoldOut(details={"sale_id": sale_id})
    except SiyuError:
        replay = _replay(purchase_id, member_id)  # a retry of a request that took a unit
        if replay is not None:
            return replay
        raise
    view = view_of(sale)
    writes = 0
    while writes < MAX_WRITES_PER_ATTEMPT:
        shard = view.pick()
        if shard is None:
            if view.refresh(sale_id):
                continue
            writes += 1
            if _mark_sold_out(sale, view):
                _remember_sold_out(sale_id)
                raise FlashSaleSoldOut(details={"sale_id": sale_id})
            continue
        unit = new_purchase(sale, member_id, purchase_id, shard)
        writes += 1
        try:
            with transaction() as tx:
                _stage_take(tx, sale, unit)
        except TransactWriteError as exc:
            refusal = _why(exc)
            if refusal.replay:
                replay = _replay(purchase_id, member_id)
                if replay is not None:
                    return replay
            if refusal.limit:
                raise FlashSaleLimitReached(details={"per_member_limit": int(sale.per_member_limit)}) from exc
            if refusal.shard_closed:
                sales.forget(sale_id)
                raise FlashSaleEnded(details={"ends_at": sale.ends_at}) from exc
            if refusal.shard_missing:
                # The sale item says OPEN but the shard is not there: only a stale cache
                # can say so. Read the sale afresh and decide again.
                sale = check_purchasable(sales.get(sale_id, fresh=True), member_id)
                view = view_of(sale)
                continue
            if refusal.shard_empty:
                view.empty(shard)
                view.refresh(sale_id)
                continue
            time.sleep(random.uniform(0, 0.005 * writes))  # a conflict: try again
            continue
        view.took(shard)
        return Purchased(unit, replayed=False)
    raise FlashSaleBusy()


def _mark_sold_out(sale: FlashSale, view: ShardView) -> bool:
    """Set the sale's sold-out flag if every shard is really empty (one transaction with a
    ConditionCheck per shard). True: sold out (now or already); False: some shard has stock
    (the view learns which) or a conflict — pick again."""
    now = clock.now_iso()
    shards = len(view.left)
    try:
        with transaction() as tx:
            for k in range(shards):
                tx.condition_check(
                    StockShard, *StockShard.key(sale.sale_id, k), condition=StockShard.remaining <= 0
                )
            tx.update(
                FlashSale(*FlashSale.key(sale.sale_id)),
                actions=[FlashSale.sold_out.set(True), FlashSale.sold_out_at.set(now)],
                condition=(FlashSale.status == OPEN) & (FlashSale.sold_out == False),  # noqa: E712
                return_values="ALL_OLD",
            )
            stage(
                tx,
                DomainEvent(
                    type="FlashSaleSoldOut",
                    data={
                        "sale_id": sale.sale_id,
                        "sku": sale.sku,
                        "stock": int(sale.stock),
                        "sold_out_at": now,
                    },
                ),
            )
    except TransactWriteError as exc:
        failed = cancelled(exc)
        # pynamodb sends ConditionChecks first, in the order staged: reason k is shard k.
        with_stock = [k for k, refused in enumerate(failed.refused[:shards]) if refused]
        for k in with_stock:
            view.has_stock(k)
        raw = failed.item(*FlashSale.key(sale.sale_id))
        if raw is not None:
            if (raw.get("sold_out") or {}).get("BOOL"):
                return not with_stock
            status = str((raw.get("status") or {}).get("S", ""))
            if status != OPEN:
                sales.forget(sale.sale_id)
                raise FlashSaleEnded(details={"status": status}) from exc
        return False
    sales.forget(sale.sale_id)
    return True


# ---------------------------------------------------------------- giving a unit back
def stage_give_back(tx: Any, unit: FlashPurchase, reason: str) -> None:
    """Add the unit's return to `tx`: the purchase HELD → RELEASED (the condition that makes
    it happen once), its shard + 1, the member's count − 1, the sale on sale again."""
    tx.update(
        FlashPurchase(*FlashPurchase.key(unit.purchase_id)),
        actions=[
            FlashPurchase.status.set(RELEASED),
            FlashPurchase.released_at.set(clock.now_iso()),
            FlashPurchase.release_reason.set(reason[:64]),
        ],
        condition=FlashPurchase.status == HELD,
    )
    tx.update(
        StockShard(*StockShard.key(unit.sale_id, int(unit.shard))),
        actions=[StockShard.remaining.add(1), StockShard.returned.add(1)],
        condition=StockShard.pk.exists(),
    )
    tx.update(
        BuyCounter(*BuyCounter.key(unit.member_id, unit.sale_id)),
        actions=[BuyCounter.bought.add(-1)],
        condition=BuyCounter.bought > 0,
    )
    tx.update(
        FlashSale(*FlashSale.key(unit.sale_id)),
        actions=[FlashSale.sold_out.set(False)],
        condition=FlashSale.pk.exists(),
    )


def stage_give_back_of(tx: Any, purchase_id: str | None, order_id: str, reason: str) -> None:
    """An order of a unit closes or is refunded (siyu.orders.returns): the unit back to its
    sale in the order's own transaction, conditional on the unit being HELD: exactly once."""
    unit = find(purchase_id or "")
    if unit is None or unit.status != HELD:
        return  # given back before (or never taken): nothing to add
    stage_give_back(tx, unit, f"order {reason}")


def release_unit(purchase_id: str, reason: str) -> bool:
    """Return a purchase's unit to its shard, exactly once (the order flow calls this when a
    flash-sale order expires unpaid or is refunded). The member's count drops with it, and
    a sold-out sale is on sale again. True: released now; False: it had been released."""
    for attempt in range(MAX_WRITES_PER_ATTEMPT):
        unit = find(purchase_id)
        if unit is None:
            raise FlashPurchaseNotFound(details={"purchase_id": purchase_id})
        if unit.status == RELEASED:
            return False
        try:
            with transaction() as tx:
                stage_give_back(tx, unit, reason)
        except TransactWriteError as exc:
            if not exc.cancellation_reasons:
                raise
            time.sleep(random.uniform(0, 0.01 * 2**attempt))
            continue  # released meanwhile, or a conflict: read again
        sales.forget(unit.sale_id)
        return True
    raise FlashSaleBusy()


# ---------------------------------------------------------------- statistics (admin)
@dataclass(frozen=True)
class StockStats:
    stock: int
    remaining: int  # the sum over the shards
    taken: int
    returned: int
    shards: list[dict[str, int]]

    @property
    def held(self) -> int:
        return self.taken - self.returned


def stats(sale: FlashSale) -> StockStats:
    """The shards as they are (one BatchGetItem); before the opening, the stock as planned."""
    if not sale.opened_at:
        return StockStats(int(sale.stock), int(sale.stock), 0, 0, [])
    keys = [StockShard.key(sale.sale_id, k) for k in range(int(sale.shard_count))]
    shards = sorted(StockShard.batch_get(keys, consistent_read=True), key=lambda s: int(s.shard))
    rows = [
        {
            "shard": int(s.shard),
            "initial": int(s.initial),
            "remaining": int(s.remaining),
            "taken": int(s.taken),
            "returned": int(s.returned),
        }
        for s in shards
    ]
    return StockStats(
        stock=int(sale.stock),
        remaining=sum(r["remaining"] for r in rows),
        taken=sum(r["taken"] for r in rows),
        returned=sum(r["returned"] for r in rows),
        shards=rows,
    )


def purchases_of(member_id: str, limit: int = 50) -> list[FlashPurchase]:
    """A member's units, newest first."""
    return list(
        FlashPurchase.gsi1.query(
            FlashPurchase.member_index_key(member_id), scan_index_forward=False, limit=limit
        )
    )
