"""The OpenAPI document of the whole API, generated from the code: every HTTP function's
resolver (found through template.yaml) contributes its paths and schemas; the error
catalogue of `siyu.errors` is attached so client developers see every stable code.

    python -m siyu_local.openapi --write docs/openapi.json   # regenerate (and docs/API.md)
    python -m siyu_local.openapi --check docs/openapi.json   # fail if either is stale (CI)
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from siyu_local import apidoc
from siyu_local.template import Stack, default_stack

DESCRIPTION = (
    "Siyu (私域) API for a merchant's Kuaishou mini-program. Members authenticate with "
    "`Authorization: Bearer <access_token>` from `POST /v1/auth/login`; operations staff with an "
    "admin token from `POST /v1/admin/auth/login`. Money is integer fen; times are UTC ISO-8601. "
    'Errors are `{"error": {"code", "message", "details"}}` with a stable code '
    "(see `x-siyu-error-codes`) and a zh-CN message for display."
)


ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "code": {"type": "string", "description": "stable upper-case code, see x-siyu-error-codes"},
                "message": {"type": "string", "description": "zh-CN, for display"},
                "details": {"description": "optional: fields at fault, limits, ids"},
            },
            "required": ["code", "message"],
        }
    },
    "required": ["error"],
}


def _error_responses(operation: dict[str, Any]) -> None:
    """Siyu answers bad input with 400 and the error envelope, not Powertools' default 422."""
    responses = operation.setdefault("responses", {})
    responses.pop("422", None)
    ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    responses["400"] = {"description": "invalid request (VALIDATION_ERROR, INVALID_JSON)", **ref}
    responses["default"] = {"description": "error envelope; see x-siyu-error-codes", **ref}


def http_functions(stack: Stack) -> list[tuple[str, Any]]:
    """(logical id, resolver) of every function that serves HttpApi routes."""
    found = []
    for logical_id, fn in sorted(stack.functions().items()):
        if not any(e.get("Type") == "HttpApi" for e in fn.events.values()):
            continue
        if str(fn.code_dir) not in sys.path:
            sys.path.insert(0, str(fn.code_dir))
        module = importlib.import_module(fn.handler.rsplit(".", 1)[0])
        found.append((logical_id, module.app))
    return found


def tag_of(logical_id: str) -> str:
    """The capability of a function, as its routes' tag: "FlashSalesFunction" -> "flash sales"."""
    name = logical_id.removesuffix("Function")
    return "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()


def build(stack: Stack | None = None) -> dict[str, Any]:
    stack = stack or default_stack()
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Siyu API", "version": "1.0.0", "description": DESCRIPTION},
        "paths": {},
        "components": {
            "schemas": {},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
    for logical_id, app in http_functions(stack):
        capability = tag_of(logical_id)
        part = app.get_openapi_schema(title="Siyu API").model_dump(
            mode="json", by_alias=True, exclude_none=True
        )
        for path, item in part.get("paths", {}).items():
            for operation in item.values():
                _error_responses(operation)
                operation.setdefault("tags", [capability])
            doc["paths"].setdefault(path, {}).update(item)
        schemas = part.get("components", {}).get("schemas", {})
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        doc["components"]["schemas"].update(schemas)
    doc["components"]["schemas"]["Error"] = ERROR_SCHEMA
    from siyu.errors import CATALOGUE

    doc["x-siyu-error-codes"] = {
        code: {"status": spec.status, "message": spec.message} for code, spec in sorted(CATALOGUE.items())
    }
    doc["paths"] = dict(sorted(doc["paths"].items()))
    doc["components"]["schemas"] = dict(sorted(doc["components"]["schemas"].items()))
    return doc


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args(argv)
    doc = build()
    target: Path = args.write or args.check
    # The Markdown reference (docs/API.md) is generated beside the JSON document.
    outputs = {target: render(doc), target.with_name("API.md"): apidoc.render(doc)}
    if args.write:
        for path, text in outputs.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
        return 0
    stale = [
        p for p, text in outputs.items() if (p.read_text(encoding="utf-8") if p.exists() else "") != text
    ]
    for path in stale:
        print(f"{path} is stale: run `make openapi` and commit it", file=sys.stderr)
    if not stale:
        print(f"{', '.join(map(str, outputs))} up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
