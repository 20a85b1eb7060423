"""`make bench`: every `case_*` module in this package adds rows to one table of figures,
measured in one run on this machine. Ratios are the figures to compare across machines.

Only the table goes to the terminal; everything the cases log goes to `bench.log`
(see `__main__`). Cases that count DynamoDB calls use `dynamodb_calls()` and
`quiet_environment()` below rather than setting up their own.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from siyu_local.template import Stack


@dataclass
class Table:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    out: TextIO = field(default_factory=lambda: sys.stdout)

    def header(self) -> None:
        print(f"  {'case':<14} {'figure':<58} {'value':>12}  goal", file=self.out, flush=True)

    def add(self, case: str, figure: str, value: float | int | str, goal: str = "") -> None:
        text = f"{value:.2f}" if isinstance(value, float) else str(value)
        self.rows.append((case, figure, text, goal))
        print(f"  {case:<14} {figure:<58} {text:>12}  {goal}", file=self.out, flush=True)


@contextmanager
def dynamodb_calls() -> Iterator[list[str]]:
    """The names of the DynamoDB operations any botocore client makes meanwhile (clients made
    before count too). Clear the list between figures."""
    import botocore.client

    calls: list[str] = []
    original = botocore.client.BaseClient._make_api_call

    def counting(client: Any, operation: str, params: Any) -> Any:
        if client.meta.service_model.service_name == "dynamodb":
            calls.append(operation)
        return original(client, operation, params)

    botocore.client.BaseClient._make_api_call = counting
    try:
        yield calls
    finally:
        botocore.client.BaseClient._make_api_call = original


def quiet_environment(stack: Stack, extra: dict[str, Any] | None = None) -> None:
    """The stack's environment for in-process cases, without tracing or metrics output."""
    from siyu_local.sandbox import configure_environment

    configure_environment(
        stack,
        {
            "POWERTOOLS_TRACE_DISABLED": "true",
            "POWERTOOLS_LOG_LEVEL": "WARNING",
            "POWERTOOLS_METRICS_DISABLED": "true",
            **(extra or {}),
        },
    )
