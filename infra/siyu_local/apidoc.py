"""docs/API.md: the API reference in Markdown, generated from the OpenAPI document (never
written by hand). `make openapi` writes it beside docs/openapi.json, `make test` fails when
it is stale, and the local runtime serves it at /docs/api.md."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def _type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null") or "null"
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {_type(schema.get('items', {}))}"
    if "enum" in schema:
        return " / ".join(f"`{v}`" for v in schema["enum"])
    return str(kind)


def _constraints(schema: dict[str, Any]) -> str:
    parts = []
    for key, label in (
        ("minimum", "≥"),
        ("maximum", "≤"),
        ("minLength", "min length"),
        ("maxLength", "max length"),
    ):
        if key in schema:
            value = schema[key]
            parts.append(f"{label} {int(value) if float(value).is_integer() else value}")
    if "pattern" in schema:
        parts.append(f"pattern `{schema['pattern']}`")
    if "default" in schema and schema["default"] is not None:
        parts.append(f"default `{schema['default']}`")
    return ", ".join(parts)


def group_of(path: str, op: dict[str, Any]) -> str:
    """The capability an operation belongs to: its tag, else its first path segment."""
    if op.get("tags"):
        return str(op["tags"][0])
    segments = [s for s in path.split("/") if s and s not in ("v1", "admin")]
    return segments[0] if segments else "root"


def _anchor(title: str) -> str:
    return title.lower().replace(" ", "-")


def _operation(path: str, method: str, op: dict[str, Any]) -> list[str]:
    lines = [f"### `{method.upper()} {path}`", ""]
    if op.get("summary"):
        lines += [op["summary"][:1].upper() + op["summary"][1:] + ".", ""]
    if op.get("description"):
        lines += [op["description"], ""]
    params = op.get("parameters", [])
    if params:
        lines += ["| parameter | in | type | required | notes |", "| --- | --- | --- | --- | --- |"]
        for p in params:
            schema = p.get("schema", {})
            notes = "; ".join(x for x in (p.get("description", ""), _constraints(schema)) if x)
            required = "yes" if p.get("required") else ""
            lines.append(
                f"| `{p['name']}` | {p['in']} | {_cell(_type(schema))} | {required} | {_cell(notes)} |"
            )
        lines.append("")
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body:
        lines += [f"Body: {_type(body)} (JSON).", ""]
    statuses = [code for code in op.get("responses", {}) if code not in ("400", "default")]
    if statuses:
        lines += [f"Answers: {', '.join(statuses)}; errors use the error envelope.", ""]
    return lines


def _schema(name: str, schema: dict[str, Any]) -> list[str]:
    lines = [f"### {name}", ""]
    if schema.get("description"):
        lines += [schema["description"], ""]
    properties = schema.get("properties", {})
    if not properties:
        return [*lines, f"Type: {_type(schema)}.", ""]
    required = set(schema.get("required", []))
    lines += ["| field | type | required | notes |", "| --- | --- | --- | --- |"]
    for field, spec in properties.items():
        notes = "; ".join(x for x in (spec.get("description", ""), _constraints(spec)) if x)
        lines.append(
            f"| `{field}` | {_cell(_type(spec))} | {'yes' if field in required else ''} | {_cell(notes)} |"
        )
    return [*lines, ""]


def _webhooks(hooks: dict[str, Any]) -> list[str]:
    """What Siyu POSTs to the merchant's endpoints (Standard Webhooks), one example each."""
    if not hooks:
        return []
    first = next(iter(hooks.values()))["post"]
    lines = ["## Webhooks", "", "Signed per Standard Webhooks; every request carries:", ""]
    lines += [f"- `{p['name']}`: {p['description']}" for p in first["parameters"]]
    lines.append("")
    for name, item in hooks.items():
        op = item["post"]
        example = op["requestBody"]["content"]["application/json"]["example"]
        lines += [f"### {name}", "", op["summary"] + ". " + op["description"], "", "```json"]
        lines += [json.dumps(example, ensure_ascii=False, indent=2), "```", ""]
    return lines


def render(doc: dict[str, Any]) -> str:
    info = doc.get("info", {})
    lines = [
        f"# {info.get('title', 'API')} {info.get('version', '')}".rstrip(),
        "",
        "<!-- Generated from docs/openapi.json by `make openapi`; do not edit by hand. -->",
        "",
        info.get("description", ""),
        "",
        "Behaviour beyond single routes (what happens when, events, limits): docs/capabilities.md.",
        "",
    ]
    groups: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                groups[group_of(path, item[method])].append((path, method, item[method]))
    lines += ["## Contents", ""]
    lines += [f"- [{name}](#{_anchor(name)}) ({len(ops)} routes)" for name, ops in sorted(groups.items())]
    lines += ["- [Webhooks](#webhooks)"] if doc.get("webhooks") else []
    lines += ["- [Error codes](#error-codes)", "- [Schemas](#schemas)", ""]
    for name, ops in sorted(groups.items()):
        lines += [f"## {name}", ""]
        for path, method, op in ops:
            lines += _operation(path, method, op)
    lines += _webhooks(doc.get("webhooks", {}))
    lines += ["## Error codes", "", "| code | status | message |", "| --- | --- | --- |"]
    for code, spec in doc.get("x-siyu-error-codes", {}).items():
        lines.append(f"| `{code}` | {spec['status']} | {_cell(spec['message'])} |")
    lines += ["", "## Schemas", ""]
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        lines += _schema(name, schema)
    return "\n".join(lines).rstrip() + "\n"
