"""Live streams: what operators create, move and cancel, and what members see."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, HttpUrl, ValidationInfo, field_validator
from pynamodb.exceptions import UpdateError

from siyu import clock
from siyu.errors import SiyuError, ValidationFailed, define_error
from siyu.ids import new_id
from siyu.live import schedules
from siyu.live.models import ACTIVE as RESERVATION_ACTIVE
from siyu.live.models import CANCELLED, LIVES_INDEX_KEY, SCHEDULED, Live, Reservation

LiveNotFound = define_error("LIVE_NOT_FOUND", 404, "直播不存在")
LiveCancelled = define_error("LIVE_CANCELLED", 409, "直播已取消")
LiveEnded = define_error("LIVE_ENDED", 409, "直播已结束")
LiveStarted = define_error("LIVE_ALREADY_STARTED", 409, "直播已开始，不能再修改开播时间或提醒")
LiveChanged = define_error("LIVE_CHANGED", 409, "直播信息刚被修改，请刷新后重试")

MAX_DURATION = timedelta(hours=24)
DEFAULT_REMINDER_OFFSETS = [10]
MEMBER_LIST_LIMIT = 50

LiveState = Literal["UPCOMING", "ON_AIR", "ENDED", "CANCELLED"]


def _text(value: str | None) -> str | None:
    if value is not None and (not value.strip() or not value.isprintable()):
        raise ValueError("must be printable and not blank")
    return value.strip() if value is not None else None


def _https(value: HttpUrl | None) -> HttpUrl | None:
    if value is not None and value.scheme != "https":
        raise ValueError("must be an https URL")
    return value


def _offsets(value: list[int] | None) -> list[int] | None:
    if value is not None and len(set(value)) != len(value):
        raise ValueError("reminder offsets must be distinct")
    return sorted(value, reverse=True) if value is not None else None


# Minutes before the start (0 = at the start).
ReminderOffset = Annotated[int, Field(ge=0, le=1440)]


class LiveSpec(BaseModel):
    """A new live stream."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=40, description="the reminder shows its first 20 chars")
    cover_url: HttpUrl = Field(description="https")
    host_name: str = Field(min_length=1, max_length=20, description="the host (主播)")
    starts_at: AwareDatetime
    ends_at: AwareDatetime = Field(description="expected end; at most 24 h after the start")
    live_room: str = Field(min_length=1, max_length=256, description="Kuaishou live-room link or id")
    reminder_offsets: list[ReminderOffset] = Field(
        default_factory=lambda: list(DEFAULT_REMINDER_OFFSETS),
        min_length=1,
        max_length=5,
        description="reminders, in minutes before the start (0 = at the start)",
    )

    _texts = field_validator("title", "host_name", "live_room")(_text)
    _cover = field_validator("cover_url")(_https)
    _reminders = field_validator("reminder_offsets")(_offsets)

    @field_validator("ends_at")
    @classmethod
    def _window(cls, ends_at: datetime, info: ValidationInfo) -> datetime:
        if "starts_at" in info.data:  # (a bad starts_at is reported on its own)
            _check_window(info.data["starts_at"], ends_at)
        return ends_at


class LivePatch(BaseModel):
    """Changes to a live stream; moving `starts_at` moves its reminders."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=40)
    cover_url: HttpUrl | None = None
    host_name: str | None = Field(default=None, min_length=1, max_length=20)
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    live_room: str | None = Field(default=None, min_length=1, max_length=256)
    reminder_offsets: list[ReminderOffset] | None = Field(default=None, min_length=1, max_length=5)

    _texts = field_validator("title", "host_name", "live_room")(_text)
    _cover = field_validator("cover_url")(_https)
    _reminders = field_validator("reminder_offsets")(_offsets)


def _check_window(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValueError("ends_at must be after starts_at")
    if ends_at - starts_at > MAX_DURATION:
        raise ValueError("a live lasts at most 24 hours")


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


def create_live(spec: LiveSpec, admin_id: str) -> Live:
    now = clock.now()
    if spec.starts_at <= now:
        raise _invalid("starts_at", "in_past", "starts_at must be in the future")
    live_id = new_id()
    starts_at, ends_at = clock.iso(spec.starts_at), clock.iso(spec.ends_at)
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
        created_by=admin_id,
        created_at=clock.iso(now),
        updated_at=clock.iso(now),
    )
    live.save(condition=Live.pk.does_not_exist())
    ok = schedules.sync(live_id, starts_at, list(spec.reminder_offsets), 1)
    _set_schedule_status(live, ok)
    return live


def update_live(live_id: str, patch: LivePatch) -> Live:
    """Apply a change; a new start or new offsets bump `schedule_version` and move the
    schedules. Conditional on the revision read, so two concurrent edits cannot both win."""
    live = get_live(live_id)
    now = clock.now()
    if live.status == CANCELLED:
        raise LiveCancelled()
    current_start, current_end = clock.parse_iso(live.starts_at), clock.parse_iso(live.ends_at)
    if current_end <= now:
        raise LiveEnded()
    starts_at = patch.starts_at or current_start
    ends_at = patch.ends_at or current_end
    offsets = patch.reminder_offsets if patch.reminder_offsets is not None else list(live.reminder_offsets)
    timing_changed = starts_at != current_start or [int(o) for o in offsets] != [
        int(o) for o in live.reminder_offsets
    ]
    if timing_changed and current_start <= now:
        raise LiveStarted()
    if starts_at != current_start and starts_at <= now:
        raise _invalid("starts_at", "in_past", "starts_at must be in the future")
    if ends_at <= now:
        raise _invalid("ends_at", "in_past", "ends_at must be in the future")
    try:
        _check_window(starts_at, ends_at)
    except ValueError as exc:
        raise _invalid("ends_at", "window", str(exc)) from exc

    previous_offsets = [int(o) for o in live.reminder_offsets]
    actions: list[Any] = [Live.revision.add(1), Live.updated_at.set(clock.iso(now))]
    for name in ("title", "host_name", "live_room"):
        value = getattr(patch, name)
        if value is not None:
            actions.append(getattr(Live, name).set(value))
    if patch.cover_url is not None:
        actions.append(Live.cover_url.set(str(patch.cover_url)))
    if patch.starts_at is not None:
        actions.append(Live.starts_at.set(clock.iso(starts_at)))
    if patch.ends_at is not None:
        actions.append(Live.ends_at.set(clock.iso(ends_at)))
        actions.append(Live.gsi1sk.set(Live.index_sort_key(clock.iso(ends_at), live_id)))
    if patch.reminder_offsets is not None:
        actions.append(Live.reminder_offsets.set(list(offsets)))
    if timing_changed:
        actions.append(Live.schedule_version.add(1))
    try:
        live.update(actions=actions, condition=(Live.revision == live.revision) & (Live.status == SCHEDULED))
    except UpdateError as exc:
        raise LiveChanged() from exc
    ok = schedules.sync(
        live_id,
        live.starts_at,
        [int(o) for o in live.reminder_offsets],
        int(live.schedule_version),
        previous_offsets=previous_offsets,
    )
    _set_schedule_status(live, ok)
    return live


def cancel_live(live_id: str) -> Live:
    """Cancel (idempotent) and delete the live's pending schedules."""
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
            live = get_live(live_id)  # cancelled concurrently: same outcome
    offsets = [int(o) for o in live.reminder_offsets]
    ok = schedules.sync(live_id, live.starts_at, offsets, int(live.schedule_version), cancelled=True)
    _set_schedule_status(live, ok)
    return live
