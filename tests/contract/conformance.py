"""Checks a handler's answer against docs/openapi.json: the documented body of that status (or
the error envelope), by JSON Schema 2020-12 (OpenAPI 3.1). Used by `tests.conftest.Api` when
SIYU_CHECK_CONTRACT=1, so the whole handler suite can double as a contract check."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


@cache
def _doc() -> dict[str, Any]:
    return dict(json.loads(DOC_PATH.read_text("utf-8")))


@cache
def _routes() -> list[tuple[re.Pattern[str], str, str]]:
    out = []
    for template, item in _doc()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        for method in item:
            out.append((pattern, method, template))
    return out


def problems(method: str, path: str, status: int, body: Any) -> list[str]:
    """What is wrong with this answer by the contract (empty when it conforms)."""
    found = [t for p, m, t in _routes() if m == method.lower() and p.match(path)]
    if not found or status >= 500:
        return []
    operation = _doc()["paths"][found[0]][method.lower()]
    response = operation["responses"].get(str(status)) or operation["responses"].get("default")
    if response is None:
        return [f"{method} {found[0]}: status {status} is not documented"]
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None or body is None:
        return []
    wrapped = {**schema, "components": _doc()["components"]}
    validator = jsonschema.Draft202012Validator(wrapped)
    return [
        f"{method} {found[0]} {status}: {e.json_path}: {e.message}"[:300] for e in validator.iter_errors(body)
    ]
