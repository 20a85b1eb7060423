"""Run every benchmark case and print the table."""

from __future__ import annotations

import importlib
import pkgutil
import sys

from siyu_local import bench


def main(argv: list[str]) -> int:
    only = set(argv)
    table = bench.Table()
    print(f"  {'case':<14} {'figure':<58} {'value':>12}  goal")
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if not info.name.startswith("case_") or (only and info.name.removeprefix("case_") not in only):
            continue
        importlib.import_module(f"siyu_local.bench.{info.name}").run(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
