"""Flagged helps for operators: which help, on whose assist, why (FRESH_ACCOUNT: the
helper's account was created minutes before the help; INITIATOR_BURST: the initiator
received more helps in a short window than the rules allow), and whether it counted."""

from __future__ import annotations

from typing import Any

from siyu.assist import campaigns
from siyu.assist.models import Help


def flagged(campaign_id: str, *, limit: int = 50, before: str | None = None) -> dict[str, Any]:
    """Newest first (one Query on gsi1); `before` is the previous page's `next_cursor`."""
    campaigns.get(campaign_id)  # ASSIST_CAMPAIGN_NOT_FOUND rather than an empty list
    condition = Help.gsi1sk < before if before else None
    items = list(
        Help.flagged_list.query(Help.flags_key(campaign_id), condition, scan_index_forward=False, limit=limit)
    )
    return {
        "flags": [
            {
                "assist_id": h.assist_id,
                "helper_id": h.helper_id,
                "initiator_id": h.initiator_id,
                "nickname": h.nickname,
                "helper_joined_at": h.helper_joined_at,
                "helped_at": h.created_at,
                "reasons": list(h.flags),
                "counted": bool(h.counted),
            }
            for h in items
        ],
        "next_cursor": items[-1].gsi1sk if len(items) == limit else None,
    }
