"""Live streams (直播): operators schedule lives, members reserve them, reminders go out as
Kuaishou subscribe messages through one-time schedules and a rate-limited queue.

What other capabilities call:

- `record_open(live_id, member_id, reminder_key) -> bool` — a member opened the mini-program
  from a reminder (launch query `from=live_reminder&id=<live_id>&r=<reminder_key>`)
- `get_live(live_id) -> Live`, `state(live) -> "UPCOMING" | "ON_AIR" | "ENDED" | "CANCELLED"`
- `figures(live_id) -> dict` — reservations, reminders sent, reminder opens, per-reminder progress
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from siyu.live.lives import (
        cancel_live,
        create_live,
        get_live,
        list_lives,
        member_live,
        member_lives,
        state,
        update_live,
    )
    from siyu.live.reminders import (
        ReminderBatch,
        failures,
        fan_out,
        figures,
        record_open,
        reminder_progress,
        send_batch,
    )
    from siyu.live.reservations import reserve, withdraw
    from siyu.live.schemas import LivePatch, LiveSpec, ReservationRequest

__all__ = [
    "LivePatch",
    "LiveSpec",
    "ReminderBatch",
    "ReservationRequest",
    "cancel_live",
    "create_live",
    "failures",
    "fan_out",
    "figures",
    "get_live",
    "list_lives",
    "member_live",
    "member_lives",
    "record_open",
    "reminder_progress",
    "reserve",
    "send_batch",
    "state",
    "update_live",
    "withdraw",
]

_HOME = {
    **dict.fromkeys(("LivePatch", "LiveSpec", "ReservationRequest"), "schemas"),
    **dict.fromkeys(
        (
            "cancel_live",
            "create_live",
            "get_live",
            "list_lives",
            "member_live",
            "member_lives",
            "state",
            "update_live",
        ),
        "lives",
    ),
    **dict.fromkeys(
        ("ReminderBatch", "failures", "fan_out", "figures", "record_open", "reminder_progress", "send_batch"),
        "reminders",
    ),
    **dict.fromkeys(("reserve", "withdraw"), "reservations"),
}


def __getattr__(name: str) -> Any:
    # Loaded on first use: importing a submodule (the API's shapes in siyu.live.schemas) must
    # not load the domain and PynamoDB with it (docs/DEVELOPING.md, Import rules).
    if name in _HOME:
        from importlib import import_module

        return getattr(import_module(f"siyu.live.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
