"""`make dev` → `python -m siyu_local --port 3000`: run template.yaml locally (see runtime.py)."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path

from siyu_local.runtime import LocalRuntime, Options, run_forever, setup_console_logging
from siyu_local.template import TEMPLATE


def parse_args(argv: list[str]) -> Options:
    parser = argparse.ArgumentParser(prog="python -m siyu_local", description="Run template.yaml locally.")
    parser.add_argument("--port", type=int, default=3000, help="API port (default 3000; 0 = any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--kuaishou-port", type=int, default=None, help="fake Kuaishou platform port (default: API port + 1)"
    )
    parser.add_argument(
        "--template", type=Path, default=TEMPLATE, help="template file (default: template.yaml)"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="keep state in this folder between runs (default: clean start)",
    )
    parser.add_argument(
        "--no-demo", action="store_true", help="start without the demo shop, staff and members"
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=0.25,
        help="seconds between polls of queues, streams, schedules",
    )
    parser.add_argument(
        "--max-containers",
        type=int,
        default=4,
        help="containers (worker processes) per function unless the template reserves concurrency",
    )
    parser.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="also allow this browser origin (CORS), e.g. the demo's H5 build: http://127.0.0.1:5173",
    )
    parser.add_argument(
        "--parameter-overrides",
        nargs="+",
        default=[],
        metavar="KEY=VALUE",
        help="template parameters, e.g. LimitMemberWrites=600/60 (as sam deploy takes them)",
    )
    args = parser.parse_args(argv)
    parameters = []
    for pair in args.parameter_overrides:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            parser.error(f"--parameter-overrides: {pair!r} is not KEY=VALUE")
        parameters.append((key, value))
    if not ipaddress.ip_address(args.host).is_loopback:
        print(
            f"warning: binding {args.host}: the local runtime has no authentication of its own",
            file=sys.stderr,
        )
    return Options(
        host=args.host,
        port=args.port,
        kuaishou_port=args.kuaishou_port,
        template=args.template.resolve(),
        data_dir=args.data_dir,
        demo=not args.no_demo,
        poll_interval=args.poll_interval,
        max_containers=args.max_containers,
        allow_origins=tuple(args.allow_origin),
        parameters=tuple(parameters),
    )


def main(argv: list[str] | None = None) -> int:
    options = parse_args(sys.argv[1:] if argv is None else argv)
    setup_console_logging()
    runtime = LocalRuntime(options)
    try:
        runtime.start()
    except (OSError, ValueError) as exc:
        print(f"could not start: {exc}", file=sys.stderr)
        runtime.stop()
        return 1
    print(runtime.banner(), flush=True)
    run_forever(runtime)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
