"""The operations console (console/, built by `make console` into console/dist) served by
the local runtime at /console, on the API's origin, as CloudFront serves it in a stack.

Files under /console/assets/ have hashed names and are cached for good; any other path
under /console is the single-page app's route and gets index.html (history mode)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from siyu_local.gateway import Reply
from siyu_local.template import ROOT

DIST = ROOT / "console" / "dist"
PREFIX = "/console"
NOT_BUILT = (
    "<!doctype html><meta charset=utf-8><title>运营后台未构建</title>"
    "<p>运营后台还没有构建：运行 <code>make console</code>（npm ci &amp;&amp; npm run build）后刷新。</p>"
)


def wants(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")


def serve(path: str, dist: Path = DIST) -> Reply:
    if path == PREFIX:
        return Reply(301, {"location": PREFIX + "/"}, b"")
    relative = path[len(PREFIX) + 1 :]
    if relative:
        target = (dist / relative).resolve()
        if target.is_file() and target.is_relative_to(dist.resolve()):
            content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            if content_type.startswith("text/") or content_type.endswith(("javascript", "json")):
                content_type += "; charset=utf-8"
            cache = "public, max-age=31536000, immutable" if relative.startswith("assets/") else "no-cache"
            return Reply(200, {"content-type": content_type, "cache-control": cache}, target.read_bytes())
        if relative.startswith("assets/"):
            return Reply(404, {"content-type": "text/plain; charset=utf-8"}, b"not found")
    index = dist / "index.html"
    if not index.is_file():
        return Reply(503, {"content-type": "text/html; charset=utf-8"}, NOT_BUILT.encode())
    return Reply(
        200, {"content-type": "text/html; charset=utf-8", "cache-control": "no-cache"}, index.read_bytes()
    )
