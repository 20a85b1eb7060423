"""Run every benchmark case and print the table; the cases' own output goes to a log file."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from siyu_local import bench

# Cases that read what the others measured (Table.units) run after them.
LAST = ("capacity",)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m siyu_local.bench")
    parser.add_argument("cases", nargs="*", help="only these cases (e.g. orders coupons)")
    parser.add_argument("--log", type=Path, default=Path("bench.log"), help="where the cases' logs go")
    args = parser.parse_args(argv)
    only = set(args.cases)
    terminal, errors = sys.stdout, sys.stderr
    table = bench.Table(out=terminal)
    with args.log.open("w", encoding="utf-8") as log:
        # Loggers and warnings created from here on write to the log, not between the rows.
        sys.stdout = sys.stderr = log
        try:
            table.header()
            infos = pkgutil.iter_modules(bench.__path__)
            for info in sorted(infos, key=lambda m: (m.name.removeprefix("case_") in LAST, m.name)):
                case = info.name.removeprefix("case_")
                if not info.name.startswith("case_") or (only and case not in only):
                    continue
                importlib.import_module(f"siyu_local.bench.{info.name}").run(table)
        finally:
            sys.stdout, sys.stderr = terminal, errors
    print(f"  (logs: {args.log})", file=terminal)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
