"""Time-limited caches kept per container (a Lambda execution environment).

Every `TimedCache` registers itself when it is made, so `reset_all()` (tests, the local
sandbox, benchmarks) forgets every one of them — a new cache cannot be missed. A cache is a
hint, never the truth: money and stock decisions are always the conditional write's.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_registry: list[TimedCache[Any, Any]] = []


class TimedCache(Generic[K, V]):
    """A map whose entries are forgotten `seconds` after they were put (time.monotonic);
    `seconds=math.inf` for a container memory that only a reset forgets. With `max_entries`,
    a full map is emptied before the next put (a bound, not an LRU). `seconds` may be a
    function, read at each put (a lifetime from the settings)."""

    def __init__(self, seconds: float | Callable[[], float], *, max_entries: int | None = None) -> None:
        self.seconds = seconds
        self.max_entries = max_entries
        self._entries: dict[K, tuple[float, V]] = {}  # key -> (expires at, value)
        self._lock = threading.Lock()
        _registry.append(self)

    def get(self, key: K) -> V | None:
        """The value put for `key` within the last `seconds`, else None."""
        hit = self._entries.get(key)
        if hit is None or time.monotonic() >= hit[0]:
            return None
        return hit[1]

    def put(self, key: K, value: V) -> V:
        seconds = self.seconds() if callable(self.seconds) else self.seconds
        with self._lock:
            if self.max_entries is not None and len(self._entries) >= self.max_entries:
                self._entries.clear()
            self._entries[key] = (time.monotonic() + seconds, value)  # (expires, value)
        return value

    def get_or_load(self, key: K, load: Callable[[], V], *, fresh: bool = False) -> V:
        """The cached value, or `load()` (then cached). `fresh=True` always loads."""
        hit = None if fresh else self.get(key)
        return hit if hit is not None else self.put(key, load())

    def forget(self, key: K | None = None) -> None:
        """Forget `key` (None: everything)."""
        with self._lock:
            if key is None:
                self._entries.clear()
            else:
                self._entries.pop(key, None)


def reset_all() -> None:
    """Forget every TimedCache of this process."""
    for cache in _registry:
        cache.forget()
