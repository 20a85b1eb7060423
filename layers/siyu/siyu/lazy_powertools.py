"""The first import of every Siyu function module (its own isort section, see pyproject.toml).

Two Powertools packages import everything they ship from their `__init__`:
`aws_lambda_powertools.event_handler` loads every resolver (AppSync's brings asyncio and ssl),
and `aws_lambda_powertools.utilities.data_classes` every event class. That is about a third of
a bare `import boto3` on each cold start, for code Siyu never runs (docs/capacity.md).

This module registers both packages with their `__init__` not run. A name the `__init__`
would import from a submodule imports just that submodule, the first time it is asked for;
submodules import as usual. So `from aws_lambda_powertools.event_handler import Response`
still works and gives the same object. A package whose `__init__` does anything but import
names (a newer Powertools, say) is imported as usual instead: logic added there runs, at the
old cost. `importlib.util.LazyLoader` cannot do this: importing a submodule reads the
package's `__path__`, which runs the whole `__init__`."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys

from siyu.lazy_exports import lazy_getattr

PACKAGES = ("aws_lambda_powertools.event_handler", "aws_lambda_powertools.utilities.data_classes")


def defer_init(package: str) -> bool:
    """Register `package` with its `__init__` deferred; False if it is imported as usual
    (already imported, or its `__init__` is more than imports)."""
    if package in sys.modules:
        return False
    spec = importlib.util.find_spec(package)
    get_source = (
        getattr(spec.loader, "get_source", None) if spec and spec.submodule_search_locations else None
    )
    source = get_source(package) if get_source else None
    names = _imported_names(package, source) if source is not None else None
    if spec is None or names is None:
        importlib.import_module(package)
        return False
    module = importlib.util.module_from_spec(spec)
    exported = [name for name in names if not name.startswith("_")]
    vars(module).update(__getattr__=lazy_getattr(package, names), __all__=exported)
    sys.modules[package] = module
    parent, _, child = package.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return True


def _imported_names(package: str, source: str) -> dict[str, tuple[str, str]] | None:
    """{name: (module, attribute)} of the `from … import …` statements of an `__init__`;
    None when it has any other statement (the docstring and `__all__` aside)."""
    names: dict[str, tuple[str, str]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom) and node.module and all(a.name != "*" for a in node.names):
            module = (
                importlib.util.resolve_name("." * node.level + node.module, package)
                if node.level
                else node.module
            )
            names.update({alias.asname or alias.name: (module, alias.name) for alias in node.names})
        elif not (_is_docstring(node) or _is_all(node)):
            return None
    return names


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _is_all(node: ast.stmt) -> bool:
    return isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__all__"]


for _package in PACKAGES:
    defer_init(_package)
