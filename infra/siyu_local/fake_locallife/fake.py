"""``FakeLocalLife``: state, rules and the HTTP server of the fake local-life platform (see
the package docstring for the contract and the scenarios)."""

from __future__ import annotations

import copy
import json
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

Json = dict[str, Any]
SHANGHAI = timezone(timedelta(hours=8))

# The fake's error codes (the client in siyu.vouchers.platform names the same numbers).
OK = 0
ALREADY_VERIFIED = 1208  # a verify_results[].result (Douyin's documented code)
UNDO_WINDOW_PASSED = 3000001  # cancel past the window (Douyin's documented code)
TOKEN_INVALID = 2190008
CODE_UNKNOWN = 1001001
CODE_USED = 1001002
CODE_EXPIRED = 1001003
CODE_OTHER_STORE = 1001004
RATE_LIMITED = 2100004
PARAM_ERROR = 2100001
AUTH_CODE_INVALID = 40001  # oauth2 result (≠ 1)

UNUSED, VERIFIED, EXPIRED = 1, 2, 3


class FakeLocalLife:
    """Knobs: ``token_ttl`` (48 h), ``refresh_ttl`` (180 d), ``cancel_window`` (3600 s, GUESS
    as on Douyin), ``verify_token_ttl`` (600 s), ``time_source`` (epoch seconds)."""

    def __init__(
        self,
        app_id: str = "kslocal-app-0001",
        app_secret: str = "fake-locallife-secret",  # noqa: S107 - a fake's fixed test secret
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        merchant: str = "merchant-1",
    ) -> None:
        if host not in ("127.0.0.1", "localhost"):
            raise ValueError("the fake local-life platform binds to 127.0.0.1 only")
        self.app_id = app_id
        self.app_secret = app_secret
        self.host = "127.0.0.1"
        self.port = port
        self.merchant = merchant
        self.token_ttl = 48 * 3600
        self.refresh_ttl = 180 * 86400
        self.cancel_window = 3600.0
        self.verify_token_ttl = 600.0
        self.time_source: Callable[[], float] = time.time
        self._lock = threading.RLock()
        self._auth_codes: dict[str, str] = {}
        self._tokens: dict[str, Json] = {}  # access token -> {merchant, expires_at}
        self._refresh: dict[str, Json] = {}  # refresh token -> {merchant, expires_at}
        self._pois: dict[str, str] = {}  # poi_id -> merchant
        self._vouchers: dict[str, Json] = {}  # certificate_id -> voucher
        self._by_code: dict[str, str] = {}
        self._by_encrypted: dict[str, str] = {}
        self._by_qr: dict[str, str] = {}
        self._verify_tokens: dict[str, Json] = {}
        self._bill: list[Json] = []
        self._throttle = 0
        self._delay_verify: list[float] = []
        self.calls: list[tuple[str, str]] = []
        self.refreshes = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> FakeLocalLife:
        self._server = _Server((self.host, self.port), self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
            name="fake-locallife",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _now(self) -> float:
        return float(self.time_source())

    # ------------------------------------------------------------------ test and demo helpers
    def issue_auth_code(self, merchant: str | None = None) -> str:
        code = "auth-" + secrets.token_hex(8)
        with self._lock:
            self._auth_codes[code] = merchant or self.merchant
        return code

    def add_poi(self, poi_id: str, account_id: str | None = None) -> None:
        with self._lock:
            self._pois[poi_id] = account_id or self.merchant

    def sell_voucher(
        self,
        *,
        title: str = "双人下午茶套餐",
        pay_fen: int = 5990,
        original_fen: int = 8800,
        code: str | None = None,
        account_id: str | None = None,
        poi_ids: list[str] | None = None,
        valid_days: float = 30,
        groupon_type: int = 1,
    ) -> Json:
        """A voucher bought on Kuaishou: returns {code, qr, certificate_id, encrypted_code, order_id}.
        ``valid_days`` < 0 makes an expired one."""
        with self._lock:
            now = self._now()
            certificate_id = "cert" + secrets.token_hex(6)
            code = code or "".join(str(secrets.randbelow(10)) for _ in range(12))
            encrypted, qr = (
                "enc_" + secrets.token_urlsafe(12),
                "https://v.kuaishou.com/ll/" + secrets.token_urlsafe(8),
            )
            voucher: Json = {
                "certificate_id": certificate_id,
                "code": code,
                "encrypted_code": encrypted,
                "qr": qr,
                "order_id": "ksl" + secrets.token_hex(8),
                "account_id": account_id or self.merchant,
                "poi_ids": list(poi_ids or []),
                "sku": {
                    "sku_id": "sku" + secrets.token_hex(4),
                    "title": title,
                    "groupon_type": groupon_type,
                    "market_price": original_fen,
                },
                "amount": {
                    "original_amount": original_fen,
                    "list_market_amount": original_fen,
                    "pay_amount": pay_fen,
                    "coupon_pay_amount": pay_fen,
                    "merchant_ticket_amount": 0,
                    "payment_discount_amount": 0,
                    "platform_discount_amount": original_fen - pay_fen,
                },
                "start_time": int(now - 86400),
                "expire_time": int(now + valid_days * 86400),
                "status": UNUSED,
                "verify": None,
            }
            self._vouchers[certificate_id] = voucher
            self._by_code[code] = certificate_id
            self._by_encrypted[encrypted] = certificate_id
            self._by_qr[qr.rsplit("/", 1)[1]] = certificate_id
            return {k: voucher[k] for k in ("code", "qr", "certificate_id", "encrypted_code", "order_id")}

    def reset(self) -> None:
        """Forget every voucher, bill record, token, POI and scenario (a test's clean start)."""
        with self._lock:
            for store in (
                self._auth_codes,
                self._tokens,
                self._refresh,
                self._pois,
                self._vouchers,
                self._by_code,
                self._by_encrypted,
                self._by_qr,
                self._verify_tokens,
            ):
                store.clear()
            self._bill.clear()
            self._throttle = 0
            self._delay_verify.clear()
            self.cancel_window = 3600.0

    def throttle(self, calls: int) -> None:
        """The next ``calls`` merchant calls answer RATE_LIMITED (请求太过频繁)."""
        with self._lock:
            self._throttle = calls

    def delay_next_verify(self, seconds: float) -> None:
        """The next verify is applied (if it applies), then answered only after ``seconds`` (the
        client times out); call it twice for two late answers."""
        with self._lock:
            self._delay_verify.append(seconds)

    def verify_elsewhere(self, code: str, poi_id: str) -> Json:
        """Another counter tool (not Siyu) verifies the voucher: on the bill, unknown to Siyu."""
        with self._lock:
            voucher = self._vouchers[self._by_code[code]]
            return self._apply_verify(voucher, poi_id)

    def change_bill_amount(self, certificate_id: str, amount: int) -> None:
        with self._lock:
            for record in self._bill:
                if record["certificate_id"] == certificate_id:
                    record["amount"] = amount

    def expire_tokens(self) -> None:
        """Every access token is refused from now on (as after the platform revoked them)."""
        with self._lock:
            self._tokens.clear()

    def voucher(self, certificate_id: str) -> Json:
        with self._lock:
            return copy.deepcopy(self._vouchers[certificate_id])

    @property
    def bill_records(self) -> list[Json]:
        with self._lock:
            return copy.deepcopy(self._bill)

    def verified_count(self, certificate_id: str) -> int:
        """How many times the voucher was verified (VERIFY records on the bill)."""
        with self._lock:
            return sum(
                1 for r in self._bill if r["certificate_id"] == certificate_id and r["biz_type"] == "VERIFY"
            )

    # ------------------------------------------------------------------ oauth2
    def handle_token(self, query: dict[str, str]) -> Json:
        with self._lock:
            if query.get("app_id") != self.app_id or query.get("app_secret") != self.app_secret:
                return {"result": AUTH_CODE_INVALID, "error_msg": "app_id 或 app_secret 错误"}
            if query.get("grant_type") != "code":
                return {"result": PARAM_ERROR, "error_msg": "grant_type 须为 code"}
            merchant = self._auth_codes.pop(query.get("code") or "", None)
            if merchant is None:
                return {"result": AUTH_CODE_INVALID, "error_msg": "授权码无效或已使用"}
            return self._new_tokens(merchant)

    def handle_refresh(self, query: dict[str, str]) -> Json:
        with self._lock:
            if query.get("app_id") != self.app_id or query.get("app_secret") != self.app_secret:
                return {"result": AUTH_CODE_INVALID, "error_msg": "app_id 或 app_secret 错误"}
            entry = self._refresh.pop(query.get("refresh_token") or "", None)
            if entry is None or entry["expires_at"] < self._now():
                return {"result": AUTH_CODE_INVALID, "error_msg": "refresh_token 无效"}
            self.refreshes += 1
            return self._new_tokens(entry["merchant"])  # a refresh renews the refresh token too (§14.1)

    def _new_tokens(self, merchant: str) -> Json:
        access, refresh = "llat_" + secrets.token_hex(12), "llrt_" + secrets.token_hex(12)
        now = self._now()
        self._tokens[access] = {"merchant": merchant, "expires_at": now + self.token_ttl}
        self._refresh[refresh] = {"merchant": merchant, "expires_at": now + self.refresh_ttl}
        return {
            "result": 1,
            "access_token": access,
            "refresh_token": refresh,
            "open_id": merchant,
            "expires_in": self.token_ttl,
            "refresh_token_expires_in": self.refresh_ttl,
            "scopes": "merchant_base,fulfilment",
        }

    # ------------------------------------------------------------------ merchant APIs
    def _merchant_of(self, token: str) -> str | None:
        entry = self._tokens.get(token)
        if entry is None or entry["expires_at"] < self._now():
            return None
        return str(entry["merchant"])

    def merchant_call(self, endpoint: str, token: str, query: dict[str, str], body: Json) -> Json:
        with self._lock:
            merchant = self._merchant_of(token)
            if merchant is None:
                return _err(TOKEN_INVALID, "access_token 无效或已过期")
            if self._throttle > 0:
                self._throttle -= 1
                return _err(RATE_LIMITED, "请求太过频繁，请稍后再试")
            handler = {
                "prepare": self._prepare,
                "verify": self._verify,
                "cancel": self._cancel,
                "get": self._get,
                "bill": self._bill_query,
            }[endpoint]
            return handler(merchant, query, body)

    def _find(self, query: dict[str, str]) -> Json | None:
        encrypted = query.get("encrypted_data") or ""
        if encrypted:
            object_id = encrypted.rstrip("/").rsplit("/", 1)[-1]
            cid = self._by_qr.get(object_id)
        else:
            cid = self._by_code.get((query.get("code") or "").strip())
        return self._vouchers.get(cid) if cid else None

    def _usable_at(self, voucher: Json, merchant: str, poi_id: str) -> Json | None:
        """An error if the voucher cannot be used at the POI by this merchant."""
        if self._pois.get(poi_id) != merchant or voucher["account_id"] != merchant:
            return _err(CODE_OTHER_STORE, "券不适用于该门店")
        if voucher["poi_ids"] and poi_id not in voucher["poi_ids"]:
            return _err(CODE_OTHER_STORE, "券不适用于该门店")
        return None

    def _prepare(self, merchant: str, query: dict[str, str], body: Json) -> Json:
        if not (query.get("code") or query.get("encrypted_data")) or not query.get("poi_id"):
            return _err(PARAM_ERROR, "code 或 encrypted_data、poi_id 必填")
        voucher = self._find(query)
        if voucher is None:
            return _err(CODE_UNKNOWN, "券码不存在")
        refused = self._usable_at(voucher, merchant, query["poi_id"])
        if refused:
            return refused
        if voucher["status"] == VERIFIED:
            return _err(CODE_USED, "券码已使用")
        if voucher["expire_time"] < self._now():
            return _err(CODE_EXPIRED, "券码已过期")
        token = "vt_" + secrets.token_hex(10)
        self._verify_tokens[token] = {
            "certificate_id": voucher["certificate_id"],
            "expires_at": self._now() + self.verify_token_ttl,
            "verify_id": None,
        }
        cert = {
            k: copy.deepcopy(voucher[k])
            for k in ("certificate_id", "encrypted_code", "start_time", "expire_time", "amount", "sku")
        }
        return _ok({"verify_token": token, "order_id": voucher["order_id"], "certificates": [cert]})

    def _apply_verify(self, voucher: Json, poi_id: str) -> Json:
        now = self._now()
        verify = {"verify_id": "vf" + secrets.token_hex(8), "poi_id": poi_id, "verify_time": int(now)}
        voucher["status"] = VERIFIED
        voucher["verify"] = verify
        self._bill.append(self._record("VERIFY", voucher, verify, now))
        return verify

    def _record(self, biz_type: str, voucher: Json, verify: Json, now: float) -> Json:
        amount = int(voucher["amount"]["pay_amount"])
        return {
            "biz_type": biz_type,
            "certificate_id": voucher["certificate_id"],
            "verify_id": verify["verify_id"],
            "order_id": voucher["order_id"],
            "poi_id": verify["poi_id"],
            "amount": amount if biz_type == "VERIFY" else -amount,
            "fee": amount * 6 // 100 if biz_type == "VERIFY" else -(amount * 6 // 100),
            "time": int(now * 1000),
        }

    def _verify(self, merchant: str, query: dict[str, str], body: Json) -> Json:
        answer = self._verify_answer(merchant, body)
        if self._delay_verify:  # answered late, whatever the answer (applied already if it applies)
            answer["_delay"] = self._delay_verify.pop(0)
        return answer

    def _verify_answer(self, merchant: str, body: Json) -> Json:
        token = str(body.get("verify_token") or "")
        poi_id = str(body.get("poi_id") or "")
        codes = body.get("encrypted_codes") or []
        if not token or not poi_id or not isinstance(codes, list) or len(codes) != 1:
            return _err(PARAM_ERROR, "verify_token、poi_id、encrypted_codes 必填")
        entry = self._verify_tokens.get(token)
        if entry is None or entry["expires_at"] < self._now():
            return _err(PARAM_ERROR, "verify_token 无效或已过期")
        voucher = self._vouchers[entry["certificate_id"]]
        if codes[0] != voucher["encrypted_code"] or str(body.get("order_id") or "") != voucher["order_id"]:
            return _err(PARAM_ERROR, "券码与 verify_token 不符")
        refused = self._usable_at(voucher, merchant, poi_id)
        if refused:
            return refused
        if entry["verify_id"] is not None:  # a retry of a verify that succeeded: idempotent
            return _ok({"verify_results": [self._result(voucher, ALREADY_VERIFIED, "券码已核销")]})
        if voucher["status"] == VERIFIED:
            return _ok(
                {"verify_results": [{**self._result(voucher, CODE_USED, "券码已使用"), "verify_id": ""}]}
            )
        if voucher["expire_time"] < self._now():
            return _ok(
                {"verify_results": [{**self._result(voucher, CODE_EXPIRED, "券码已过期"), "verify_id": ""}]}
            )
        verify = self._apply_verify(voucher, poi_id)
        entry["verify_id"] = verify["verify_id"]
        return _ok({"verify_results": [self._result(voucher, OK, "success")]})

    @staticmethod
    def _result(voucher: Json, result: int, msg: str) -> Json:
        verify = voucher["verify"] or {}
        return {
            "result": result,
            "msg": msg,
            "verify_id": verify.get("verify_id", ""),
            "certificate_id": voucher["certificate_id"],
            "verify_time": verify.get("verify_time", 0),
            "order_id": voucher["order_id"],
            "account_id": voucher["account_id"],
        }

    def _cancel(self, merchant: str, query: dict[str, str], body: Json) -> Json:
        voucher = self._vouchers.get(str(body.get("certificate_id") or ""))
        if voucher is None or voucher["account_id"] != merchant:
            return _err(CODE_UNKNOWN, "券不存在")
        verify = voucher["verify"]
        if voucher["status"] != VERIFIED or not verify or verify["verify_id"] != body.get("verify_id"):
            return _err(PARAM_ERROR, "该券未核销或 verify_id 不符")
        now = self._now()
        if now - verify["verify_time"] > self.cancel_window:
            return _err(UNDO_WINDOW_PASSED, "已超过可撤销时限")
        voucher["status"] = UNUSED
        voucher["verify"] = None
        self._bill.append(self._record("CANCEL", voucher, verify, now))
        return _ok({})

    def _get(self, merchant: str, query: dict[str, str], body: Json) -> Json:
        cid = self._by_encrypted.get(query.get("encrypted_code") or "")
        voucher = self._vouchers.get(cid) if cid else None
        if voucher is None or voucher["account_id"] != merchant:
            return _err(CODE_UNKNOWN, "券不存在")
        status = voucher["status"]
        if status == UNUSED and voucher["expire_time"] < self._now():
            status = EXPIRED
        return _ok(
            {
                "certificate": {
                    "certificate_id": voucher["certificate_id"],
                    "encrypted_code": voucher["encrypted_code"],
                    "order_id": voucher["order_id"],
                    "status": status,
                    "verify": copy.deepcopy(voucher["verify"]),
                }
            }
        )

    def _bill_query(self, merchant: str, query: dict[str, str], body: Json) -> Json:
        day = query.get("bill_date") or ""
        try:
            cursor, size = int(query.get("cursor") or 0), max(1, min(200, int(query.get("size") or 200)))
        except ValueError:
            return _err(PARAM_ERROR, "cursor/size")
        of_day = [
            r
            for r in self._bill
            if datetime.fromtimestamp(r["time"] / 1000, UTC).astimezone(SHANGHAI).date().isoformat() == day
            and self._pois.get(r["poi_id"]) == merchant
        ]
        page = of_day[cursor : cursor + size]
        more = cursor + size < len(of_day)
        return _ok({"records": copy.deepcopy(page), "cursor": cursor + len(page), "has_more": more})


def _ok(data: Json) -> Json:
    return {
        "data": {"error_code": OK, "description": "success", **data},
        "extra": {"logid": secrets.token_hex(8)},
    }


def _err(code: int, description: str) -> Json:
    return {
        "data": {"error_code": code, "description": description},
        "extra": {"logid": secrets.token_hex(8)},
    }


_PATHS = {
    "/goodlife/v1/fulfilment/certificate/prepare": ("GET", "prepare"),
    "/goodlife/v1/fulfilment/certificate/verify": ("POST", "verify"),
    "/goodlife/v1/fulfilment/certificate/cancel": ("POST", "cancel"),
    "/goodlife/v1/fulfilment/certificate/get": ("GET", "get"),
    "/goodlife/lbs/bill/query/v2": ("GET", "bill"),
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], fake: FakeLocalLife) -> None:
        self.fake = fake
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out on purpose hang up before the answer


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        with fake._lock:
            fake.calls.append((method, parts.path))
        if parts.path == "/oauth2/access_token":
            return self._send(HTTPStatus.OK, fake.handle_token(query))
        if parts.path == "/oauth2/refresh_token":
            return self._send(HTTPStatus.OK, fake.handle_refresh(query))
        route = _PATHS.get(parts.path)
        if route is None:
            return self._send(HTTPStatus.NOT_FOUND, _err(PARAM_ERROR, f"not found: {parts.path}"))
        if method != route[0]:
            return self._send(HTTPStatus.METHOD_NOT_ALLOWED, _err(PARAM_ERROR, "method not allowed"))
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            return self._send(HTTPStatus.BAD_REQUEST, _err(PARAM_ERROR, "body is not JSON"))
        answer = fake.merchant_call(
            route[1], self.headers.get("access-token") or "", query, body if isinstance(body, dict) else {}
        )
        delay = answer.pop("_delay", 0)
        if delay:
            time.sleep(delay)
        self._send(HTTPStatus.OK, answer)

    def _send(self, status: int, obj: Json) -> None:
        payload = json.dumps(obj, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (ConnectionError, TimeoutError):
            pass
