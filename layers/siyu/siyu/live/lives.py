"""Live streams: what operators create, move and cancel, and what members see."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError, UpdateError

from siyu import clock
from siyu.coupons.errors import CodeExists
from siyu.coupons.models import ACTIVE as CODE_ACTIVE
from siyu.coupons.models import DISABLED as CODE_DISABLED
from siyu.db import transaction
from siyu.errors import SiyuError, ValidationFailed, define_error
from siyu.ids import new_id
from siyu.live import exclusive, schedules
from siyu.live.models import ACTIVE as RESERVATION_ACTIVE
from siyu.live.models import CANCELLED, LIVES_INDEX_KEY, SCHEDULED, Live, LiveCreation, Reservation
from siyu.live.schemas import ExclusiveCoupon, LivePatch, LiveSpec, LiveState, check_window
from siyu.txn import cancelled

LiveNotFound = define_error("LIVE_NOT_FOUND", 404, "直播不存在")
LiveCancelled = define_error("LIVE_CANCELLED", 409, "直播已取消")
LiveEnded = define_error("LIVE_ENDED", 409, "直播已结束")
LiveStarted = define_error("LIVE_ALREADY_STARTED", 409, "直播已开始，不能再修改开播时间或提醒")
LiveChanged = define_error("LIVE_CHANGED", 409, "直播信息刚被修改，请刷新后重试")

# How long a create request remembers its live (longer than an Idempotency-Key's answer).
CREATE_REQUEST_TTL = timedelta(days=2)
MEMBER_LIST_LIMIT = 50


def _invalid(field: str, reason: str, message: str) -> SiyuError:
    return ValidationFailed(details=[{"field": field, "reason": reason, "message": message}])


# ---------------------------------------------------------------- reading
def get_live(live_id: str) -> Live:
    try:
        return Live.get(*Live.key(live_id))
    except Live.DoesNotExist as exc:
        raise LiveNotFound(details={"live_id": live_id}) from exc


def find_live(live_id: str, *, consistent: bool = False) -> Live | None:
    try:
        return Live.get(*Live.key(live_id), consistent_read=consistent)
    except Live.DoesNotExist:
        return None


def state(live: Live, now: datetime | None = None) -> LiveState:
    now = now or clock.now()
    if live.status == CANCELLED:
        return "CANCELLED"
    if now < clock.parse_iso(live.starts_at):
        return "UPCOMING"
    return "ON_AIR" if now < clock.parse_iso(live.ends_at) else "ENDED"


def reminders_of(live: Live) -> list[dict[str, Any]]:
    return [
        {
            "offset_minutes": int(offset),
            "reminder_key": schedules.reminder_key(int(live.schedule_version), int(offset)),
            "fire_at": clock.iso(schedules.fire_at(live.starts_at, int(offset))),
        }
        for offset in live.reminder_offsets
    ]


def admin_view(live: Live) -> dict[str, Any]:
    return {
        "live_id": live.live_id,
        "title": live.title,
        "cover_url": live.cover_url,
        "host_name": live.host_name,
        "starts_at": live.starts_at,
        "ends_at": live.ends_at,
        "live_room": live.live_room,
        "reminder_offsets": [int(o) for o in live.reminder_offsets],
        "reminders": reminders_of(live),
        "status": live.status,
        "state": state(live),
        "revision": int(live.revision),
        "schedule_version": int(live.schedule_version),
        "schedule_status": live.schedule_status,
        "exclusive_coupon": exclusive.admin_view(live),
        "created_at": live.created_at,
        "updated_at": live.updated_at,
    }


def member_view(live: Live, reserved: bool, now: datetime) -> dict[str, Any]:
    return {
        "live_id": live.live_id,
        "title": live.title,
        "cover_url": live.cover_url,
        "host_name": live.host_name,
        "starts_at": live.starts_at,
        "ends_at": live.ends_at,
        "live_room": live.live_room,
        "state": state(live, now),
        "reserved": reserved,
        "exclusive_coupon": exclusive.member_view(live, now),
    }


def list_lives(ended_after: datetime | None = None, limit: int = 100) -> list[Live]:
    """Lives (any status) ending after `ended_after` (default: 7 days ago), by end time."""
    since = clock.iso(ended_after or clock.now() - timedelta(days=7))
    return list(Live.by_end.query(LIVES_INDEX_KEY, Live.gsi1sk > since, limit=limit))


def _reserved_ids(member_id: str, lives: list[Live]) -> set[str]:
    if not lives:
        return set()
    keys = [Reservation.key(live.live_id, member_id) for live in lives]
    return {
        r.live_id
        for r in Reservation.batch_get(keys, attributes_to_get=["live_id", "status"])
        if r.status == RESERVATION_ACTIVE
    }


def member_lives(member_id: str) -> tuple[datetime, list[dict[str, Any]]]:
    """Upcoming and on-air lives, soonest first, with the member's reservation state."""
    now = clock.now()
    lives = list(
        Live.by_end.query(
            LIVES_INDEX_KEY,
            Live.gsi1sk > clock.iso(now),
            filter_condition=Live.status == SCHEDULED,
            limit=MEMBER_LIST_LIMIT,
        )
    )
    lives.sort(key=lambda live: (live.starts_at, live.live_id))
    reserved = _reserved_ids(member_id, lives)
    return now, [member_view(live, live.live_id in reserved, now) for live in lives]


def member_live(live_id: str, member_id: str) -> tuple[datetime, dict[str, Any]]:
    live = get_live(live_id)
    return clock.now(), member_view(live, bool(_reserved_ids(member_id, [live])), clock.now())


# ---------------------------------------------------------------- changing
def _set_schedule_status(live: Live, ok: bool) -> None:
    status = "OK" if ok else "FAILED"
    if live.schedule_status != status:
        live.update(actions=[Live.schedule_status.set(status)], condition=Live.pk.exists())


def _sync_schedules(
    live: Live, previous_offsets: list[int] | None = None, *, cancelled: bool = False
) -> None:
    ok = schedules.sync(
        live.live_id,
        live.starts_at,
        [int(o) for o in live.reminder_offsets],
        int(live.schedule_version),
        previous_offsets=previous_offsets or [],
        cancelled=cancelled or live.status == CANCELLED,
    )
    _set_schedule_status(live, ok)


def _request_id(admin_id: str, request_key: str) -> str:
    return hashlib.sha256(f"{admin_id}\x1f{request_key}".encode()).hexdigest()[:32]


def _coupon_actions(coupon: ExclusiveCoupon | None, code: str | None) -> list[Any]:
    fields: tuple[Any, ...] = (
        Live.coupon_template_id,
        Live.coupon_code,
        Live.coupon_max_uses,
        Live.coupon_per_member_limit,
        Live.coupon_grace_minutes,
    )
    if coupon is None:
        return [field.remove() for field in fields]
    values = (coupon.template_id, code, coupon.max_uses, coupon.per_member_limit, coupon.grace_minutes)
    return [
        field.set(value) if value is not None else field.remove()
        for field, value in zip(fields, values, strict=True)
    ]


def create_live(spec: LiveSpec, admin_id: str, *, request_key: str | None = None) -> Live:
    """Create the live and its exclusive code (if any) in ONE TransactWriteItems across the
    campaigns and commerce tables: a taken code or an unknown template leaves nothing behind.

    With `request_key` (the Idempotency-Key) the same transaction records which live this
    request made. The schedules are synced after the commit (an idempotent upsert); should
    the Lambda die in between, or before the Idempotency-Key's answer is stored, the same
    request running again finds its live (and syncs the schedules) instead of making a
    second live and a second code."""
    now = clock.now()
    if spec.starts_at <= now:
        raise _invalid("starts_at", "in_past", "starts_at must be in the future")
    live_id = new_id()
    starts_at, ends_at = clock.iso(spec.starts_at), clock.iso(spec.ends_at)
    coupon = spec.exclusive_coupon
    code = (coupon.code or exclusive.free_code()) if coupon else None
    live = Live(
        *Live.key(live_id),
        gsi1sk=Live.index_sort_key(ends_at, live_id),
        live_id=live_id,
        title=spec.title,
        cover_url=str(spec.cover_url),
        host_name=spec.host_name,
        starts_at=starts_at,
        ends_at=ends_at,
        live_room=spec.live_room,
        reminder_offsets=list(spec.reminder_offsets),
        status=SCHEDULED,
        revision=1,
        schedule_version=1,
        schedule_status="PENDING",
        coupon_template_id=coupon.template_id if coupon else None,
        coupon_code=code,
        coupon_max_uses=coupon.max_uses if coupon else None,
        coupon_per_member_limit=coupon.per_member_limit if coupon else None,
        coupon_grace_minutes=coupon.grace_minutes if coupon else None,
        created_by=admin_id,
        created_at=clock.iso(now),
        updated_at=clock.iso(now),
    )
    request = _request_id(admin_id, request_key) if request_key else None
    try:
        with transaction() as tx:
            if request:
                creation = LiveCreation(
                    *LiveCreation.key(request), live_id=live_id, ttl=clock.epoch(now + CREATE_REQUEST_TTL)
                )
                tx.save(creation, condition=LiveCreation.pk.does_not_exist())
            tx.save(live, condition=Live.pk.does_not_exist())
            if coupon and code:
                exclusive.stage_create(tx, live_id, coupon, code, starts_at, ends_at)
    except TransactWriteError as exc:
        refused = cancelled(exc).refused
        if request and refused[:1] == [True]:
            return _created_by_request(request)
        if coupon and refused[-1:] == [True]:
            raise CodeExists(details={"code": code}) from exc
        raise
    _sync_schedules(live)
    return live


def _created_by_request(request: str) -> Live:
    creation = LiveCreation.get(*LiveCreation.key(request), consistent_read=True)
    live = find_live(creation.live_id, consistent=True)
    if live is None:
        raise LiveNotFound(details={"live_id": creation.live_id})
    _sync_schedules(live)  # the first run may have died before it synced them
    return live


@dataclass(frozen=True)
class _CouponChange:
    """What a PATCH does to the exclusive coupon: the settings to store (None: remove), the
    code, whether to create it, and the code the live stops naming (disabled)."""

    coupon: ExclusiveCoupon | None
    code: str | None
    create: bool
    retire: str | None


def _plan_coupon(live: Live, wanted: ExclusiveCoupon | None) -> _CouponChange:
    """Decide before writing anything; a taken code or an unusable template is refused here."""
    current = live.coupon_code
    if wanted is None:
        return _CouponChange(None, None, create=False, retire=current)
    same_template = bool(current) and live.coupon_template_id == wanted.template_id
    code = wanted.code or (current if same_template else None)
    if code is not None and code == current and same_template:
        return _CouponChange(wanted, code, create=False, retire=None)  # new limits or grace
    exclusive.check_template(wanted.template_id)
    if code is None:
        code, found = exclusive.free_code(), None
    else:
        found = exclusive.find_code(code)
        if found is not None and not exclusive.is_ours(found, live.live_id, wanted.template_id):
            raise CodeExists(details={"code": code})
    return _CouponChange(wanted, code, create=found is None, retire=current if current != code else None)


def _write_change(
    live: Live, actions: list[Any], condition: Any, change: _CouponChange | None, starts_at: str, ends_at: str
) -> bool:
    """The live's conditional update, with the new code in the same transaction if there is
    one (then True). LIVE_CHANGED when the live changed since it was read."""
    if change is None or not change.create or change.coupon is None or not change.code:
        try:
            live.update(actions=actions, condition=condition)
        except UpdateError as exc:
            raise LiveChanged() from exc
        return False
    try:
        with transaction() as tx:
            tx.update(live, actions=actions, condition=condition)
            exclusive.stage_create(tx, live.live_id, change.coupon, change.code, starts_at, ends_at)
    except TransactWriteError as exc:
        refused = cancelled(exc).refused
        if refused[1:2] == [True]:
            raise CodeExists(details={"code": change.code}) from exc
        if refused[:1] == [True]:
            raise LiveChanged() from exc
        raise
    return True


@dataclass(frozen=True)
class _Timing:
    starts_at: datetime
    ends_at: datetime
    offsets: list[int]
    changed: bool  # a new start or new offsets: the schedules move


def _checked_timing(live: Live, patch: LivePatch, now: datetime) -> _Timing:
    """The start, end and offsets after the patch, refused when the live cannot take them."""
    if live.status == CANCELLED:
        raise LiveCancelled()
    current_start, current_end = clock.parse_iso(live.starts_at), clock.parse_iso(live.ends_at)
    if current_end <= now:
        raise LiveEnded()
    starts_at = patch.starts_at or current_start
    ends_at = patch.ends_at or current_end
    raw_offsets = patch.reminder_offsets if patch.reminder_offsets is not None else live.reminder_offsets
    offsets = [int(o) for o in raw_offsets]
    changed = starts_at != current_start or offsets != [int(o) for o in live.reminder_offsets]
    if changed and current_start <= now:
        raise LiveStarted()
    if starts_at != current_start and starts_at <= now:
        raise _invalid("starts_at", "in_past", "starts_at must be in the future")
    if ends_at <= now:
        raise _invalid("ends_at", "in_past", "ends_at must be in the future")
    try:
        check_window(starts_at, ends_at)
    except ValueError as exc:
        raise _invalid("ends_at", "window", str(exc)) from exc
    return _Timing(starts_at, ends_at, offsets, changed)


def _patch_actions(live: Live, patch: LivePatch, timing: _Timing, now: datetime) -> list[Any]:
    actions: list[Any] = [Live.revision.add(1), Live.updated_at.set(clock.iso(now))]
    for name in ("title", "host_name", "live_room"):
        value = getattr(patch, name)
        if value is not None:
            actions.append(getattr(Live, name).set(value))
    if patch.cover_url is not None:
        actions.append(Live.cover_url.set(str(patch.cover_url)))
    if patch.starts_at is not None:
        actions.append(Live.starts_at.set(clock.iso(timing.starts_at)))
    if patch.ends_at is not None:
        ends = clock.iso(timing.ends_at)
        actions += [Live.ends_at.set(ends), Live.gsi1sk.set(Live.index_sort_key(ends, live.live_id))]
    if patch.reminder_offsets is not None:
        actions.append(Live.reminder_offsets.set(list(timing.offsets)))
    if timing.changed:
        actions.append(Live.schedule_version.add(1))
    return actions


def update_live(live_id: str, patch: LivePatch) -> Live:
    """Apply a change; a new start or new offsets bump `schedule_version` and move the
    schedules; the exclusive code's window follows the start and end. Conditional on the
    revision read, so two concurrent edits cannot both win."""
    live = get_live(live_id)
    now = clock.now()
    timing = _checked_timing(live, patch, now)
    starts_at, ends_at = timing.starts_at, timing.ends_at
    change = (
        _plan_coupon(live, patch.exclusive_coupon) if "exclusive_coupon" in patch.model_fields_set else None
    )
    previous_offsets = [int(o) for o in live.reminder_offsets]
    actions = _patch_actions(live, patch, timing, now)
    if change is not None:
        actions.extend(_coupon_actions(change.coupon, change.code))
    condition = (Live.revision == live.revision) & (Live.status == SCHEDULED)

    # A code the live stops naming is disabled BEFORE the live changes, so no code is ever
    # left on without a live that names it; if the change then fails, the live still names
    # the code and it is switched back on. A new code is created in the live's transaction.
    retire = change.retire if change else None
    if retire:
        exclusive.set_status(retire, CODE_DISABLED)
    try:
        created = _write_change(live, actions, condition, change, clock.iso(starts_at), clock.iso(ends_at))
    except Exception:
        if retire:
            exclusive.set_status(retire, CODE_ACTIVE)
        raise
    if created:
        live.refresh(consistent_read=True)  # a transaction does not return the new item
    _sync_schedules(live, previous_offsets)
    # The code follows the live (window, limits); on again if the operator set the coupon.
    exclusive.sync(live, activate=change is not None and change.coupon is not None)
    return live


def cancel_live(live_id: str) -> Live:
    """Cancel (idempotent): delete the live's pending schedules and disable its code."""
    live = get_live(live_id)
    if live.status != CANCELLED:
        try:
            live.update(
                actions=[
                    Live.status.set(CANCELLED),
                    Live.revision.add(1),
                    Live.updated_at.set(clock.now_iso()),
                ],
                condition=Live.status == SCHEDULED,
            )
        except UpdateError:
            # cancelled concurrently: same outcome (read back consistently, so the code is disabled)
            live = find_live(live_id, consistent=True) or live
    _sync_schedules(live, cancelled=True)
    exclusive.sync(live)
    return live
