"""Secrets from Secrets Manager, cached per container for `secret_cache_seconds`."""

from __future__ import annotations

import threading
import time

from siyu import aws
from siyu.config import get_settings

_cache: dict[str, tuple[str, float]] = {}
_lock = threading.Lock()


def get_secret(name: str) -> str:
    now = time.monotonic()
    with _lock:
        hit = _cache.get(name)
        if hit and hit[1] > now:
            return hit[0]
    value = aws.client("secretsmanager").get_secret_value(SecretId=name)
    text = value.get("SecretString") or bytes(value["SecretBinary"]).decode()
    with _lock:
        _cache[name] = (text, now + get_settings().secret_cache_seconds)
    return str(text)


def clear_cache() -> None:
    with _lock:
        _cache.clear()
