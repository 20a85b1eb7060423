"""The mp-kuaishou build of the demo: app.json lists every page of pages.json, and each page
has its compiled ksml, js and json."""

from __future__ import annotations

import json
import re

from tests.e2e.conftest import ROOT

DEMO = ROOT / "clients" / "demo"
MP = DEMO / "dist" / "build" / "mp-kuaishou"


def _pages_json() -> dict:
    # pages.json may carry comments (uni-app allows them)
    text = re.sub(r"^\s*//.*$", "", (DEMO / "src" / "pages.json").read_text(encoding="utf-8"), flags=re.M)
    return json.loads(text)


def test_mp_kuaishou_build_has_app_json_and_every_page() -> None:
    app = json.loads((MP / "app.json").read_text(encoding="utf-8"))
    pages = [p["path"] for p in _pages_json()["pages"]]
    assert app["pages"] == pages
    for page in pages:
        for ext in ("ksml", "js", "json"):
            assert (MP / f"{page}.{ext}").is_file(), f"{page}.{ext} missing in the mp-kuaishou build"
    assert (MP / "app.js").is_file()
    vendor = (MP / "common" / "vendor.js").read_text(encoding="utf-8")
    assert "ks." in vendor
    assert "wx." not in vendor
    # the local-runtime stand-ins (login codes, the fake /pay page) stay out of the mini-program
    assert "_local/login-code" not in vendor
