"""Kuaishou signatures (epay request sign, callback kwaisign), pure functions.

epay request sign: take URL query params + JSON body fields, drop ``sign``, ``access_token``
and empty values, sort keys by ASCII, join ``k=v`` with ``&`` (raw, not URL-encoded), append
the app_secret, md5 lower-case hex.

Value rendering (SDK behaviour; the official wording for nested values was not found):
strings as is, ints/floats as decimal text, booleans as ``true``/``false``, dicts/lists as
compact JSON (``separators=(",", ":")``, ``ensure_ascii=False``). "Empty" means ``None`` or
``""`` only — ``0``, ``false``, ``[]`` and ``{}`` ARE signed (the real rule for those is not
documented; this matches the project's client in layers/siyu/siyu/kuaishou.py).

Callback sign: ``kwaisign = md5(raw_body_bytes + app_secret)`` lower-case hex.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

# Never part of the signed string (§5.1).
EXCLUDED_KEYS = frozenset({"sign", "access_token"})


def compact_json(value: Any) -> str:
    """The JSON text Kuaishou-style SDKs sign and send: compact, UTF-8 kept as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def sign_value(value: Any) -> str:
    """Render one parameter value as it appears in the signed string."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):  # before int: bool is an int subclass
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return json.dumps(value)
    if isinstance(value, (dict, list)):
        return compact_json(value)
    return str(value)


def is_empty(value: Any) -> bool:
    return value is None or value == ""


def epay_sign_string(params: Mapping[str, Any]) -> str:
    """The ``k=v&...`` string (without the secret) that the epay sign is computed over."""
    items = sorted(
        (key, sign_value(value))
        for key, value in params.items()
        if key not in EXCLUDED_KEYS and not is_empty(value)
    )
    return "&".join(f"{key}={value}" for key, value in items)


def epay_sign(params: Mapping[str, Any], app_secret: str) -> str:
    """Sign of an epay request; ``params`` = query params (incl. app_id) merged with body fields."""
    text = epay_sign_string(params) + app_secret
    # md5 is what the platform mandates; it is a checksum here, not our security choice.
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def callback_sign(raw_body: bytes, app_secret: str) -> str:
    """The ``kwaisign`` header of a payment/refund/settle callback."""
    return hashlib.md5(raw_body + app_secret.encode("utf-8"), usedforsecurity=False).hexdigest()


def verify_callback(raw_body: bytes, kwaisign: str, app_secret: str) -> bool:
    return hmac.compare_digest(callback_sign(raw_body, app_secret), kwaisign.strip().lower())
