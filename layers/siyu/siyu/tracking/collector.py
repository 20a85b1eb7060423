"""The collector behind `POST /v1/events`: parse the batch, validate each event, add who
and when (member or device, server time, received-at, skew-corrected event time), and
hand the accepted events to Firehose. The response acknowledges only what is stored.

A logged-in member's batch whose launch came from a live reminder also counts the open for
the live's figures (siyu.live.record_open), and a member's first batch of the day from each
launch source is a visit for the member's tags (siyu.tags.visits)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from siyu import aws, clock
from siyu.config import get_settings
from siyu.errors import BadJson, ValidationFailed, define_error
from siyu.observability import logger
from siyu.tracking import delivery, record
from siyu.tracking.schema import (
    DEVICE_HEADER,
    DEVICE_ID,
    MAX_BODY_BYTES,
    MAX_EVENTS,
    MAX_FUTURE_MS,
    CollectResult,
    EventRejection,
    EventRejectionReason,
    Launch,
    TrackEvent,
    error_reasons,
    rule_violations,
)

BatchTooLarge = define_error("EVENTS_BATCH_TOO_LARGE", 413, "单次上报的事件过多或数据过大")
IdentityMissing = define_error("TRACKING_IDENTITY_MISSING", 401, "请先登录或提供设备标识")
EventsNotStored = define_error("EVENTS_NOT_STORED", 503, "事件暂未保存，请稍后重试")

# Launch query keys that name what brought the visitor, in order of precedence.
SOURCE_KEYS = (("share_from", "share"), ("live_id", "live"), ("video_id", "video"))

# A live reminder opens `…?id=<live_id>&from=live_reminder&r=<reminder_key>`
# (siyu.live.reminders.tracking_page). Spelled out here so that the collector imports the
# live domain only for a batch that carries such a launch.
LIVE_REMINDER_SOURCE = "live_reminder"
LIVE_ID = re.compile(r"[0-9A-HJKMNP-TV-Z]{26}")
REMINDER_KEY = re.compile(r"v\d{1,9}-\d{1,4}m")
# Distinct (live, reminder) opens recorded per request: one DynamoDB write each. A member
# opens from one or two reminders at a time; a batch claiming more is not believed.
MAX_REMINDER_OPENS = 5
# A push campaign's message opens `<page>?…&from=push&c=<campaign_id>`
# (siyu.push.campaigns.tracking_page); ids are ULIDs like a live's.
PUSH_SOURCE = "push"


@dataclass(frozen=True)
class Actor:
    """Who sends the batch: a logged-in member, or an anonymous device (or both)."""

    member_id: str | None = None
    device_id: str | None = None

    @property
    def visitor_id(self) -> str:
        if self.member_id:
            return f"m:{self.member_id}"
        if self.device_id:
            return f"d:{self.device_id}"
        raise IdentityMissing()


def actor_of(member_id: str | None, device_id: str | None) -> Actor:
    """The sender, from a verified member id and/or the device id header."""
    if device_id is not None and re.fullmatch(DEVICE_ID, device_id) is None:
        raise ValidationFailed(details=[{"field": DEVICE_HEADER, "reason": "pattern_mismatch"}])
    if not member_id and not device_id:
        raise IdentityMissing()
    return Actor(member_id=member_id or None, device_id=device_id)


def parse_batch(body: bytes) -> tuple[int, list[Any]]:
    """The envelope: size, JSON, `sent_at` and the `events` list. Any fault refuses the batch."""
    if len(body) > MAX_BODY_BYTES:
        raise BatchTooLarge(details={"max_bytes": MAX_BODY_BYTES, "max_events": MAX_EVENTS})
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadJson() from exc
    if not isinstance(data, dict):
        raise ValidationFailed(details=[{"field": "", "reason": "object_expected"}])
    sent_at, events = data.get("sent_at"), data.get("events")
    problems = []
    if not isinstance(sent_at, int) or isinstance(sent_at, bool) or not 0 <= sent_at <= 10**14:
        problems.append({"field": "sent_at", "reason": "epoch_ms_expected"})
    if not isinstance(events, list) or not events:
        problems.append({"field": "events", "reason": "non_empty_list_expected"})
    if problems:
        raise ValidationFailed(details=problems)
    assert isinstance(sent_at, int)
    assert isinstance(events, list)
    if len(events) > MAX_EVENTS:
        raise BatchTooLarge(details={"max_bytes": MAX_BODY_BYTES, "max_events": MAX_EVENTS})
    return sent_at, events


def source_of(launch: Launch | None) -> tuple[str | None, str | None]:
    if launch is None:
        return None, None
    if launch.query.get("from") == LIVE_REMINDER_SOURCE and launch.query.get("id"):
        return "live", launch.query["id"]  # a live reminder's link is a way into the live
    for key, source_type in SOURCE_KEYS:
        if launch.query.get(key):
            return source_type, launch.query[key]
    return "other", None


def event_id(actor: Actor, raw: dict[str, Any], event: TrackEvent) -> str:
    """Stable across client retries: from the client's id, or from the event's content."""
    basis = (
        f"{actor.visitor_id}|{event.session_id}|{event.id}"
        if event.id
        else actor.visitor_id + "|" + json.dumps(raw, sort_keys=True, separators=(",", ":"))
    )
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


def stored_record(
    actor: Actor, raw: dict[str, Any], event: TrackEvent, ts_ms: int, received_at: str
) -> dict[str, Any]:
    source_type, source_id = source_of(event.launch)
    launch = event.launch
    return {
        "event_id": event_id(actor, raw, event),
        "kind": "track",
        "name": event.name,
        "visitor_id": actor.visitor_id,
        "member_id": actor.member_id,
        "device_id": actor.device_id,
        "session_id": event.session_id,
        "page": event.page.lstrip("/"),
        "element": event.element,
        "x": event.x,
        "y": event.y,
        "dwell_ms": event.dwell_ms,
        "scene": launch.scene if launch else None,
        "source_type": source_type,
        "source_id": source_id,
        "launch_query": json.dumps(launch.query, ensure_ascii=False, sort_keys=True)
        if launch and launch.query
        else None,
        "experiments": [{"experiment": k, "variant": v} for k, v in sorted(event.experiments.items())]
        or None,
        "props": json.dumps(event.props, ensure_ascii=False, sort_keys=True) if event.props else None,
        "client_ts": event.ts,
        "ts_ms": ts_ms,
        "event_time": record.iso_ms(ts_ms),
        "event_date": record.shanghai_date(ts_ms),
        "received_at": received_at,
    }


def validate_events(
    events: list[Any], sent_at: int, actor: Actor, received_ms: int
) -> tuple[list[bytes], list[int], list[EventRejection]]:
    """Stored lines of the good events, their positions in the batch, and the refusals."""
    skew_ms = received_ms - sent_at  # add to a client time to get server time
    received_at = record.iso_ms(received_ms)
    lines: list[bytes] = []
    positions: list[int] = []
    rejections: list[EventRejection] = []
    for index, raw in enumerate(events):
        if not isinstance(raw, dict):
            rejections.append(
                EventRejection(
                    index=index, reasons=[EventRejectionReason(field="", reason="object_expected")]
                )
            )
            continue
        try:
            event = TrackEvent.model_validate(raw)
        except ValidationError as exc:
            rejections.append(
                EventRejection(index=index, reasons=error_reasons(exc.errors(include_input=False)))
            )
            continue
        reasons = rule_violations(event)
        ts_ms = event.ts + skew_ms
        if ts_ms < received_ms - record.MAX_EVENT_AGE_MS:
            reasons.append(EventRejectionReason(field="ts", reason="too_old", message="事件发生在 7 天以前"))
        elif event.ts > sent_at + MAX_FUTURE_MS:
            reasons.append(
                EventRejectionReason(field="ts", reason="after_sent_at", message="事件时间晚于发送时间")
            )
        if reasons:
            rejections.append(EventRejection(index=index, reasons=reasons))
            continue
        lines.append(record.line(stored_record(actor, raw, event, ts_ms, received_at)))
        positions.append(index)
    return lines, positions, rejections


def _launch_queries(events: list[Any], positions: list[int], source: str) -> Iterator[dict[str, str]]:
    """Launch queries with `from=<source>` of the stored events. `positions` are events that
    passed validation: their launch query is a dict of strings."""
    for index in positions:
        launch = events[index].get("launch")
        query = launch.get("query") if launch else None
        if query and query.get("from") == source:
            yield query


def reminder_opens(events: list[Any], positions: list[int]) -> list[tuple[str, str]]:
    """Distinct (live_id, reminder_key) of the stored events launched from a live reminder."""
    opens: dict[tuple[str, str], None] = {}
    for query in _launch_queries(events, positions, LIVE_REMINDER_SOURCE):
        live_id, reminder_key = query.get("id", ""), query.get("r", "")
        if LIVE_ID.fullmatch(live_id) and REMINDER_KEY.fullmatch(reminder_key):
            opens.setdefault((live_id, reminder_key))
    return list(opens)[:MAX_REMINDER_OPENS]


def push_opens(events: list[Any], positions: list[int]) -> list[str]:
    """Distinct campaign ids of the stored events launched from a push campaign's message."""
    found = {q.get("c", ""): None for q in _launch_queries(events, positions, PUSH_SOURCE)}
    return [c for c in found if LIVE_ID.fullmatch(c)][:MAX_REMINDER_OPENS]


def record_push_opens(member_id: str, campaign_ids: list[str]) -> int:
    """Count each open for its campaign (once per member). Logged, never raised."""
    from siyu.push.campaigns import record_open  # loaded only by such batches

    counted = 0
    for campaign_id in campaign_ids:
        try:
            counted += record_open(campaign_id, member_id)
        except Exception:
            logger.warning("push open not recorded", extra={"campaign_id": campaign_id}, exc_info=True)
    return counted


def record_reminder_opens(member_id: str, opens: list[tuple[str, str]]) -> int:
    """Count each open for the live (once per member and reminder, however often it is sent).
    A failure is logged, never raised: the events are already stored."""
    from siyu.live import record_open  # the live domain, loaded only by such batches

    counted = 0
    for live_id, reminder_key in opens:
        try:
            counted += record_open(live_id, member_id, reminder_key)
        except Exception:
            logger.warning(
                "live reminder open not recorded",
                extra={"live_id": live_id, "reminder_key": reminder_key},
                exc_info=True,
            )
    return counted


def visit_sources(events: list[Any], positions: list[int]) -> list[str]:
    """The launch sources (live, share, video, other) of the stored events; "direct" if none
    of them carries a launch."""
    sources = [
        source_of(Launch.model_validate(events[i]["launch"]))[0] or "other"
        for i in positions
        if events[i].get("launch")
    ]
    return sources or ["direct"]


def collect(body: bytes, actor: Actor, *, firehose: Any = None) -> CollectResult:
    """Validate, enrich and store one batch. Raises EVENTS_NOT_STORED (503) when Firehose
    did not take every accepted event after retries: the client sends the batch again and
    events already stored are deduplicated by id."""
    _ = actor.visitor_id  # who is asking comes first: 401 before any parsing
    sent_at, events = parse_batch(body)
    received_ms = record.epoch_ms(clock.now())
    lines, positions, rejections = validate_events(events, sent_at, actor, received_ms)
    if lines:
        lost, _calls = delivery.deliver_lines(
            lines, get_settings().events_stream, firehose or aws.client("firehose")
        )
        if lost:
            raise EventsNotStored(
                details={"not_stored": [positions[i] for i in lost], "stored": len(lines) - len(lost)}
            )
    if actor.member_id and positions:  # anonymous devices cannot have been sent a reminder
        opens = reminder_opens(events, positions)
        if opens:
            record_reminder_opens(actor.member_id, opens)
        from siyu.tags.visits import record_visits  # loaded by members' batches only

        record_visits(actor.member_id, visit_sources(events, positions))
        if campaign_ids := push_opens(events, positions):
            record_push_opens(actor.member_id, campaign_ids)
    return CollectResult(accepted=len(lines), rejected=rejections, received_at=record.iso_ms(received_ms))
