"""Which stable error codes an operation can answer, found from the code itself: starting at
the route function, follow every Siyu function, method and class it names (its globals and
attributes of the Siyu modules it uses) and collect the `SiyuError` classes met on the way.

An over-approximation by design (a name that is reachable is counted even on a branch the
route never takes), so a code the docs list may be rare, but a code the API answers is listed.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import types
from collections.abc import Iterator
from functools import cache
from typing import Any

from siyu.errors import SiyuError

# Codes every route answers through the shared HTTP layer rather than its own code path.
_FRAMEWORK = frozenset({"INTERNAL_ERROR", "ROUTE_NOT_FOUND"})


def _ours(obj: Any) -> bool:
    module = getattr(obj, "__module__", "") or ""
    return module.startswith("siyu.") or module.endswith("_app")


def _code_names(code: types.CodeType) -> Iterator[str]:
    yield from code.co_names
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_names(const)


def _callees(func: Any) -> Iterator[Any]:
    code = getattr(func, "__code__", None)
    if code is None:
        return
    names = set(_code_names(code)) | set(code.co_freevars)
    scope: dict[str, Any] = dict(getattr(func, "__globals__", {}))
    for cell_name, cell in zip(code.co_freevars, getattr(func, "__closure__", None) or (), strict=False):
        try:
            scope[cell_name] = cell.cell_contents
        except ValueError:
            continue
    for name in sorted(names):
        if name.startswith("siyu.") and name not in scope:
            # a function-level `from siyu.x import y` (routes import the domain where they use
            # it): y is a local of the function, found in siyu.x (an attribute or a submodule)
            scope.update(_imported_from(name, names))
    for name in names:
        obj = scope.get(name)
        if obj is None:
            continue
        yield obj
        if isinstance(obj, types.ModuleType) and obj.__name__.startswith("siyu"):
            for attr in names:
                inner = getattr(obj, attr, None)
                if inner is not None:
                    yield inner
        elif isinstance(obj, type) and _ours(obj):
            for attr in names:
                if attr in obj.__dict__:
                    yield obj.__dict__[attr]


def _imported_from(module_name: str, names: set[str]) -> dict[str, Any]:
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return {}
    found: dict[str, Any] = {}
    for attr in names:
        inner = getattr(module, attr, None)
        submodule = f"{module_name}.{attr}"
        if inner is None and attr.isidentifier() and hasattr(module, "__path__"):
            inner = importlib.import_module(submodule) if importlib.util.find_spec(submodule) else None
        if inner is not None:
            found[attr] = inner
    return found


def _unwrap(obj: Any) -> Any:
    if isinstance(obj, (staticmethod, classmethod)):
        obj = obj.__func__
    if isinstance(obj, property):
        obj = obj.fget
    return inspect.unwrap(obj) if callable(obj) else obj


@cache
def _reachable(func: Any) -> frozenset[str]:
    codes: set[str] = set()
    seen: set[int] = set()
    stack = [func]
    while stack:
        obj = _unwrap(stack.pop())
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, type) and issubclass(obj, SiyuError) and obj is not SiyuError:
            codes.add(obj.spec.code)
            continue
        if isinstance(obj, types.FunctionType) and _ours(obj):
            stack.extend(_callees(obj))
    return frozenset(codes - _FRAMEWORK)


def reachable_codes(func: Any) -> set[str]:
    return set(_reachable(func))
