"""Secrets from Secrets Manager, cached per container for `secret_cache_seconds`."""

from __future__ import annotations

from siyu import aws
from siyu.cache import TimedCache
from siyu.config import get_settings

_cache: TimedCache[str, str] = TimedCache(lambda: get_settings().secret_cache_seconds)


def get_secret(name: str) -> str:
    def read() -> str:
        value = aws.client("secretsmanager").get_secret_value(SecretId=name)
        return str(value.get("SecretString") or bytes(value["SecretBinary"]).decode())

    return _cache.get_or_load(name, read)


def clear_cache() -> None:
    _cache.forget()
