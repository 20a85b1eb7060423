"""Fixtures for the runtime's own unit tests: the probe stack (tests/e2e/fixtures) created in
an in-process moto, the runtime's clients, and functions that are plain Python callables."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from moto import mock_aws

from siyu_local import resources
from siyu_local.lambdas import Functions, LocalFunction
from siyu_local.targets import Clients
from siyu_local.template import Stack, load_stack

PROBE_TEMPLATE = Path(__file__).resolve().parents[1] / "e2e" / "fixtures" / "template.yaml"


@pytest.fixture
def probe_stack() -> Stack:
    return load_stack(PROBE_TEMPLATE)


@pytest.fixture
def probe_aws(probe_stack: Stack) -> Iterator[Clients]:
    """The probe template's resources in a fresh in-process moto; the runtime's clients."""
    with mock_aws():
        resources.create_all(probe_stack, {})
        yield Clients(probe_stack.region)


class Recorder:
    """A stand-in Lambda function: records each event, answers or raises as told."""

    def __init__(self, answer: Callable[[Any], Any] | None = None) -> None:
        self.events: list[Any] = []
        self.answer = answer

    def __call__(self, event: Any, context: Any) -> Any:
        self.events.append(event)
        return self.answer(event) if self.answer else {"ok": True}


def functions_for(stack: Stack, **handlers: Recorder) -> Functions:
    found = {}
    for logical_id, fn in stack.functions().items():
        handler = handlers.get(logical_id) or Recorder()
        found[logical_id] = LocalFunction(logical_id, fn.name, fn.arn, handler, timeout=5)
    return Functions(found)
