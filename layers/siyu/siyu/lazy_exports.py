"""Names a module re-exports from other modules, imported the first time they are asked for
(a module `__getattr__`, PEP 562). A package `__init__` uses it so that importing one of its
submodules — the API's shapes, say — does not load the rest, DynamoDB included
(docs/DEVELOPING.md, Import rules), and `siyu.lazy_powertools` for Powertools' own packages."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def lazy_getattr(module: str, sources: Mapping[str, tuple[str, str]]) -> Callable[[str], Any]:
    """The `__getattr__` of `module`: `name` is the attribute `sources[name][1]` of the module
    `sources[name][0]`, looked up on each use (a test's patch of it is seen)."""

    def __getattr__(name: str) -> Any:
        if name not in sources:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        source, attribute = sources[name]
        return getattr(importlib.import_module(source), attribute)

    return __getattr__


def from_submodules(package: str, names: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, str]]:
    """`sources` for `lazy_getattr` from {submodule of `package`: the names it defines}."""
    return {name: (f"{package}.{submodule}", name) for submodule, group in names.items() for name in group}
