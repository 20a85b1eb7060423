"""docs/API.md is rendered from docs/openapi.json, never written by hand."""

from __future__ import annotations

import json
from pathlib import Path

from siyu_local import apidoc

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_committed_reference_is_the_rendering_of_the_committed_openapi_document():
    doc = json.loads((DOCS / "openapi.json").read_text(encoding="utf-8"))
    assert (DOCS / "API.md").read_text(encoding="utf-8") == apidoc.render(doc)


def test_every_route_and_error_code_is_in_the_reference():
    doc = json.loads((DOCS / "openapi.json").read_text(encoding="utf-8"))
    text = apidoc.render(doc)
    for path, item in doc["paths"].items():
        for method in item:
            assert f"### `{method.upper()} {path}`" in text
    for code in doc["x-siyu-error-codes"]:
        assert f"| `{code}` |" in text
    assert "## orders" in text  # grouped by capability (the operation's tag)
