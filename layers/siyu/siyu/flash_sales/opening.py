"""Opening and closing a sale, and the reminders sent when it opens.

Both transitions are one conditional transaction, so running them twice (Scheduler
delivers at least once; a purchase may open a sale whose schedule is late) has the effect
of running them once:

- open: SCHEDULED → OPEN on the version read, the K stock shards created, FlashSaleOpened;
- close: SCHEDULED/OPEN → CLOSED, every shard marked closed (no unit is taken after it,
  whatever a container has cached), FlashSaleClosed.

Reminders: a member asks once per sale (`POST /v1/flash-sales/{id}/remind`); the opener
sends each pending one as a Kuaishou subscribe message after claiming it (PENDING →
SENDING, conditional), so a second run never sends twice. A send that cannot reach
Kuaishou goes back to PENDING for the opener's retry; a refusal is recorded as FAILED.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from pynamodb.exceptions import PutError, TransactWriteError, UpdateError

from siyu import clock
from siyu.config import get_settings
from siyu.db import transaction
from siyu.errors import KuaishouUnavailable
from siyu.events import DomainEvent, stage
from siyu.flash_sales import sales
from siyu.flash_sales.errors import FlashSaleBusy, FlashSaleReminderClosed, MemberNotFound
from siyu.flash_sales.models import (
    CLOSED,
    FAILED,
    OPEN,
    PENDING,
    SCHEDULED,
    SENDING,
    SENT,
    FlashSale,
    Reminder,
    StockShard,
)
from siyu.kuaishou import KuaishouCallError, client
from siyu.members.models import Member
from siyu.money import yuan
from siyu.observability import logger

ATTEMPTS = 4
REMINDER_PAGE = "pages/flash-sale/index"
REMINDER_SENDS_PER_SECOND = 50  # half of Kuaishou's 100 QPS: other capabilities send too


def split(stock: int, shards: int) -> list[int]:
    """Stock over min(K, stock) shards, as even as integers allow (the first get the rest)."""
    count = max(1, min(shards, stock))
    base, extra = divmod(stock, count)
    return [base + (1 if k < extra else 0) for k in range(count)]


# ---------------------------------------------------------------- open
def open_sale(sale_id: str, *, starts_at: str | None = None) -> FlashSale:
    """Open a SCHEDULED sale: its shards, OPEN, FlashSaleOpened — once. With `starts_at` (a
    schedule's input), a sale that has moved since is left alone. Returns the sale as it is."""
    for _ in range(ATTEMPTS):
        sale = sales.get(sale_id, fresh=True)
        if sale.status != SCHEDULED or (starts_at is not None and sale.starts_at != starts_at):
            return sale
        counts = split(int(sale.stock), int(sale.shard_count))
        now = clock.now_iso()
        try:
            with transaction() as tx:
                tx.update(
                    sale,
                    actions=[
                        FlashSale.status.set(OPEN),
                        FlashSale.opened_at.set(now),
                        FlashSale.shard_count.set(len(counts)),
                        FlashSale.version.add(1),
                        FlashSale.updated_at.set(now),
                    ],
                    condition=(FlashSale.status == SCHEDULED) & (FlashSale.version == sale.version),
                )
                for k, units in enumerate(counts):
                    tx.save(
                        StockShard(
                            *StockShard.key(sale_id, k),
                            sale_id=sale_id,
                            shard=k,
                            initial=units,
                            remaining=units,
                            taken=0,
                            returned=0,
                        ),
                        condition=StockShard.pk.does_not_exist(),
                    )
                stage(
                    tx,
                    DomainEvent(
                        type="FlashSaleOpened",
                        data={
                            "sale_id": sale_id,
                            "sku": sale.sku,
                            "name": sale.name,
                            "sale_price_fen": int(sale.sale_price_fen),
                            "stock": int(sale.stock),
                            "starts_at": sale.starts_at,
                            "ends_at": sale.ends_at,
                            "shards": len(counts),
                        },
                    ),
                )
        except TransactWriteError as exc:
            if not exc.cancellation_reasons:
                raise
            continue  # opened or edited meanwhile: read again
        logger.info("flash sale opened", extra={"sale_id": sale_id, "shards": len(counts)})
        return sales.get(sale_id, fresh=True)
    raise FlashSaleBusy()


# ---------------------------------------------------------------- close
def close_sale(sale_id: str, *, ends_at: str | None = None) -> FlashSale:
    """Close a sale at its end: CLOSED, shards closed, FlashSaleClosed — once. With `ends_at`
    (a schedule's input), a sale whose end has moved since is left alone."""
    for _ in range(ATTEMPTS):
        sale = sales.get(sale_id, fresh=True)
        if sale.status not in (SCHEDULED, OPEN) or (ends_at is not None and sale.ends_at != ends_at):
            return sale
        now = clock.now_iso()
        try:
            with transaction() as tx:
                tx.update(
                    sale,
                    actions=[
                        FlashSale.status.set(CLOSED),
                        FlashSale.closed_at.set(now),
                        FlashSale.version.add(1),
                        FlashSale.updated_at.set(now),
                    ],
                    condition=(FlashSale.status == sale.status) & (FlashSale.version == sale.version),
                )
                if sale.status == OPEN:
                    for k in range(int(sale.shard_count)):
                        tx.update(
                            StockShard(*StockShard.key(sale_id, k)),
                            actions=[StockShard.closed.set(True)],
                            condition=StockShard.pk.exists(),
                        )
                stage(
                    tx,
                    DomainEvent(
                        type="FlashSaleClosed",
                        data={"sale_id": sale_id, "sku": sale.sku, "opened": sale.status == OPEN},
                    ),
                )
        except TransactWriteError as exc:
            if not exc.cancellation_reasons:
                raise
            continue
        logger.info("flash sale closed", extra={"sale_id": sale_id})
        sales.forget(sale_id)
        return sales.get(sale_id, fresh=True)
    raise FlashSaleBusy()


# ---------------------------------------------------------------- reminders
@dataclass(frozen=True)
class Subscribed:
    reminder: Reminder
    replayed: bool


def remind(member_id: str, sale_id: str) -> Subscribed:
    """Ask to be reminded when the sale opens; once per member and sale (a natural key)."""
    sale = sales.get(sale_id)
    if sale.status != SCHEDULED or clock.now_iso() >= sale.starts_at:
        raise FlashSaleReminderClosed(details={"status": sale.status, "starts_at": sale.starts_at})
    try:
        member = Member.get(*Member.key(member_id))
    except Member.DoesNotExist as exc:
        raise MemberNotFound(details={"member_id": member_id}) from exc
    reminder = Reminder(
        *Reminder.key(sale_id, member_id),
        sale_id=sale_id,
        member_id=member_id,
        open_id=member.open_id,
        status=PENDING,
        created_at=clock.now_iso(),
    )
    try:
        reminder.save(condition=Reminder.pk.does_not_exist())
    except PutError as exc:
        if getattr(exc, "cause_response_code", None) != "ConditionalCheckFailedException":
            raise
        return Subscribed(Reminder.get(*Reminder.key(sale_id, member_id), consistent_read=True), True)
    return Subscribed(reminder, False)


def is_reminded(member_id: str, sale_id: str) -> bool:
    try:
        Reminder.get(*Reminder.key(sale_id, member_id))
    except Reminder.DoesNotExist:
        return False
    return True


@dataclass(frozen=True)
class ReminderReport:
    sent: int = 0
    failed: int = 0
    pending: int = 0  # left for a retry (Kuaishou unreachable, or out of time)


def message_data(sale: FlashSale) -> dict[str, dict[str, str]]:
    """Subscribe-message fields (type + two-digit index; thing ≤ 20 characters)."""
    return {
        "thing01": {"value": sale.name[:20]},
        "amount01": {"value": yuan(int(sale.sale_price_fen))},
        "thing02": {"value": "秒杀已开始，数量有限，快来抢购"},
    }


def send_reminders(sale_id: str, *, time_left: Callable[[], float] | None = None) -> ReminderReport:
    """Send every pending reminder of an OPEN sale, at most REMINDER_SENDS_PER_SECOND.
    `time_left()` (seconds) stops the loop in time for the function to report what is left."""
    sale = sales.get(sale_id, fresh=True)
    if sale.status != OPEN:
        return ReminderReport()
    template_id = get_settings().flash_sale_reminder_template_id
    data = message_data(sale)
    sent = failed = pending = 0
    interval = 1.0 / REMINDER_SENDS_PER_SECOND
    next_send = time.monotonic()
    for reminder in Reminder.query(Reminder.partition(sale_id), filter_condition=Reminder.status == PENDING):
        if time_left is not None and time_left() < 5.0:
            pending += 1
            continue
        try:
            reminder.update(actions=[Reminder.status.set(SENDING)], condition=Reminder.status == PENDING)
        except UpdateError:
            continue  # another run has it
        time.sleep(max(0.0, next_send - time.monotonic()))
        next_send = time.monotonic() + interval
        try:
            client().send_subscribe_message(
                reminder.open_id, template_id, f"{REMINDER_PAGE}?id={sale_id}", data
            )
        except KuaishouCallError as exc:
            failed += 1
            reminder.update(actions=[Reminder.status.set(FAILED), Reminder.error.set(f"{exc.result}")])
            continue
        except KuaishouUnavailable:
            pending += 1
            reminder.update(actions=[Reminder.status.set(PENDING)])
            continue
        sent += 1
        reminder.update(actions=[Reminder.status.set(SENT), Reminder.sent_at.set(clock.now_iso())])
    return ReminderReport(sent=sent, failed=failed, pending=pending)


def reminder_counts(sale_id: str) -> dict[str, int]:
    counts = {PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0}
    for reminder in Reminder.query(Reminder.partition(sale_id)):
        counts[reminder.status] = counts.get(reminder.status, 0) + 1
    return {k.lower(): v for k, v in counts.items()}
