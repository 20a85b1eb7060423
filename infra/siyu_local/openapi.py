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

from siyu.auth.security import Security, required
from siyu_local import apidoc
from siyu_local.error_codes import reachable_codes
from siyu_local.examples import add_examples
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


SECURITY_SCHEMES = {
    "member": {
        "type": "http",
        "scheme": "bearer",
        "description": "a member's `access_token` from `POST /v1/auth/login` (or `/v1/auth/refresh`)",
    },
    "admin": {
        "type": "http",
        "scheme": "bearer",
        "description": "an operations account's `access_token` from `POST /v1/admin/auth/login`; "
        "its role (analyst < operator < owner) must reach the operation's `x-siyu-role`",
    },
    "integration": {
        "type": "http",
        "scheme": "bearer",
        "description": "a CRM integration's API key (`siyu_crm_…`, from `POST /v1/admin/crm/integrations`); "
        "it must hold the operation's `x-siyu-scope`",
    },
}

VALIDATION_CODES = ("VALIDATION_ERROR", "INVALID_JSON")
STATUS_NOTES = {
    400: "invalid request: ",
    401: "no, malformed, wrongly signed or expired token: ",
    403: "not allowed (an admin role below x-siyu-role, or a domain rule): ",
}


def _ref(description: str) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/Error"}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _secure(operation: dict[str, Any], security: Security) -> None:
    """The route's declared security (siyu.auth.security) as OpenAPI security and 401/403."""
    if security.kind == "public":
        operation["security"] = []
        return
    if security.kind == "optional":
        operation["security"] = [{}, {"member": []}]
        note = "Member token optional: if sent it must be valid (else 401); without it, anonymous."
    elif security.kind == "member":
        operation["security"] = [{"member": []}]
        note = "Requires a member token."
    elif security.kind == "integration":
        operation["security"] = [{"integration": []}]
        operation["x-siyu-scope"] = security.role
        note = f"Requires a CRM integration API key with scope `{security.role}`."
    else:
        operation["security"] = [{"admin": []}]
        operation["x-siyu-role"] = security.role
        note = f"Requires an admin token with role `{security.role}` or higher."
    operation["description"] = (operation.get("description", "") + "\n\n" + note).strip()


def _error_codes(func: Any, security: Security) -> list[str]:
    """Every stable code the operation can answer: its security, validation, and the domain
    errors reachable from the route function (siyu_local.error_codes)."""
    codes = set(security.error_codes) | set(VALIDATION_CODES) | reachable_codes(func)
    return sorted(codes)


def _inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """A model's JSON schema with its $defs inlined, for a request body."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return dict(walk(schema))


def _request_model(operation: dict[str, Any]) -> None:
    """A route that reads its body itself names the model that documents it
    (`x-siyu-request-model: "module:Model"` in its openapi_extensions): the body's schema."""
    named = operation.pop("x-siyu-request-model", None)
    if named is None:
        return
    from aws_lambda_powertools.event_handler.openapi.models import RequestBody

    module, _, name = str(named).partition(":")
    model = getattr(importlib.import_module(module), name)
    schema = _inline_refs(model.model_json_schema())
    body = {"required": True, "content": {"application/json": {"schema": schema}}}
    # As Powertools writes the bodies it documents itself, in the same place.
    dumped = RequestBody.model_validate(body).model_dump(mode="json", by_alias=True, exclude_none=True)
    rest = dict(operation)
    operation.clear()
    for key, value in rest.items():
        if key == "responses":
            operation["requestBody"] = dumped
        operation[key] = value


def _document(operation: dict[str, Any], route: Any, tag: str) -> None:
    """Siyu answers bad input with 400 and the error envelope, not Powertools' default 422;
    each operation lists its codes, security and a request example."""
    from siyu.errors import CATALOGUE

    _request_model(operation)
    security = required(route.func)
    responses = operation.setdefault("responses", {})
    responses.pop("422", None)
    _secure(operation, security)
    codes = _error_codes(route.func, security)
    operation["x-siyu-error-codes"] = codes
    for status in sorted({CATALOGUE[c].status for c in codes}):
        named = ", ".join(c for c in codes if CATALOGUE[c].status == status)
        responses[str(status)] = _ref(STATUS_NOTES.get(status, "") + named)
    responses["default"] = _ref("error envelope; see x-siyu-error-codes")
    operation["tags"] = [tag]


def http_functions(stack: Stack) -> list[tuple[str, Any]]:
    """(capability, resolver) of every function that serves HttpApi routes."""
    found = []
    for _logical_id, fn in sorted(stack.functions().items()):
        if not any(e.get("Type") == "HttpApi" for e in fn.events.values()):
            continue
        if str(fn.code_dir) not in sys.path:
            sys.path.insert(0, str(fn.code_dir))
        module = importlib.import_module(fn.handler.rsplit(".", 1)[0])
        found.append((fn.code_dir.name, module))
    return found


def build(stack: Stack | None = None) -> dict[str, Any]:
    stack = stack or default_stack()
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Siyu API", "version": "1.0.0", "description": DESCRIPTION},
        "paths": {},
        "components": {
            "schemas": {},
            "securitySchemes": SECURITY_SCHEMES,
        },
        "tags": [],
    }
    for capability, module in http_functions(stack):
        app = module.app
        routes = {(r.openapi_path, r.method.lower()): r for r in app._static_routes + app._dynamic_routes}
        part = app.get_openapi_schema(title="Siyu API").model_dump(
            mode="json", by_alias=True, exclude_none=True
        )
        for path, item in part.get("paths", {}).items():
            for method, operation in item.items():
                _document(operation, routes[(path, method)], capability)
            doc["paths"].setdefault(path, {}).update(item)
        summary = (module.__doc__ or capability).strip().split("\n\n")[0].replace("\n", " ")
        tag = next((t for t in doc["tags"] if t["name"] == capability), None)
        if tag is None:
            doc["tags"].append({"name": capability, "description": summary})
        else:
            tag["description"] += " " + summary
        schemas = part.get("components", {}).get("schemas", {})
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        schemas.pop("ResponseValidationError", None)  # unreferenced, and it points at ValidationError
        for name, schema in schemas.items():
            known = doc["components"]["schemas"].setdefault(name, schema)
            if known != schema:  # two models of one name: the later would silently replace the first
                raise ValueError(f"two different schemas are named {name!r}: rename one model ({capability})")
    doc["components"]["schemas"]["Error"] = ERROR_SCHEMA
    add_examples(doc)
    from siyu.errors import CATALOGUE

    doc["x-siyu-error-codes"] = {
        code: {"status": spec.status, "message": spec.message} for code, spec in sorted(CATALOGUE.items())
    }
    doc["paths"] = dict(sorted(doc["paths"].items()))
    doc["components"]["schemas"] = dict(sorted(doc["components"]["schemas"].items()))
    from siyu.crm.catalogue import openapi_webhooks

    doc["webhooks"] = openapi_webhooks()  # what Siyu POSTs to the merchant's CRM (siyu.crm)
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
