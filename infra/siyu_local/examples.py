"""Request examples for the docs page: every JSON request body gets an `example` built from its
schema (required fields, the first enum value, bounds and formats respected), so a developer
can press "Try it out" and send it. A schema's own `example`/`examples` wins."""

from __future__ import annotations

from typing import Any

_FORMATS = {
    "date-time": "2026-12-01T10:00:00+08:00",
    "date": "2026-12-01",
    "email": "shop@example.com",
    "uri": "https://cdn.example/1.jpg",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = components.get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema


def _string(schema: dict[str, Any]) -> str:
    if schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    pattern = schema.get("pattern", "")
    low, high = int(schema.get("minLength", 1)), int(schema.get("maxLength", 16))
    text = "1" if pattern and "0-9" in pattern and "a-z" not in pattern.lower() else "demo"
    while len(text) < low:
        text += text
    return text[: max(low, min(high, len(text)))]


def _given(schema: dict[str, Any]) -> tuple[bool, Any]:
    """A value the schema names itself (example, const, enum, default), if any."""
    if "example" in schema:
        return True, schema["example"]
    if schema.get("examples"):
        return True, schema["examples"][0]
    if "const" in schema:
        return True, schema["const"]
    if "enum" in schema:
        return True, schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return True, schema["default"]
    return False, None


def _scalar(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        if "minimum" in schema:
            return int(schema["minimum"])
        return int(schema["exclusiveMinimum"]) + 1 if "exclusiveMinimum" in schema else 1
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "string":
        return _string(schema)
    return None


def example(schema: dict[str, Any], components: dict[str, Any], depth: int = 0) -> Any:
    schema = _resolve(schema, components)
    found, value = _given(schema)
    if found:
        return value
    for key in ("anyOf", "oneOf"):
        options = [o for o in schema.get(key, []) if _resolve(o, components).get("type") != "null"]
        if options:
            return example(options[0], components, depth + 1)
    if "allOf" in schema:
        return example(schema["allOf"][0], components, depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 6:
            return {}
        required = schema.get("required", [])
        return {
            name: example(sub, components, depth + 1)
            for name, sub in schema.get("properties", {}).items()
            if name in required
        }
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        return [example(schema.get("items", {}), components, depth + 1) for _ in range(count)]
    return _scalar(schema)


def add_examples(doc: dict[str, Any]) -> None:
    components = doc.get("components", {}).get("schemas", {})
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            media = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if media is not None and "example" not in media and "examples" not in media:
                media["example"] = example(media.get("schema", {}), components)
