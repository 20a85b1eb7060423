"""Compact signed tokens: `v1.<payload>.<hmac-sha256>` (base64url, no padding).

Member access tokens are short-lived and checked without a database read. Refresh tokens
carry the member's token version (bumping it revokes them all) and their family and id: each
use rotates them, and a reused one revokes the family (siyu.auth.login). Admin tokens carry
the account's username and token version, re-checked against the account (siyu.auth.admins).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any, Literal

from siyu import clock
from siyu.config import get_settings
from siyu.errors import TokenExpired, TokenInvalid
from siyu.secrets import get_secret

TokenType = Literal["access", "refresh", "admin"]


@dataclass(frozen=True)
class TokenClaims:
    sub: str
    typ: TokenType
    exp: int
    role: str | None = None
    ver: int = 0
    usr: str | None = None  # admin tokens: the account's username
    fam: str | None = None  # refresh tokens: the family (one login) and this token's id
    jti: str | None = None


_OPTIONAL = ("usr", "fam", "jti")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _key() -> bytes:
    return get_secret(get_settings().token_secret_name).encode()


def issue(
    sub: str,
    typ: TokenType,
    ttl_seconds: int,
    role: str | None = None,
    ver: int = 0,
    **extra: str,
) -> str:
    """`extra`: the optional string claims of TokenClaims (usr, fam, jti)."""
    claims: dict[str, Any] = {"sub": sub, "typ": typ, "exp": clock.epoch(clock.now()) + ttl_seconds}
    if role:
        claims["role"] = role
    if ver:
        claims["ver"] = ver
    claims.update({k: v for k, v in extra.items() if k in _OPTIONAL and v})
    body = "v1." + _b64(json.dumps(claims, separators=(",", ":")).encode())
    return body + "." + _b64(hmac.new(_key(), body.encode(), hashlib.sha256).digest())


def verify(token: str, expected: TokenType) -> TokenClaims:
    """Signature, type and expiry, in that order; any failure is TOKEN_INVALID/TOKEN_EXPIRED."""
    try:
        version, payload, signature = token.split(".")
        body = f"{version}.{payload}"
        good = hmac.new(_key(), body.encode(), hashlib.sha256).digest()
        if version != "v1" or not hmac.compare_digest(good, _unb64(signature)):
            raise TokenInvalid()
        raw = json.loads(_unb64(payload))
        claims = TokenClaims(
            sub=str(raw["sub"]),
            typ=raw["typ"],
            exp=int(raw["exp"]),
            role=raw.get("role"),
            ver=int(raw.get("ver", 0)),
            **{k: str(raw[k]) for k in _OPTIONAL if raw.get(k)},
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise TokenInvalid() from exc
    if claims.typ != expected:
        raise TokenInvalid()
    if claims.exp <= clock.epoch(clock.now()):
        raise TokenExpired()
    return claims
