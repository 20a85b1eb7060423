"""The local runtime: template.yaml run on one machine.

    python -m siyu_local [--port 3000] [--data-dir .siyu-data] [--template path] [--no-demo]

Starts DynamoDB Local (Java, its own process; `-dbPath` in the data folder with --data-dir)
and, in this process: moto as a server (SQS, EventBridge, Scheduler, S3, Firehose, Secrets
Manager), every resource of the template in them, the fake Kuaishou platform, the template's
functions (worker processes per function, see lambdas.py), the HttpApi routes on 127.0.0.1, and the pollers
that deliver schedules, queues, streams and rules. One runtime per process: it sets the
process environment and the `siyu` caches the way one Lambda container would have them.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from siyu_local import apidoc, console, demo, docs, imports, resources, webhook_inbox, wiring
from siyu_local.botocore_data import share_botocore_data
from siyu_local.dynamodb_local import DynamoDBLocal
from siyu_local.gateway import Gateway, Reply, Request
from siyu_local.lambdas import Functions
from siyu_local.motoserver import MotoServer
from siyu_local.persistence import DataDir
from siyu_local.routes import RouteTable
from siyu_local.scheduler import RuleSchedules, SchedulerPoller
from siyu_local.sources import RuleQueues, SqsPoller, StreamCheckpoints, StreamPoller
from siyu_local.targets import Clients, Deliveries, Targets
from siyu_local.template import TEMPLATE, Stack, load_template
from siyu_local.ttl import TtlSweeper

log = logging.getLogger("siyu_local")
KUAISHOU_LOCAL_SECRET = "siyu-local-kuaishou-app-secret"
LOCALLIFE_LOCAL_SECRET = "siyu-local-locallife-app-secret"
PAYMENT_NOTIFY_OUTPUT = "PaymentNotifyUrl"
IDLE_WAIT = 1.0  # s an idle queue poller sleeps unless a request changed SQS (delays, visibility)
RELOOK = 5.0  # s after which the dispatcher reads schedules and rule queues again, changed or not
DELIVERY_WORKERS = 16  # schedules and rule targets delivered beside each other (siyu_local.targets)


class Changes:
    """Generations of the AWS state the moto server keeps ("sqs", "schedules", …), moved by
    every request that changes one: idle pollers sleep until their kind moves."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._generations: dict[str, int] = {}

    def bump(self, kind: str) -> None:
        with self._cond:
            self._generations[kind] = self._generations.get(kind, 0) + 1
            self._cond.notify_all()

    def generation(self, kind: str) -> int:
        return self._generations.get(kind, 0)

    def wait(self, kind: str, since: int, timeout: float) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self._generations.get(kind, 0) != since, timeout)

    def watch(self, kind: str, every: float) -> _Watch:
        return _Watch(self, kind, every)


class _Watch:
    """One reader's view of a kind: moved since it last looked, or `every` seconds passed
    (a safety net: every change of schedules and rule queues is a request to moto)."""

    def __init__(self, changes: Changes, kind: str, every: float) -> None:
        self.changes, self.kind, self.every = changes, kind, every
        self.seen, self.looked = -1, 0.0

    def moved(self) -> bool:
        generation = self.changes.generation(self.kind)
        if generation == self.seen and time.monotonic() - self.looked < self.every:
            return False
        self.seen, self.looked = generation, time.monotonic()
        return True


@dataclass
class Options:
    host: str = "127.0.0.1"
    port: int = 3000
    kuaishou_port: int | None = None  # default: port + 1 (0 when port is 0)
    template: Path = TEMPLATE
    data_dir: Path | None = None
    demo: bool = True
    poll_interval: float = 0.25
    retry_base: float = 1.0  # first retry pause (s) of failed scheduled / rule deliveries
    max_containers: int = 4  # per function, unless the template reserves concurrency
    idle_seconds: float = 300.0  # a container unused this long is stopped
    ttl_interval: float = 15.0  # seconds between sweeps of expired TTL items (runtime clock)
    allow_origins: tuple[str, ...] = ()  # browser origins allowed besides the template's CORS (H5 demo)
    parameters: tuple[tuple[str, str], ...] = ()  # template parameter overrides, as sam deploy takes them


def setup_console_logging(level: int = logging.INFO) -> None:
    if log.handlers:
        return
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s.%(msecs)03d  %(message)s", datefmt="%H:%M:%S"))
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False


class LocalRuntime:
    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.started_in = 0.0
        self.ready = False  # API routes (/v1/health too) wait until start() is done, demo included
        self.webhooks = webhook_inbox.WebhookInbox()  # /_local/webhooks: a receiver to try webhooks on
        self.demo_lines: list[tuple[str, dict[str, str]]] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.changes = Changes()
        self.moto = MotoServer(self.options.host, on_change=self._state_changed)
        self._keeping = False  # state changes are written from the end of start() on
        db_path = self.options.data_dir / "dynamodb" if self.options.data_dir else None
        self.dynamodb = DynamoDBLocal(self.options.host, db_path=db_path)
        self.kuaishou: Any = None
        self.locallife: Any = None  # the fake local-life platform (vouchers)
        self.gateway: Gateway | None = None
        self.data = DataDir(self.options.data_dir) if self.options.data_dir else None
        self.restored = False
        self.stack: Stack
        self.functions: Functions
        self.clients: Clients
        self.scheduler: SchedulerPoller
        self.rule_schedules: RuleSchedules
        self.rule_queues: RuleQueues
        self.deliveries: Deliveries
        self.pollers: list[SqsPoller | StreamPoller] = []
        self._openapi: dict[str, Any] | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> LocalRuntime:
        started = time.perf_counter()
        warnings.filterwarnings("ignore", message="No application metrics to publish")
        self.dynamodb.launch()  # the JVM starts while the rest is set up
        share_botocore_data()
        opts = self.options
        template = load_template(opts.template)
        self.kuaishou = self._start_kuaishou(template)
        self.locallife = self._start_locallife(template)
        self.stack = self._load_stack(template)
        self.moto.start()
        self._configure_environment()
        ddb = self.dynamodb.url  # its port is known before it answers
        self.clients = Clients(self.stack.region, self.moto.url, {"dynamodb": ddb, "dynamodbstreams": ddb})
        saved_secrets = self.data.secrets() if self.data and self.data.has_state else {}
        resources.create_all(self.stack, {**self._secret_values(), **saved_secrets}, tables=False)
        self.dynamodb.wait_ready()
        log.info("DynamoDB Local answers (%.1f s after start)", time.perf_counter() - started)
        resources.create_tables(self.stack, wall_clock_ttl=False)  # self.ttl expires on siyu.clock
        meta: dict[str, Any] = {}
        if self.data is not None and self.data.has_state:
            meta = self.data.restore(self.stack, self.clients)
            self.restored = bool(meta)
            kuaishou_state = self.data.kuaishou()
            if self.restored and kuaishou_state:
                self.kuaishou.import_state(kuaishou_state)
        self.ttl = TtlSweeper(self.stack, self.clients, _now)
        self.functions = Functions.from_stack(
            self.stack, max_containers=opts.max_containers, idle_seconds=opts.idle_seconds
        )
        # The .pyc a built package carries: containers load them instead of compiling each time.
        imports.compile_code(self.stack)
        # Functions write DynamoDB only while invoked: stream pollers wake when one ends.
        self.functions.on_invoked = lambda: self.changes.bump("dynamodb")
        targets = Targets(self.stack, self.functions, self.clients)
        self.deliveries = Deliveries(targets, retry_base=opts.retry_base, workers=DELIVERY_WORKERS)
        self.scheduler = SchedulerPoller(self.clients("scheduler"), self.deliveries)
        self.scheduler.completed = {(str(g), str(n)) for g, n in meta.get("completed_schedules", [])}
        rules = wiring.rules(self.stack)
        self.rule_schedules = RuleSchedules(self.stack, rules, self.deliveries)
        self.rule_queues = RuleQueues(self.stack, rules, self.clients, self.deliveries, _now)
        self.pollers = [
            SqsPoller(self.stack, s, self.functions, self.clients) for s in wiring.sqs_sources(self.stack)
        ]
        checkpoints = StreamCheckpoints(
            self.data.streams() if self.data and self.restored else None,
            on_change=self.data.save_streams if self.data else None,
        )
        self.pollers += [
            StreamPoller(
                self.stack,
                s,
                self.functions,
                self.clients,
                start_at_latest=self.restored,  # resume after the checkpoints, not from the start
                retry_base=opts.retry_base,
                service_record=self.ttl.service_record,
                checkpoints=checkpoints,
            )
            for s in wiring.stream_sources(self.stack)
        ]
        routes = RouteTable(wiring.routes(self.stack))
        for key in routes.duplicates():
            log.warning("route %s is declared more than once in the template", key)
        self.gateway = Gateway(
            routes,
            self.functions,
            cors=wiring.cors(self.stack, extra_origins=opts.allow_origins),
            local=self._local,
            host=opts.host,
            port=opts.port,
        )
        self.gateway.open.clear()  # API requests wait until the demo data is in place
        self.gateway.start()
        self._point_kuaishou_callbacks()
        if self.restored:
            self.demo_lines = [(m, dict(lines)) for m, lines in meta.get("demo", [])]
        elif opts.demo:
            seeding = time.perf_counter()
            self.demo_lines = demo.seed_all(
                demo.DemoContext(self.api_url, self.kuaishou, self.stack, self.locallife)
            )
            log.info("demo data in place (%.1f s)", time.perf_counter() - seeding)
        self._spawn("dispatcher", self._dispatch_loop)
        for poller in self.pollers:
            self._spawn(f"poll:{poller.source.origin}", self._poll_loop(poller))
        if self.data is not None:
            self.data.save(self.stack, self.clients, self._meta())
            self.kuaishou.on_change = self.data.save_kuaishou
            self.kuaishou.changed()
            self._keeping = True
        self.started_in = time.perf_counter() - started
        self.ready = True
        self.gateway.open.set()
        return self

    def stop(self) -> None:
        self._stop.set()
        for kind in ("sqs", "dynamodb"):
            self.changes.bump(kind)  # wake the sleeping pollers
        for thread in self._threads:
            thread.join(timeout=5)
        self.save()
        if self.gateway is not None:
            self.gateway.stop()
        if getattr(self, "deliveries", None) is not None:
            self.deliveries.shutdown()
        if getattr(self, "functions", None) is not None:
            self.functions.shutdown()
        if self.kuaishou is not None:
            self.kuaishou.stop()
        if self.locallife is not None:
            self.locallife.stop()
        self.moto.stop()
        self.dynamodb.stop()

    def save(self) -> None:
        if self.data is None or not self._keeping:
            return
        try:
            self.data.save(self.stack, self.clients, self._meta())
        except Exception:
            log.exception("could not save state to %s", self.data.path)

    def _meta(self) -> dict[str, Any]:
        return {"demo": self.demo_lines, "completed_schedules": sorted(self.scheduler.completed)}

    def _state_changed(self, kind: str) -> None:
        """A request changed kept state (moto server): wake what waits on that kind and write
        it before it is answered."""
        self.changes.bump(kind)
        if self.data is None or not self._keeping:
            return
        try:
            self.data.save_service(kind, self.stack, self.clients)
        except Exception:
            log.exception("could not write %s state to %s", kind, self.data.path)

    # ------------------------------------------------------------------ start-up pieces
    def _start_kuaishou(self, template: dict[str, Any]) -> Any:
        from siyu_local.fake_kuaishou import FakeKuaishou

        stack = Stack(template)
        params = template.get("Parameters", {})
        app_id = stack.parameter("KuaishouAppId") if "KuaishouAppId" in params else "ks700000000000000001"
        port = self.options.kuaishou_port
        if port is None:
            port = self.options.port + 1 if self.options.port else 0
        fake = FakeKuaishou(app_id=app_id, app_secret=KUAISHOU_LOCAL_SECRET, port=port)
        from siyu import clock

        fake.time_source = lambda: clock.now().timestamp()  # the platform follows POST /_local/clock
        # Kuaishou keeps retrying a payment callback for minutes; a busy local runtime may need a
        # cold start of the payments function to answer, so the local platform waits and retries.
        fake.callback_timeout, fake.callback_retry_interval, fake.callback_max_attempts = 15.0, 1.0, 5
        return fake.start()

    def _start_locallife(self, template: dict[str, Any]) -> Any:
        """The fake local-life platform on a free port (it keeps no state between runs)."""
        if "LocalLifeBaseUrl" not in template.get("Parameters", {}):
            return None
        from siyu import clock
        from siyu_local.fake_locallife import FakeLocalLife

        app_id = Stack(template).parameter("LocalLifeAppId")
        fake = FakeLocalLife(app_id=app_id, app_secret=LOCALLIFE_LOCAL_SECRET, port=0)
        fake.time_source = lambda: clock.now().timestamp()
        return fake.start()

    def _load_stack(self, template: dict[str, Any]) -> Stack:
        overrides = dict(self.options.parameters)
        unknown = sorted(set(overrides) - set(template.get("Parameters", {})))
        if unknown:
            raise ValueError(f"--parameter-overrides: the template has no parameter {', '.join(unknown)}")
        if "KuaishouBaseUrl" in template.get("Parameters", {}):
            overrides["KuaishouBaseUrl"] = self.kuaishou.base_url
        if self.locallife is not None:
            overrides["LocalLifeBaseUrl"] = self.locallife.base_url
        return Stack(template, base_dir=self.options.template.resolve().parent, parameter_overrides=overrides)

    def _secret_values(self) -> dict[str, str]:
        values = {}
        if "KuaishouSecretName" in self.stack.template.get("Parameters", {}):
            values[self.stack.parameter("KuaishouSecretName")] = KUAISHOU_LOCAL_SECRET
        if self.locallife is not None:
            values[self.stack.parameter("LocalLifeSecretName")] = LOCALLIFE_LOCAL_SECRET
        return values

    def _configure_environment(self) -> None:
        from siyu_local.sandbox import configure_environment, reset_caches

        # The runtime's own process (demo seeding, helpers) sees every function's variables;
        # each container gets its own function's environment on top (lambdas.Container).
        shared: dict[str, str] = {}
        for fn in self.stack.functions().values():
            for key, value in fn.environment.items():
                shared.setdefault(key, value)
        configure_environment(
            self.stack,
            {
                **shared,
                "AWS_ENDPOINT_URL": self.moto.url,
                "AWS_ENDPOINT_URL_DYNAMODB": self.dynamodb.url,
                "AWS_ENDPOINT_URL_DYNAMODB_STREAMS": self.dynamodb.url,
                "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled",
                "POWERTOOLS_SERVICE_NAME": "siyu-local",
                "POWERTOOLS_TRACE_DISABLED": "true",  # no X-Ray daemon here
                "POWERTOOLS_METRICS_DISABLED": "true",  # EMF lines would drown the request log
            },
        )
        reset_caches()

    def _point_kuaishou_callbacks(self) -> None:
        """The fake's console "default callback URL" is the template's PaymentNotifyUrl, local."""
        outputs = self.stack.outputs()
        if PAYMENT_NOTIFY_OUTPUT in outputs and self.stack.resources_of("AWS::Serverless::HttpApi"):
            deployed_base = self.stack.api_base_url(
                next(iter(self.stack.resources_of("AWS::Serverless::HttpApi")))
            )
            self.kuaishou.default_notify_url = outputs[PAYMENT_NOTIFY_OUTPUT].replace(
                deployed_base, self.api_url
            )

    def _spawn(self, name: str, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    # ------------------------------------------------------------------ background loops
    def _dispatch_loop(self) -> None:
        last_sweep = time.monotonic()
        completed = len(self.scheduler.completed)
        schedules, queues = self.changes.watch("schedules", RELOOK), self.changes.watch("sqs", RELOOK)
        steps = (
            lambda: self.scheduler.tick(_now(), refresh=schedules.moved()),
            lambda: self.rule_schedules.tick(_now()),
            lambda: int(queues.moved() and self.rule_queues.tick()),
            lambda: self.deliveries.run_due(_now()),
        )
        while not self._stop.is_set():
            if time.monotonic() - last_sweep > self.options.ttl_interval:
                last_sweep = time.monotonic()
                try:
                    if self.ttl.tick():
                        self.changes.bump("dynamodb")  # its deletions are stream records
                    self.functions.reap()
                except Exception:
                    log.exception("TTL sweep or container reaping failed")
            worked = 0
            for step in steps:
                try:
                    worked += step()
                except Exception:
                    log.exception("local dispatcher step failed")
            if self.data is not None and len(self.scheduler.completed) != completed:
                completed = len(self.scheduler.completed)
                self.data.save_meta(self._meta())
            if not worked:
                self._stop.wait(self.options.poll_interval)

    def _poll_loop(self, poller: SqsPoller | StreamPoller) -> Callable[[], None]:
        def loop() -> None:
            while not self._stop.is_set():
                generation, writes = self.changes.generation("sqs"), self.changes.generation("dynamodb")
                try:
                    worked = poller.tick()
                except Exception:
                    log.exception("%s poller failed", poller.source.origin)
                    worked = False
                if worked:
                    continue
                if isinstance(poller, SqsPoller):  # asleep until something is sent (or a while)
                    self.changes.wait("sqs", generation, IDLE_WAIT)
                elif poller.idle:  # asleep until a function ran (it may have written) or a while
                    self.changes.wait("dynamodb", writes, IDLE_WAIT)
                else:  # records wait for their batching window or a retry
                    self._stop.wait(self.options.poll_interval)

        return loop

    # ------------------------------------------------------------------ URLs and banner
    @property
    def api_url(self) -> str:
        assert self.gateway is not None
        return self.gateway.url

    def banner(self) -> str:
        api, ks = self.api_url, self.kuaishou.base_url
        routes = len(self.gateway.routes.routes) if self.gateway else 0
        state = f"kept in {self.data.path}" if self.data else "clean start (--data-dir keeps it)"
        lines = [
            f"Siyu local runtime ready in {self.started_in:.2f} s "
            f"({self.options.template.name}: {len(self.functions.names())} functions, {routes} routes)",
            f"  API               {api}",
            f"  docs              {api}/docs   (OpenAPI: {api}/openapi.json)",
            f"  console           {api}/console/   (staff logins below; build it with `make console`)",
            f"  fake Kuaishou     {ks}   (pay pending orders: {ks}/pay)",
            f"  member login code {api}/_local/login-code?open_id=<any>   (tokens: /_local/token?open_id=…)",
            f"  local helpers     {api}/_local",
            f"  AWS (moto)        {self.moto.url}",
            f"  DynamoDB Local    {self.dynamodb.url}",
            f"  state             {state}" + (" — restored" if self.restored else ""),
        ]
        for _, demo_lines in self.demo_lines:
            lines += [f"  {label:<17} {text}" for label, text in demo_lines.items()]
        return "\n".join(lines)

    def info(self) -> dict[str, Any]:
        return {
            "api_url": self.api_url,
            "docs_url": f"{self.api_url}/docs",
            "console_url": f"{self.api_url}/console/",
            "aws_endpoint": self.moto.url,
            "dynamodb_endpoint": self.dynamodb.url,
            "region": self.stack.region,
            "kuaishou_url": self.kuaishou.base_url,
            "kuaishou_app_id": self.kuaishou.app_id,
            "pay_url": f"{self.kuaishou.base_url}/pay",
            "kuaishou_notify_url": self.kuaishou.default_notify_url,
            "ready": self.ready,
            # settled: the demo's background seeding is done and no function has run for a
            # while, i.e. the event pipeline (streams, queues, rules, Firehose) is drained
            "seeding": demo.seeding(),
            "quiet_seconds": round(self.functions.quiet_for(), 1),
            "started_in_seconds": round(self.started_in, 3),
            "restored": self.restored,
            "functions": {
                f: {"name": self.functions[f].name, "arn": self.functions[f].arn}
                for f in self.functions.names()
            },
            "tables": {
                t: self.stack.physical_name(t) for t in self.stack.resources_of("AWS::DynamoDB::Table")
            },
            "queues": {q: self.stack.physical_name(q) for q in self.stack.resources_of("AWS::SQS::Queue")},
            "event_buses": {
                b: self.stack.physical_name(b) for b in self.stack.resources_of("AWS::Events::EventBus")
            },
            "outputs": self.stack.outputs(),
            "demo": dict(self.demo_lines),
        }

    # ------------------------------------------------------------------ /_local, /docs, /openapi.json
    def _local(self, request: Request) -> Reply | None:
        path = request.path
        if path in docs.ASSETS and request.method == "GET":
            found = docs.asset(path)
            return (
                Reply(200, {"content-type": found[1], "cache-control": "max-age=3600"}, found[0])
                if found
                else None
            )
        if path == "/openapi.json" and request.method == "GET":
            return Reply.json(200, self.openapi())
        if console.wants(path) and request.method in ("GET", "HEAD"):
            return console.serve(path)
        if path == "/docs/api.md" and request.method == "GET":
            markdown = apidoc.render(self.openapi()).encode()
            return Reply(200, {"content-type": "text/markdown; charset=utf-8"}, markdown)
        if path in ("/docs", "/docs/") and request.method == "GET":
            return Reply(
                200, {"content-type": "text/html; charset=utf-8"}, docs.page(self.openapi()).encode()
            )
        if not (path == "/_local" or path.startswith("/_local/")):
            return None
        if path == webhook_inbox.PREFIX or path.startswith(webhook_inbox.PREFIX + "/"):
            status, extra, answer = self.webhooks.handle(
                request.method, path, dict(request.headers), request.body
            )
            reply = Reply.json(status, answer)
            reply.headers.update(extra)
            return reply
        query = {k: v[0] for k, v in parse_qs(request.query).items()}
        handlers: dict[tuple[str, str], Callable[[Request, dict[str, str]], Reply]] = {
            ("GET", "/_local"): lambda r, q: Reply.json(200, {"helpers": LOCAL_HELPERS}),
            ("GET", "/_local/info"): lambda r, q: Reply.json(200, self.info()),
            ("GET", "/_local/login-code"): self._login_code,
            ("GET", "/_local/token"): self._token,
            ("GET", "/_local/clock"): lambda r, q: Reply.json(200, _clock_state()),
            ("POST", "/_local/clock"): self._set_clock,
            ("GET", "/_local/schedules"): lambda r, q: Reply.json(
                200, {"scheduler": self.scheduler.describe(), "rules": self.rule_schedules.describe()}
            ),
            ("GET", "/_local/containers"): lambda r, q: Reply.json(200, self.functions.describe()),
            ("GET", "/_local/kuaishou/messages"): lambda r, q: Reply.json(200, self.kuaishou.sent_messages),
            ("POST", "/_local/locallife"): self._locallife,
        }
        handler = handlers.get((request.method, path.rstrip("/") or "/"))
        if handler is None:
            return Reply.json(404, {"message": "Not Found", "helpers": LOCAL_HELPERS})
        return handler(request, query)

    def openapi(self) -> dict[str, Any]:
        if self._openapi is None:
            from siyu_local.openapi import build

            try:
                doc = build(self.stack)
            except Exception as exc:  # e.g. a function that is not a Powertools resolver
                log.warning("no OpenAPI document from the code (%s); listing the template's routes", exc)
                doc = self._routes_document()
            doc["servers"] = [{"url": self.api_url, "description": "local runtime"}]
            self._openapi = doc
        return self._openapi

    def _routes_document(self) -> dict[str, Any]:
        paths: dict[str, dict[str, Any]] = {}
        for route in wiring.routes(self.stack):
            methods = (
                ["get", "post", "put", "patch", "delete"] if route.method == "ANY" else [route.method.lower()]
            )
            for method in methods:
                paths.setdefault(route.path, {})[method] = {
                    "summary": f"{route.function} ({route.route_key})"
                }
        return {
            "openapi": "3.1.0",
            "info": {"title": "API (routes of the template)", "version": "local"},
            "paths": paths,
        }

    def _locallife(self, request: Request, query: dict[str, str]) -> Reply:
        """The fake local-life platform's knobs: {"action": sell | auth_code | add_poi | throttle |
        delay_next_verify | verify_elsewhere | bill, …its arguments}."""
        fake = self.locallife
        if fake is None:
            return Reply.json(404, {"message": "no local-life platform in this template"})
        try:
            body = json.loads(request.body or b"{}")
            action = body.pop("action")
            actions: dict[str, Callable[..., Any]] = {
                "sell": fake.sell_voucher,
                "auth_code": fake.issue_auth_code,
                "add_poi": fake.add_poi,
                "throttle": fake.throttle,
                "delay_next_verify": fake.delay_next_verify,
                "verify_elsewhere": fake.verify_elsewhere,
                "bill": lambda: fake.bill_records,
                "verified_count": fake.verified_count,
            }
            result = actions[action](**body)
        except (KeyError, TypeError, ValueError) as exc:
            return Reply.json(400, {"message": f"bad local-life action: {exc}"})
        return Reply.json(200, {"result": result})

    def _login_code(self, request: Request, query: dict[str, str]) -> Reply:
        open_id = query.get("open_id") or None
        code = self.kuaishou.issue_login_code(open_id=open_id)
        return Reply.json(200, {"code": code, "note": "single use, 5 minutes: POST /v1/auth/login {code}"})

    def _token(self, request: Request, query: dict[str, str]) -> Reply:
        """Log a member in through the API itself (POST /v1/auth/login) with a fresh code."""
        assert self.gateway is not None
        code = self.kuaishou.issue_login_code(open_id=query.get("open_id") or None)
        login = Request(
            "POST",
            "/v1/auth/login",
            [("content-type", "application/json"), ("host", request.header("host") or "localhost")],
            json.dumps({"code": code}).encode(),
        )
        reply, _ = self.gateway.handle(login)
        return reply

    def _set_clock(self, request: Request, query: dict[str, str]) -> Reply:
        from siyu import clock

        try:
            body = json.loads(request.body or b"{}")
            if body.get("reset"):
                clock.clock.reset()
            elif "advance_seconds" in body:
                clock.clock.shift(timedelta(seconds=float(body["advance_seconds"])))
            elif "set" in body:
                clock.clock.reset()
                clock.clock.shift(clock.parse_iso(str(body["set"])) - clock.now())
            else:
                raise ValueError("give advance_seconds, set (ISO-8601) or reset")
        except (ValueError, TypeError, AttributeError) as exc:
            return Reply.json(400, {"message": str(exc)})
        state = _clock_state()
        log.info("clock is now %s (offset %+.0f s)", state["now"], state["offset_seconds"])
        return Reply.json(200, state)


LOCAL_HELPERS = {
    "GET /_local/info": "URLs, AWS endpoint, functions, tables, queues of this runtime",
    "GET /_local/login-code?open_id=…": "a ks.login code from the fake platform (for POST /v1/auth/login)",
    "GET /_local/token?open_id=…": "log that Kuaishou user in through the API; returns its tokens",
    "GET /_local/clock": "the runtime's clock (siyu.clock), which schedules follow",
    "POST /_local/clock": '{"advance_seconds": 3600} | {"set": "2026-12-01T02:00:00Z"} | {"reset": true}',
    "GET /_local/schedules": "known schedules and when each fires next",
    "GET /_local/containers": "each function's containers (worker processes): warm, busy, started",
    "GET /_local/kuaishou/messages": "subscribe messages sent through the fake platform",
    "POST /_local/locallife": '{"action": "sell", "title": …, "pay_fen": …} and the fake local-life '
    "platform's other knobs (auth_code, add_poi, throttle, delay_next_verify, verify_elsewhere, bill)",
    "POST /_local/webhooks/<inbox>": "a webhook receiver (verifies signatures, dedupes by webhook-id); "
    "GET it to see what arrived, POST …/config to set its secret or make it fail or slow",
}


def _now() -> Any:
    from siyu import clock

    return clock.now()


def _clock_state() -> dict[str, Any]:
    from siyu import clock

    now = clock.now()
    offset = (now - datetime.now(UTC)).total_seconds()  # the shift against the wall clock
    return {"now": clock.iso(now), "offset_seconds": round(offset, 3)}


def run_forever(runtime: LocalRuntime) -> None:
    """Block until interrupted, then stop cleanly (state is saved with --data-dir)."""
    import signal

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        log.info("stopping")
        runtime.stop()
