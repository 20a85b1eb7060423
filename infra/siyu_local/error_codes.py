"""Which stable error codes an operation can answer, found from the code itself: starting at
the route function, follow every Siyu function, method and class it names (its globals and
attributes of the Siyu modules it uses) and collect the `SiyuError` classes met on the way.

An over-approximation by design (a name that is reachable is counted even on a branch the
route never takes), so a code the docs list may be rare, but a code the API answers is listed.
"""

from __future__ import annotations

import dis
import importlib
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


def _local_imports(code: types.CodeType) -> Iterator[tuple[str, Any]]:
    """The names a function binds with `from siyu... import name [as alias]` in its body: routes
    import the domain where they use it (docs/DEVELOPING.md, Import rules)."""
    module = ""
    bound: str | None = None
    for ins in dis.get_instructions(code):
        if ins.opname == "IMPORT_NAME":
            module = str(ins.argval)
        elif ins.opname == "IMPORT_FROM" and module.startswith("siyu"):
            bound = str(ins.argval)
            continue
        elif bound is not None and ins.opname in ("STORE_FAST", "STORE_NAME", "STORE_DEREF"):
            try:
                owner = importlib.import_module(module)
                value = getattr(owner, bound, None) or importlib.import_module(f"{module}.{bound}")
            except ImportError:
                value = None
            if value is not None:
                yield str(ins.argval), value
        bound = None
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _local_imports(const)


def _callees(func: Any) -> Iterator[Any]:
    code = getattr(func, "__code__", None)
    if code is None:
        return
    # Only a route module's functions: the domain's own deferred imports stay unfollowed, as before.
    imported = dict(_local_imports(code)) if getattr(func, "__module__", "").endswith("_app") else {}
    names = set(_code_names(code)) | set(code.co_freevars) | set(imported)
    scope: dict[str, Any] = dict(getattr(func, "__globals__", {}))
    scope.update(imported)
    for cell_name, cell in zip(code.co_freevars, getattr(func, "__closure__", None) or (), strict=False):
        try:
            scope[cell_name] = cell.cell_contents
        except ValueError:
            continue
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
