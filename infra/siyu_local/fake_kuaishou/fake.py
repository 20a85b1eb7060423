"""``FakeKuaishou``: the fake open platform served over HTTP on 127.0.0.1, plus test helpers."""

from __future__ import annotations

import contextlib
import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Mapping
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from .server import FakeServer
from .signing import callback_sign, compact_json
from .state import Json, PlatformState

_LOOPBACK = {"127.0.0.1": "127.0.0.1", "localhost": "127.0.0.1"}

# No proxies: callbacks go straight to the notify_url even if HTTP(S)_PROXY is set.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class FakeKuaishou(PlatformState):
    """Stand-in for https://open.kuaishou.com; see the package docstring for the endpoints.

    Knobs (plain attributes): ``require_subscription``, ``auto_complete_refunds``,
    ``refund_delay``, ``callback_max_attempts``, ``callback_retry_interval``, ``callback_timeout``,
    ``callback_hosts``, ``require_ack_message_id``, ``message_qps``, ``epay_qps``, ``code_ttl``,
    ``token_ttl``, ``default_notify_url``.
    """

    def __init__(
        self,
        app_id: str = "ks700000000000000001",
        app_secret: str = "fake-app-secret",  # noqa: S107 - a fake's fixed test secret
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        seed: int = 0,
    ) -> None:
        if host not in _LOOPBACK:
            raise ValueError("the fake Kuaishou platform binds to 127.0.0.1 only")
        super().__init__(app_id, app_secret, seed=seed)
        self.host = _LOOPBACK[host]
        self.port = port
        self._server: FakeServer | None = None
        self._thread: threading.Thread | None = None
        self._timers: list[threading.Timer] = []

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> FakeKuaishou:
        if self._server is not None:
            raise RuntimeError("FakeKuaishou already started")
        self._server = FakeServer((self.host, self.port), self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fake-kuaishou:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            timers, self._timers = self._timers, []
        for timer in timers:
            timer.cancel()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeKuaishou:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeKuaishou is not started")
        return f"http://{self.host}:{self.port}"

    # ------------------------------------------------------------------ callbacks
    def send_callback(self, biz_type: str, data: Mapping[str, Any], notify_url: str) -> Json:
        """Build, sign and POST one callback envelope once; returns status, body, message_id, acked."""
        return self._deliver(biz_type, data, notify_url, max_attempts=1)

    def pay(
        self,
        out_order_no: str,
        channel: str = "WECHAT",
        *,
        status: str = "SUCCESS",
        extra_info: Mapping[str, Any] | None = None,
    ) -> Json:
        """Mark the order paid (or FAILED) and push the PAYMENT callback until acked.

        ``extra_info`` sets the order source, e.g. ``{"item_type": "LIVE", "author_id": "123"}``.
        Returns ``{"status", "body", "acked", "attempts", "message_id"}``; raises KeyError for an
        unknown order and ValueError if it is not PROCESSING (paid, failed or timed out).
        """
        notify_url, data = self._mark_paid(out_order_no, channel, status, extra_info)
        self.changed()
        result = self._deliver("PAYMENT", data, notify_url, max_attempts=self.callback_max_attempts)
        with self._lock:
            self._orders[out_order_no]["callback_attempts"].extend(result.pop("_attempts"))
        self.changed()
        return result

    def complete_refund(self, out_refund_no: str, status: str = "SUCCESS") -> Json:
        """Finish a PROCESSING refund and push the REFUND callback until acked."""
        notify_url, data = self._finish_refund(out_refund_no, status)
        self.changed()
        result = self._deliver("REFUND", data, notify_url, max_attempts=self.callback_max_attempts)
        with self._lock:
            self._refunds[out_refund_no]["callback_attempts"].extend(result.pop("_attempts"))
        self.changed()
        return result

    def complete_settle(
        self, out_settle_no: str, status: str = "SUCCESS", *, lose_callback: bool = False
    ) -> Json:
        """Finish a PROCESSING settlement and push the SETTLE callback until acked (or, with
        `lose_callback`, never reach the developer: every push lost on the way)."""
        notify_url, data = self._finish_settle(out_settle_no, status)
        if lose_callback:
            return {"status": 0, "body": None, "acked": False, "attempts": 0, "message_id": None}
        result = self._deliver("SETTLE", data, notify_url, max_attempts=self.callback_max_attempts)
        with self._lock:
            self._settles[out_settle_no]["callback_attempts"].extend(result.pop("_attempts"))
        return result

    def _settle_created(self, out_settle_no: str) -> None:
        if not self.auto_complete_settles:
            return
        timer = threading.Timer(self.settle_delay, self._auto_complete_settle, args=(out_settle_no,))
        timer.daemon = True
        self._timers = [t for t in self._timers if t.is_alive()]
        self._timers.append(timer)
        timer.start()

    def _auto_complete_settle(self, out_settle_no: str) -> None:
        with contextlib.suppress(KeyError, ValueError):  # completed by hand in the meantime
            self.complete_settle(out_settle_no)

    def redeliver(self, message_id: str) -> Json:
        """POST an earlier callback again with the very same bytes (a duplicate push)."""
        with self._lock:
            sent = next((c for c in reversed(self._callbacks) if c["message_id"] == message_id), None)
        if sent is None:
            raise KeyError(f"no callback with message_id {message_id!r}")
        raw = sent["body"].encode("utf-8")
        status, body = self._post(sent["notify_url"], raw, sent["kwaisign"])
        self._record_callback(
            sent["biz_type"], sent["notify_url"], message_id, raw, sent["kwaisign"], status, body
        )
        return {
            "status": status,
            "body": body,
            "message_id": message_id,
            "acked": self._is_ack(status, body, message_id),
        }

    def _refund_created(self, out_refund_no: str) -> None:
        if not self.auto_complete_refunds:
            return
        timer = threading.Timer(self.refund_delay, self._auto_complete_refund, args=(out_refund_no,))
        timer.daemon = True
        self._timers = [t for t in self._timers if t.is_alive()]
        self._timers.append(timer)
        timer.start()

    def _auto_complete_refund(self, out_refund_no: str) -> None:
        with contextlib.suppress(KeyError, ValueError):  # completed by hand in the meantime
            self.complete_refund(out_refund_no)

    def _deliver(self, biz_type: str, data: Mapping[str, Any], notify_url: str, *, max_attempts: int) -> Json:
        message_id = str(uuid.uuid4())
        envelope = {
            "data": dict(data),
            "biz_type": biz_type,
            "message_id": message_id,
            "app_id": self.app_id,
            "timestamp": self._now_ms(),
        }
        raw = compact_json(envelope).encode("utf-8")  # the exact bytes that are signed and sent
        kwaisign = callback_sign(raw, self.app_secret)
        attempts: list[Json] = []
        status, body, acked = 0, None, False
        for attempt in range(1, max(1, max_attempts) + 1):
            if attempt > 1 and self.callback_retry_interval:
                time.sleep(self.callback_retry_interval)
            status, body = self._post(notify_url, raw, kwaisign)
            acked = self._is_ack(status, body, message_id)
            attempts.append(
                self._record_callback(biz_type, notify_url, message_id, raw, kwaisign, status, body)
            )
            if acked:
                break
        return {
            "status": status,
            "body": body,
            "acked": acked,
            "attempts": len(attempts),
            "message_id": message_id,
            "_attempts": attempts,
        }

    def _is_ack(self, status: int, body: Any, message_id: str) -> bool:
        if status != 200 or not isinstance(body, dict) or body.get("result") != 1:
            return False
        return not self.require_ack_message_id or body.get("message_id") == message_id

    def _record_callback(
        self,
        biz_type: str,
        notify_url: str,
        message_id: str,
        raw: bytes,
        kwaisign: str,
        status: int,
        body: Any,
    ) -> Json:
        entry = {
            "biz_type": biz_type,
            "notify_url": notify_url,
            "message_id": message_id,
            "body": raw.decode("utf-8"),
            "kwaisign": kwaisign,
            "status": status,
            "response": body,
            "at": self._now(),
        }
        with self._lock:
            self._callbacks.append(entry)
        return dict(entry)

    def _post(self, url: str, raw: bytes, kwaisign: str) -> tuple[int, Any]:
        host = urlsplit(url).hostname or ""
        if self.callback_hosts is not None and host not in self.callback_hosts:
            return 0, {"error": f"fake: callback host {host!r} not in callback_hosts"}
        request = urllib.request.Request(
            url, data=raw, method="POST", headers={"Content-Type": "application/json", "kwaisign": kwaisign}
        )
        try:
            with _OPENER.open(request, timeout=self.callback_timeout) as response:
                status, text = response.status, response.read()
        except urllib.error.HTTPError as exc:
            status, text = exc.code, exc.read()
        except (urllib.error.URLError, OSError) as exc:
            return 0, {"error": f"fake: callback failed: {exc}"}
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text.decode("utf-8", "replace")
