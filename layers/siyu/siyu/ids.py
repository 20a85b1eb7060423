"""Ids are ULIDs: sortable by creation time, safe to show to users."""

from __future__ import annotations

from ulid import ULID


def new_id() -> str:
    return str(ULID())
