"""Money is integer fen (分); never a float."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictInt

# Strict: a client sending "100", 100.0 or true gets a VALIDATION_ERROR, never a coerced amount.
Fen = Annotated[StrictInt, Field(ge=0, le=100_000_000, description="amount in fen (分), 100 = ¥1.00")]
# How many of something a member orders: strict like money (bounds where it is used).
Count = StrictInt


def yuan(fen: int) -> str:
    """Display form, e.g. 1234 → "12.34"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


def percent_of(fen: int, basis_points: int) -> int:
    """fen × basis_points / 10000, rounded half up (the customer never pays a fraction of a fen)."""
    return (fen * basis_points + 5000) // 10000
