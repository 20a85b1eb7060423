"""siyu.lazy_powertools: Powertools' eager package inits deferred, with the same names and objects."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from siyu import lazy_powertools

LAYER = Path(__file__).resolve().parents[2] / "layers" / "siyu"

PROBE = textwrap.dedent(
    """
    import json, sys
    import siyu.lazy_powertools
    from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Depends, Response, content_types
    from aws_lambda_powertools.event_handler import api_gateway, depends
    from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEventV2
    from aws_lambda_powertools.utilities.data_classes import api_gateway_proxy_event
    report = {
        "same": [
            APIGatewayHttpResolver is api_gateway.APIGatewayHttpResolver,
            Response is api_gateway.Response,
            Depends is depends.Depends,
            APIGatewayProxyEventV2 is api_gateway_proxy_event.APIGatewayProxyEventV2,
            content_types.APPLICATION_JSON == "application/json",
        ],
        "before": [m for m in ("asyncio", "aws_lambda_powertools.event_handler.appsync") if m in sys.modules],
    }
    import aws_lambda_powertools.event_handler as event_handler
    report["appsync"] = event_handler.AppSyncResolver.__module__
    try:
        event_handler.NoSuchResolver
    except AttributeError as error:
        report["missing"] = str(error)
    namespace = {}
    exec("from aws_lambda_powertools.event_handler import *", namespace)
    report["star"] = sorted(n for n in namespace if not n.startswith("__"))
    report["all"] = sorted(event_handler.__all__)
    print(json.dumps(report))
    """
)


def test_handler_names_resolve_to_the_same_objects_without_the_other_resolvers() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={"PYTHONPATH": str(LAYER)},
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(out.stdout)
    assert report["same"] == [True] * 5
    assert report["before"] == []  # neither AppSync's resolver nor asyncio until asked for
    assert report["appsync"] == "aws_lambda_powertools.event_handler.appsync"
    assert "NoSuchResolver" in report["missing"]
    assert "APIGatewayHttpResolver" in report["star"]
    assert report["star"] == report["all"]


@pytest.fixture
def package_with_init(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], str]:
    """Writes an importable package with this `__init__` and two submodules; gives its name."""
    monkeypatch.syspath_prepend(str(tmp_path))

    def write(init: str) -> str:
        name = f"pkg_{uuid.uuid4().hex[:8]}"
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text(init)
        (tmp_path / name / "first.py").write_text("ANSWER = 42\n")
        (tmp_path / name / "second.py").write_text("OTHER = 'second'\n")
        return name

    return write


def test_only_the_submodule_of_a_name_asked_for_is_imported(package_with_init: Callable[[str], str]) -> None:
    name = package_with_init('"""docs"""\nfrom .first import ANSWER\nfrom .second import OTHER as RENAMED\n')
    assert lazy_powertools.defer_init(name) is True
    package = sys.modules[name]
    assert f"{name}.first" not in sys.modules
    assert package.ANSWER == 42
    assert f"{name}.first" in sys.modules
    assert f"{name}.second" not in sys.modules
    assert package.RENAMED == "second"
    assert package.__all__ == ["ANSWER", "RENAMED"]
    with pytest.raises(AttributeError, match="no attribute 'OTHER'"):
        package.OTHER  # noqa: B018 — the name the __init__ binds is RENAMED


def test_an_init_that_does_more_than_import_runs_as_usual(package_with_init: Callable[[str], str]) -> None:
    name = package_with_init("from .first import ANSWER\nDOUBLED = ANSWER * 2\n")
    assert lazy_powertools.defer_init(name) is False
    assert sys.modules[name].DOUBLED == 84
    assert f"{name}.first" in sys.modules
    assert lazy_powertools.defer_init(name) is False  # already imported: left as it is
