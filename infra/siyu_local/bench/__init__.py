"""`make bench`: every `case_*` module in this package adds rows to one table of figures,
measured in one run on this machine. Ratios are the figures to compare across machines."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Table:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, case: str, figure: str, value: float | int | str, goal: str = "") -> None:
        text = f"{value:.2f}" if isinstance(value, float) else str(value)
        self.rows.append((case, figure, text, goal))
        print(f"  {case:<14} {figure:<58} {text:>12}  {goal}", flush=True)
