"""What the mini-program sends to `POST /v1/events`: a batch envelope and its events.

Events are validated one by one (a malformed event is refused with its reasons, the others
are kept), so the batch itself is parsed by hand and each event with `TrackEvent`.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from siyu.base_model import SiyuModel

MAX_BODY_BYTES = 256 * 1024
MAX_EVENTS = 200
MAX_FUTURE_MS = 60 * 1000  # an event may not happen after the batch was sent (1 min tolerance)

# Client event names are snake_case; domain events (OrderPaid, …) are PascalCase, so a
# client can never forge a domain event that a funnel counts.
EVENT_NAME = r"^[a-z][a-z0-9_]{0,63}$"
PAGE_PATH = r"^/?[A-Za-z0-9_\-./]{1,255}$"
TOKEN = r"^[A-Za-z0-9_\-:.]+$"
DEVICE_ID = r"^[A-Za-z0-9_\-]{8,64}$"
DEVICE_HEADER = "X-Device-Id"

STANDARD_EVENTS = {
    "page_view": "a page was shown (PV/UV, bounce, funnels)",
    "page_leave": "a page was left; `dwell_ms` is required",
    "tap": "a tap; `x` and `y` are required, `element` names what was tapped",
}

ShortText = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=TOKEN)]
QueryValue = Annotated[str, StringConstraints(max_length=256)]
PropValue = Annotated[str, StringConstraints(max_length=256)] | int | float | bool


class Launch(SiyuModel):
    """How the mini-program was opened (ks.getLaunchOptionsSync): the scene and the query of
    the link. Query keys that name the source: `share_from` (the sharing member),
    `live_id` (live room), `video_id` (short video)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    scene: str | None = Field(default=None, min_length=1, max_length=32, pattern=TOKEN)
    query: dict[ShortText, QueryValue] = Field(default_factory=dict, max_length=20)


class TrackEvent(SiyuModel):
    """One event. Standard names: `page_view`, `page_leave` (with `dwell_ms`), `tap` (with
    `x`, `y` and optionally `element`); any other snake_case name is a custom event."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)

    id: str | None = Field(
        default=None,
        min_length=8,
        max_length=64,
        pattern=TOKEN,
        description="client-made id, unique per session: a resent event with the same id is counted once",
    )
    name: str = Field(
        pattern=EVENT_NAME, description="page_view, page_leave, tap or a custom snake_case name"
    )
    ts: int = Field(ge=0, le=10**14, description="when it happened, client clock, epoch milliseconds")
    page: str = Field(pattern=PAGE_PATH, description="page path without query, e.g. pages/index/index")
    session_id: str = Field(min_length=1, max_length=64, pattern=TOKEN)
    element: str | None = Field(default=None, min_length=1, max_length=128, pattern=TOKEN)
    x: float | None = Field(default=None, ge=0, le=1, description="tap position, fraction of the page width")
    y: float | None = Field(
        default=None, ge=0, le=1, description="tap position, fraction of the scroll height"
    )
    dwell_ms: int | None = Field(
        default=None, ge=0, le=24 * 3600 * 1000, description="page_leave: time on page"
    )
    launch: Launch | None = None
    experiments: dict[ShortText, ShortText] = Field(
        default_factory=dict, max_length=20, description="experiment id → variant the member was exposed to"
    )
    props: dict[ShortText, PropValue] = Field(default_factory=dict, max_length=20)


class EventBatch(SiyuModel):
    """The request body (documentation; the collector parses it event by event)."""

    sent_at: int = Field(description="when the batch was sent, client clock, epoch ms: corrects clock skew")
    events: list[TrackEvent] = Field(min_length=1, max_length=MAX_EVENTS)


class EventRejectionReason(SiyuModel):
    field: str
    reason: str
    message: str = ""


class EventRejection(SiyuModel):
    index: int = Field(description="position of the refused event in `events`")
    reasons: list[EventRejectionReason]


class CollectResult(SiyuModel):
    accepted: int = Field(description="events stored")
    rejected: list[EventRejection] = Field(description="events refused, with why; do not resend them")
    received_at: str


def rule_violations(event: TrackEvent) -> list[EventRejectionReason]:
    """Rules that tie fields together (pydantic checks each field on its own)."""
    reasons = []
    if (event.x is None) != (event.y is None):
        reasons.append(
            EventRejectionReason(field="x" if event.x is None else "y", reason="position_incomplete")
        )
    if event.name == "tap" and event.x is None and event.y is None:
        reasons.append(
            EventRejectionReason(field="x", reason="required_for_tap", message="tap 事件需要 x 和 y")
        )
    if event.name == "page_leave" and event.dwell_ms is None:
        reasons.append(EventRejectionReason(field="dwell_ms", reason="required_for_page_leave"))
    return reasons


def error_reasons(errors: list[Any]) -> list[EventRejectionReason]:
    """pydantic errors as field/reason pairs, without echoing the input."""
    return [
        EventRejectionReason(
            field=".".join(str(p) for p in e.get("loc", ())),
            reason=str(e.get("type", "invalid")),
            message=str(e.get("msg", "")),
        )
        for e in errors
    ]
