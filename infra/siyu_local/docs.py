"""The API docs page of the local runtime: Swagger UI from the assets Powertools ships (no
CDN needed), reading /openapi.json, with a plain list of the routes for readers without JS."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from typing import Any

import aws_lambda_powertools.event_handler.openapi.swagger_ui as _swagger_ui

_SWAGGER = Path(_swagger_ui.__path__[0])
ASSETS = {
    "/docs/swagger-ui.css": ("swagger-ui.min.css", "text/css; charset=utf-8"),
    "/docs/swagger-ui-bundle.js": ("swagger-ui-bundle.min.js", "application/javascript; charset=utf-8"),
}


@cache
def asset(path: str) -> tuple[bytes, str] | None:
    entry = ASSETS.get(path)
    if entry is None or not (_SWAGGER / entry[0]).exists():
        return None
    return (_SWAGGER / entry[0]).read_bytes(), entry[1]


def page(doc: dict[str, Any]) -> str:
    rows = []
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            summary = operation.get("summary") or operation.get("description") or ""
            rows.append(
                f"<tr><td><code>{method.upper()}</code></td><td><code>{html.escape(path)}</code></td>"
                f"<td>{html.escape(summary)}</td></tr>"
            )
    codes = "".join(
        f"<tr><td><code>{html.escape(code)}</code></td><td>{spec['status']}</td><td>{html.escape(spec['message'])}</td></tr>"
        for code, spec in doc.get("x-siyu-error-codes", {}).items()
    )
    title = html.escape(doc.get("info", {}).get("title", "API"))
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} — local</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body>
<div id="swagger-ui"><noscript>
<h1>{title}</h1><p>OpenAPI document: <a href="/openapi.json">/openapi.json</a></p>
<table border="1" cellpadding="4"><tr><th>method</th><th>path</th><th>summary</th></tr>{"".join(rows)}</table>
<h2>Error codes</h2>
<table border="1" cellpadding="4"><tr><th>code</th><th>status</th><th>message</th></tr>{codes}</table>
</noscript></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({{url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
  persistAuthorization: true, tryItOutEnabled: true}});
</script>
</body></html>
"""
