"""Live streams (直播): operators schedule lives, members reserve them, reminders go out as
Kuaishou subscribe messages through one-time schedules and a rate-limited queue.

What other capabilities call:

- `record_open(live_id, member_id, reminder_key) -> bool` — a member opened the mini-program
  from a reminder (launch query `from=live_reminder&id=<live_id>&r=<reminder_key>`)
- `get_live(live_id) -> Live`, `state(live) -> "UPCOMING" | "ON_AIR" | "ENDED" | "CANCELLED"`
- `figures(live_id) -> dict` — reservations, reminders sent, reminder opens, per-reminder progress
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from siyu.lazy_exports import from_submodules, lazy_getattr

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

# Loaded on first use: importing a submodule (the API's shapes in siyu.live.schemas) must
# not load the domain and PynamoDB with it (docs/DEVELOPING.md, Import rules).
__getattr__ = lazy_getattr(
    __name__,
    from_submodules(
        __name__,
        {
            "schemas": ["LivePatch", "LiveSpec", "ReservationRequest"],
            "lives": [
                "cancel_live",
                "create_live",
                "get_live",
                "list_lives",
                "member_live",
                "member_lives",
                "state",
                "update_live",
            ],
            "reminders": [
                "ReminderBatch",
                "failures",
                "fan_out",
                "figures",
                "record_open",
                "reminder_progress",
                "send_batch",
            ],
            "reservations": ["reserve", "withdraw"],
        },
    ),
)
