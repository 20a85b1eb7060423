"""The points ledger: append-only entries (delta, reason, source, ref, balance after) and a
balance that never goes below zero. A (source, ref) is applied at most once per member.

Other capabilities call `stage_change` inside their own transaction (an order awarding
points with its payment) or `change` for a change on its own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu.db import transaction
from siyu.errors import IdempotencyKeyReused, define_error
from siyu.members import account, rules
from siyu.members.account import (
    ATTEMPTS,
    AccountChange,
    InsufficientPoints,
    MemberBusy,
    PointsChange,
    check_source_ref,
    explain,
)
from siyu.members.models import LedgerEntry, Member, RefGuard, member_pk

__all__ = [
    "InsufficientPoints",
    "LedgerPage",
    "MemberBusy",
    "PointsAlreadyApplied",
    "PointsChange",
    "adjust",
    "already_applied",
    "balance_moved",
    "change",
    "ledger",
    "stage_change",
]

PointsAlreadyApplied = define_error("POINTS_ALREADY_APPLIED", 409, "该积分变动已处理过")
MemberNotFound = define_error("MEMBER_NOT_FOUND", 404, "会员不存在")


def _first_result(member_id: str, source: str, ref: str) -> PointsChange | None:
    try:
        guard = RefGuard.get(*RefGuard.key(member_id, source, ref), consistent_read=True)
    except RefGuard.DoesNotExist:
        return None
    return PointsChange.of_guard(guard)


def stage_change(
    tx: TransactWrite,
    member_id: str,
    delta: int,
    *,
    reason: str,
    source: str,
    ref: str,
    actor: str | None = None,
) -> None:
    """Add a points change to the caller's transaction: the balance update (condition: the
    balance read is current and stays >= 0), the ledger entry and the (source, ref) guard.

    Reads the account once. Raises POINTS_INSUFFICIENT now if the balance cannot cover it.
    At commit, the transaction fails if (source, ref) was applied before (`already_applied`
    returns that first result) or if the member's account changed since the read
    (`balance_moved`: run the whole transaction again). One change per member per transaction.
    """
    check_source_ref(source, ref)
    change = AccountChange(account.read(member_id), rules.load().levels)
    try:
        change.points(delta, reason=reason, source=source, ref=ref, actor=actor)
    except InsufficientPoints:
        first = _first_result(member_id, source, ref)
        if first is not None:
            raise PointsAlreadyApplied(details=asdict(first)) from None
        raise
    change.stage(tx)


def already_applied(exc: BaseException, member_id: str | None = None) -> PointsChange | None:
    """The first result if `exc` says this (source, ref) had been applied already, else None."""
    if isinstance(exc, PointsAlreadyApplied) and isinstance(exc.details, dict):
        return PointsChange(**exc.details)
    if isinstance(exc, TransactWriteError):
        try:
            guard = explain(exc).guard(member_id)
        except TransactWriteError:
            return None
        return PointsChange.of_guard(guard) if guard is not None else None
    return None


def balance_moved(exc: TransactWriteError, member_id: str) -> bool:
    """True if the transaction lost a race on the member's account: retry it as a whole."""
    try:
        failure = explain(exc)
    except TransactWriteError:
        return False
    return failure.guard(member_id) is None and (
        failure.raw(*account.Account.key(member_id)) is not None or failure.unexplained > 0
    )


def change(
    member_id: str,
    delta: int,
    *,
    reason: str,
    source: str,
    ref: str,
    actor: str | None = None,
) -> PointsChange:
    """Apply a points change in its own transaction. Idempotent: a repeat of (source, ref)
    returns the first result and writes nothing."""
    check_source_ref(source, ref)
    levels = rules.load().levels
    snapshot = account.read(member_id)
    for _ in range(ATTEMPTS):
        pending = AccountChange(snapshot, levels)
        try:
            entry = pending.points(delta, reason=reason, source=source, ref=ref, actor=actor)
        except InsufficientPoints:
            first = _first_result(member_id, source, ref)
            if first is not None:
                return first
            raise
        try:
            with transaction() as tx:
                pending.stage(tx)
        except TransactWriteError as exc:
            failure = explain(exc)
            guard = failure.guard(member_id)
            if guard is not None:
                return PointsChange.of_guard(guard)
            snapshot = failure.account(member_id) or account.read(member_id)
            continue
        pending.committed()
        return entry
    raise MemberBusy()


def adjust(member_id: str, delta: int, *, reason: str, admin_id: str, key: str) -> PointsChange:
    """An operator's manual adjustment, recorded with the admin's id; `key` (the request's
    Idempotency-Key) makes a retry return the first result."""
    try:
        Member.get(*Member.key(member_id))
    except Member.DoesNotExist:
        raise MemberNotFound() from None
    result = change(member_id, delta, reason=reason, source="admin", ref=key, actor=admin_id)
    if (result.delta, result.reason, result.actor) != (delta, reason, admin_id):
        raise IdempotencyKeyReused()
    return result


@dataclass(frozen=True)
class LedgerPage:
    balance: int
    earned_total: int
    entries: list[PointsChange]
    next_cursor: str | None


def ledger(member_id: str, *, limit: int = 20, cursor: str | None = None) -> LedgerPage:
    """Newest entries first; `cursor` is the `next_cursor` of the previous page."""
    snapshot = account.read(member_id)
    upper = snapshot.seq if cursor is None else min(snapshot.seq, int(cursor) - 1)
    if upper < 1:
        return LedgerPage(snapshot.balance, snapshot.earned_total, [], None)
    items = LedgerEntry.query(
        member_pk(member_id),
        LedgerEntry.sk.between("LEDGER#0000000001", f"LEDGER#{upper:010d}"),
        scan_index_forward=False,
        limit=limit,
        consistent_read=True,
    )
    entries = [PointsChange.of_entry(item) for item in items]
    last = entries[-1].seq if entries else 0
    next_cursor = str(last) if len(entries) == limit and last > 1 else None
    return LedgerPage(snapshot.balance, snapshot.earned_total, entries, next_cursor)
