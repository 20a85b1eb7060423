"""Cursors for paged Queries: DynamoDB's LastEvaluatedKey, opaque to the client."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from siyu.errors import ValidationFailed


def encode_cursor(key: dict[str, Any] | None) -> str | None:
    if not key:
        return None
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode()


def decode_cursor(cursor: str | None) -> dict[str, Any] | None:
    if not cursor:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, binascii.Error) as exc:
        raise ValidationFailed(details=[{"field": "cursor", "reason": "invalid"}]) from exc
    if not isinstance(key, dict):
        raise ValidationFailed(details=[{"field": "cursor", "reason": "invalid"}])
    return key
