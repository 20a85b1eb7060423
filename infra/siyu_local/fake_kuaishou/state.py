"""State and request logic of the fake platform — no networking here.

``PlatformState`` answers the endpoints as plain ``dict`` in / ``dict`` out, guarded by one
lock, so the HTTP layer (``server.py``) stays thin and the rules can be read in one place.
``FakeKuaishou`` (``fake.py``) adds the server, the callback sender and the public helpers.
"""

from __future__ import annotations

import copy
import hmac
import json
import pickle
import random
import re
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from . import codes
from .crypto import aes_encrypt, new_session_key
from .settlement import SettlementRules, settle_knobs
from .signing import compact_json, epay_sign, epay_sign_string

Json = dict[str, Any]

# §4: data keys are <type><2-digit index from 01>; max length per type (chars).
_MSG_KEY = re.compile(r"^(thing|number|letter|symbol|string|date|amount|phone|licensePlate|status)(\d{2})$")
_MSG_MAX_LEN = {
    "thing": 20,
    "number": 32,
    "letter": 32,
    "symbol": 5,
    "string": 32,
    "date": 32,  # documented as a format (xxxx年xx月xx号), not a length; keep a loose cap
    "amount": 20,
    "phone": 11,
    "licensePlate": 8,
    "status": 5,
}
_OUT_NO = re.compile(r"^[0-9A-Za-z_\-*]{6,32}$")
_DEFAULT_EXTRA_INFO = {"url": "", "item_type": "UNKNOWN", "item_id": "", "author_id": ""}
_PAY_CHANNELS = frozenset({"WECHAT", "ALIPAY", "UNKNOWN", "APPLE_PAY"})
_PROVIDERS = frozenset({"WECHAT", "ALIPAY"})


def error(code: int, message: str) -> Json:
    return {"result": code, "error_msg": message}


class ApiError(Exception):
    """Raised inside a handler to answer ``{"result": code, "error_msg": message}``."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class _LoginCode:
    open_id: str
    session_key: str
    issued_at: float
    used: bool = False


def _ks_width(text: str) -> int:
    # §5.2: "1 汉字 = 2 chars" for subject/detail limits.
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def _has_emoji(text: str) -> bool:
    # §5.2 forbids emoji/special symbols; astral-plane chars and the BMP dingbat/symbol blocks
    # cover the emoji a real user would type.
    return any(ord(ch) > 0xFFFF or 0x2600 <= ord(ch) <= 0x27BF or ord(ch) < 0x20 for ch in text)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(body: Mapping[str, Any], key: str, lo: int, hi: int, *, required: bool, ks: bool = False) -> str:
    value = body.get(key)
    if value is None or value == "":
        if required:
            raise ApiError(codes.PARAM_ERROR, f"参数有误: {key} 不能为空")
        return ""
    if not isinstance(value, str):
        raise ApiError(codes.PARAM_ERROR, f"参数有误: {key} 必须是字符串")
    size = _ks_width(value) if ks else len(value)
    if not lo <= size <= hi:
        raise ApiError(codes.PARAM_ERROR, f"参数有误: {key} 长度须在 [{lo},{hi}] 之间 (当前 {size})")
    if ks and _has_emoji(value):
        raise ApiError(codes.PARAM_ERROR, f"参数有误: {key} 不能包含表情或特殊符号")
    return value


def _int(
    body: Mapping[str, Any], key: str, *, required: bool, lo: int | None = None, hi: int | None = None
) -> int | None:
    value = body.get(key)
    if value is None:
        if required:
            raise ApiError(codes.PARAM_ERROR, f"参数有误: {key} 不能为空")
        return None
    if not _is_int(value):
        raise ApiError(codes.PARAM_ERROR, f"参数有误: {key} 必须是整数")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise ApiError(codes.PARAM_ERROR, f"参数有误: {key} 须在 [{lo},{hi}] 之间")
    return int(value)


def _notify_url(body: Mapping[str, Any], fallback: str | None) -> str:
    url = _text(body, "notify_url", 1, 256, required=False)
    if not url:
        if not fallback:
            raise ApiError(codes.PARAM_ERROR, "参数有误: notify_url 不能为空 (且未配置默认回调地址)")
        return fallback
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ApiError(codes.PARAM_ERROR, "参数有误: notify_url 不是合法的 URL")
    if parts.query or parts.fragment:
        raise ApiError(codes.PARAM_ERROR, "参数有误: notify_url 不能携带参数")
    return url


class PlatformState(SettlementRules):
    """Everything the fake platform knows; all public methods are thread-safe."""

    # The kinds of state a restart must keep (the local runtime's --data-dir): one attribute
    # each. A new kind of platform state is kept by adding its attribute here.
    PERSISTED = (
        "_orders",
        "_refunds",
        "_settles",
        "_images",
        "_callbacks",
        "_sent_messages",
        "_subscriptions",
        "_session_keys",
        "_tokens",
        "_tokens_issued",
        "_time_offset",
    )

    def __init__(self, app_id: str, app_secret: str, *, seed: int = 0) -> None:
        self.app_id = app_id
        self.app_secret = app_secret
        self._lock = threading.RLock()
        # Called with the serialised state whenever it changed (before a response acknowledges it).
        self.on_change: Callable[[bytes], None] | None = None
        self._saved: bytes = b""

        # Knobs — plain attributes that tests may change at any time.
        self.code_ttl: float = 300.0  # js_code lifetime (s)
        self.token_ttl: int = 172800  # access_token lifetime, returned as expires_in (48 h)
        self.require_subscription: bool = False
        self.message_qps: int = 100  # template/send limit per second (§4)
        self.epay_qps: int = 30  # query_order / apply_refund / query_refund limit per second (§5.5, §5.6)
        self.default_notify_url: str | None = None  # console "默认回调地址" used when notify_url is omitted
        self.auto_complete_refunds: bool = True
        self.refund_delay: float = 0.05  # seconds before an automatic REFUND callback
        self.callback_max_attempts: int = 3
        self.callback_retry_interval: float = 0.0
        self.callback_timeout: float = 5.0
        self.require_ack_message_id: bool = True  # ack must echo the message_id, not just result=1
        # Callbacks are only POSTed to these hosts (None = anywhere) so a misconfigured
        # notify_url never sends fake payments out of the machine.
        self.callback_hosts: set[str] | None = {"127.0.0.1", "localhost", "::1"}

        # Order sync and settlement (settlement.py): settle_min_days, settle_fee_rate,
        # auto_complete_settles, settle_delay.
        for knob, value in settle_knobs().items():
            setattr(self, knob, value)
        # Text content check (内容安全): content holding one of these gets suggest=block /
        # review; anything else passes.
        self.content_block_words: set[str] = {"违禁词", "假货"}
        self.content_review_words: set[str] = {"待人工审核"}
        # Where "now" comes from (default the wall clock); the local runtime passes its clock.
        self.time_source: Callable[[], float] = time.time

        self._time_offset = 0.0
        self._outage = False
        self._delay = 0.0

        self._codes: dict[str, _LoginCode] = {}
        self._session_keys: dict[str, str] = {}
        self._tokens: dict[str, float] = {}  # token -> expires_at
        self._tokens_issued = 0
        self._subscriptions: dict[tuple[str, str], int | None] = {}  # None = long-term
        self._sent_messages: list[Json] = []
        self._fail_share = 0.0
        self._fail_share_transient = True
        self._fail_open_ids: frozenset[str] = frozenset()
        self._fail_open_ids_transient = False
        self._seed = seed
        self._fail_rng = random.Random(seed)
        self._rate: dict[str, deque[float]] = {}
        self._orders: dict[str, Json] = {}
        self._refunds: dict[str, Json] = {}
        self._settles: dict[str, Json] = {}
        self._images: dict[str, str] = {}
        self._call_fail_share = 0.0
        self._call_fail_endpoints: frozenset[str] = frozenset()
        self._call_fail_rng = random.Random(seed)
        self._callbacks: list[Json] = []
        self._calls: list[tuple[str, str]] = []

    # ------------------------------------------------------------------ persistence
    def export_state(self) -> bytes:
        with self._lock:
            return pickle.dumps({name: getattr(self, name) for name in self.PERSISTED})

    def import_state(self, blob: bytes) -> None:
        """Restore what `export_state` wrote (kinds no longer in PERSISTED are ignored)."""
        data = pickle.loads(blob)  # noqa: S301 - our own data folder, written by export_state
        with self._lock:
            for name, value in data.items():
                if name in self.PERSISTED:
                    setattr(self, name, value)
            self._saved = blob

    def changed(self) -> None:
        """Hand the state to `on_change` if it differs from what was handed last."""
        if self.on_change is None:
            return
        with self._lock:
            blob = self.export_state()
            if blob == self._saved:
                return
            self.on_change(blob)
            self._saved = blob

    # ------------------------------------------------------------------ clock & observation
    def _now(self) -> float:
        return self.time_source() + self._time_offset

    def _now_ms(self) -> int:
        return int(self._now() * 1000)

    def advance_time(self, seconds: float) -> None:
        """Move the fake's clock forward (code/token expiry, order timeouts, rate windows)."""
        with self._lock:
            self._time_offset += seconds

    @property
    def tokens_issued(self) -> int:
        with self._lock:
            return self._tokens_issued

    @property
    def sent_messages(self) -> list[Json]:
        with self._lock:
            return copy.deepcopy(self._sent_messages)

    @property
    def orders(self) -> dict[str, Json]:
        with self._lock:
            return copy.deepcopy(self._orders)

    @property
    def refunds(self) -> dict[str, Json]:
        with self._lock:
            return copy.deepcopy(self._refunds)

    @property
    def callbacks(self) -> list[Json]:
        """Every callback POST attempt: biz_type, notify_url, message_id, body, kwaisign, status, response."""
        with self._lock:
            return copy.deepcopy(self._callbacks)

    @property
    def calls(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self._calls)

    def _record_call(self, method: str, path: str) -> None:
        with self._lock:
            self._calls.append((method, path))

    # ------------------------------------------------------------------ test helpers
    def outage(self, enabled: bool) -> None:
        self._outage = bool(enabled)

    def delay(self, seconds: float) -> None:
        self._delay = max(0.0, float(seconds))

    def issue_login_code(self, open_id: str | None = None) -> str:
        """What ks.login does: a fresh single-use code and a new session_key for the user."""
        with self._lock:
            open_id = open_id or uuid.uuid4().hex
            session_key = new_session_key()
            self._session_keys[open_id] = session_key  # ks.login refreshes the key (§1)
            code = secrets.token_hex(32).upper()
            self._codes[code] = _LoginCode(open_id, session_key, self._now())
            return code

    def session_key_for(self, open_id: str) -> str:
        with self._lock:
            try:
                return self._session_keys[open_id]
            except KeyError:
                raise KeyError(f"no login issued for open_id {open_id!r}") from None

    def encrypt_for(self, open_id: str, payload: Mapping[str, Any]) -> tuple[str, str]:
        """(encryptedData, iv) as getPhoneNumber hands them to the client."""
        plaintext = compact_json(dict(payload)).encode("utf-8")
        return aes_encrypt(plaintext, self.session_key_for(open_id))

    def subscribe(self, open_id: str, template_id: str, times: int | None = None) -> None:
        """Record consent; ``times=None`` is a long-term subscription, an int grants that many sends."""
        with self._lock:
            key = (open_id, template_id)
            if times is None:
                self._subscriptions[key] = None
            else:
                current = self._subscriptions.get(key, 0)
                if current is not None:
                    self._subscriptions[key] = current + times

    def fail_messages(
        self,
        share: float = 0.0,
        transient: bool | None = None,
        open_ids: set[str] | None = None,
        *,
        seed: int | None = None,
    ) -> None:
        """Inject template/send failures; each call replaces the previous setting.

        ``share`` of sends (drawn from a seeded RNG) fail, and every send to ``open_ids`` fails.
        ``transient=None`` (default): the random share fails transiently (MSG_SYSTEM_BUSY) and the
        open_ids fail permanently (MSG_NOT_SUBSCRIBED); ``True``/``False`` forces the kind for both.
        ``fail_messages()`` turns injection off.
        """
        if not 0.0 <= share <= 1.0:
            raise ValueError("share must be within [0, 1]")
        with self._lock:
            self._fail_share = share
            self._fail_share_transient = True if transient is None else transient
            self._fail_open_ids = frozenset(open_ids or ())
            self._fail_open_ids_transient = False if transient is None else transient
            self._fail_rng = random.Random(self._seed if seed is None else seed)

    def revoke_tokens(self) -> None:
        """Invalidate every issued access_token (to test a backend's refresh-on-error path)."""
        with self._lock:
            self._tokens.clear()

    # ------------------------------------------------------------------ shared checks
    def _rate_ok(self, bucket: str, limit: int) -> bool:
        now = self._now()
        window = self._rate.setdefault(bucket, deque())
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= limit:
            return False
        window.append(now)
        return True

    def _check_app(self, app_id: str | None, access_token: str | None) -> None:
        if not app_id or not access_token:
            raise ApiError(codes.PARAM_ERROR, "参数有误: app_id 和 access_token 不能为空")
        if app_id != self.app_id:
            raise ApiError(codes.AUTH_ERROR, "验证出错: app_id 不存在")
        expires_at = self._tokens.get(access_token)
        if expires_at is None or expires_at <= self._now():
            raise ApiError(codes.INVALID_ACCESS_TOKEN, "access_token 无效或已过期")

    def _check_secret(self, params: Mapping[str, str]) -> None:
        if params.get("app_id") != self.app_id or not hmac.compare_digest(
            params.get("app_secret", ""), self.app_secret
        ):
            raise ApiError(codes.AUTH_ERROR, "验证出错: 请检查 app_id 和 app_secret")

    # ------------------------------------------------------------------ oauth2
    def handle_code2session(self, params: Mapping[str, str]) -> Json:
        if not all(params.get(k) for k in ("app_id", "app_secret", "js_code")):
            return error(codes.PARAM_ERROR, "参数有误: app_id, app_secret, js_code 不能为空")
        with self._lock:
            try:
                self._check_secret(params)
            except ApiError as exc:
                return error(exc.code, exc.message)
            entry = self._codes.get(params["js_code"])
            if entry is None:
                return error(codes.INVALID_CODE, "js_code 无效")
            if entry.used:
                return error(codes.INVALID_CODE, "js_code 已被使用")
            if self._now() - entry.issued_at > self.code_ttl:
                return error(codes.INVALID_CODE, "js_code 已过期")
            entry.used = True
            return {"result": codes.OK, "open_id": entry.open_id, "session_key": entry.session_key}

    def handle_access_token(self, params: Mapping[str, str]) -> Json:
        if not all(params.get(k) for k in ("app_id", "app_secret", "grant_type")):
            return error(codes.PARAM_ERROR, "参数有误: app_id, app_secret, grant_type 不能为空")
        if params["grant_type"] != "client_credentials":
            return error(codes.PARAM_ERROR, "参数有误: grant_type 须为 client_credentials")
        with self._lock:
            try:
                self._check_secret(params)
            except ApiError as exc:
                return error(exc.code, exc.message)
            token = "ChFvYXV0aC5hY2Nlc3NUb2tlbh" + secrets.token_urlsafe(48)
            # Old tokens stay valid until their own expiry (§2).
            self._tokens[token] = self._now() + self.token_ttl
            self._tokens_issued += 1
            return {
                "result": codes.OK,
                "access_token": token,
                "expires_in": self.token_ttl,
                "token_type": "bearer",
            }

    # ------------------------------------------------------------------ subscribe messages
    def handle_send_message(self, params: Mapping[str, str]) -> Json:
        try:
            with self._lock:
                return self._send_message(params)
        except ApiError as exc:
            return error(exc.code, exc.message)

    def _send_message(self, params: Mapping[str, str]) -> Json:
        self._check_app(params.get("app_id"), params.get("access_token"))
        if not self._rate_ok("message", self.message_qps):
            raise ApiError(codes.MSG_RATE_LIMITED, f"调用频率超限 (QPS ≤ {self.message_qps})")
        template_id, to_user, raw_data = params.get("template_id"), params.get("to_user"), params.get("data")
        if not template_id or not to_user or not raw_data:
            raise ApiError(codes.PARAM_ERROR, "参数有误: template_id, to_user, data 不能为空")
        data = self._parse_message_data(raw_data)

        if to_user in self._fail_open_ids:
            if self._fail_open_ids_transient:
                raise ApiError(codes.MSG_SYSTEM_BUSY, "系统繁忙，请稍后重试")
            raise ApiError(codes.MSG_NOT_SUBSCRIBED, "用户未订阅该消息模板")
        if self._fail_share and self._fail_rng.random() < self._fail_share:
            if self._fail_share_transient:
                raise ApiError(codes.MSG_SYSTEM_BUSY, "系统繁忙，请稍后重试")
            raise ApiError(codes.MSG_NOT_SUBSCRIBED, "用户未订阅该消息模板")

        if self.require_subscription:
            key = (to_user, template_id)
            if key not in self._subscriptions or self._subscriptions[key] == 0:
                raise ApiError(codes.MSG_NOT_SUBSCRIBED, "用户未订阅该消息模板")
            remaining = self._subscriptions[key]
            if remaining is not None:
                self._subscriptions[key] = remaining - 1

        self._sent_messages.append(
            {
                "app_id": params.get("app_id"),
                "template_id": template_id,
                "to_user": to_user,
                "page": params.get("page", ""),
                "data": data,
                "sent_at": self._now(),
            }
        )
        return {"result": codes.OK, "error_msg": ""}

    @staticmethod
    def _parse_message_data(raw: str) -> Json:
        try:
            data = json.loads(raw)
        except ValueError:
            raise ApiError(codes.MSG_INVALID_DATA, "data 不是合法的 JSON 字符串") from None
        if not isinstance(data, dict) or not data:
            raise ApiError(codes.MSG_INVALID_DATA, "data 须为非空 JSON 对象")
        for key, item in data.items():
            match = _MSG_KEY.match(key)
            if not match or match.group(2) == "00":
                raise ApiError(
                    codes.MSG_INVALID_DATA, f"data 字段名无效: {key} (应为类型+两位序号, 如 thing01)"
                )
            if not isinstance(item, dict) or "value" not in item:
                raise ApiError(codes.MSG_INVALID_DATA, f'data.{key} 须为 {{"value": ...}}')
            value = item["value"]
            if isinstance(value, bool) or not isinstance(value, (str, int, float)) or str(value) == "":
                raise ApiError(codes.MSG_INVALID_DATA, f"data.{key}.value 须为非空字符串")
            limit = _MSG_MAX_LEN[match.group(1)]
            if len(str(value)) > limit:
                raise ApiError(codes.MSG_INVALID_DATA, f"data.{key}.value 超过 {limit} 个字符")
        return data

    # ------------------------------------------------------------------ order sync (settlement.py)
    def handle_order_report(self, query: Mapping[str, str], raw_body: bytes) -> Json:
        try:
            with self._lock:
                self._check_app(query.get("app_id"), query.get("access_token"))
                body = self._json_body(raw_body)
                injected = self._injected_failure("report")
                if injected is not None:
                    return injected
                return self._report(body, lambda b: self._check_sign(query, b))
        except ApiError as exc:
            return error(exc.code, exc.message)

    def handle_upload_image(self, query: Mapping[str, str]) -> Json:
        try:
            with self._lock:
                self._check_app(query.get("app_id"), query.get("access_token"))
                injected = self._injected_failure("upload_image")
                if injected is not None:
                    return injected
                return self._upload_image(query.get("url", ""))
        except ApiError as exc:
            return error(exc.code, exc.message)

    def handle_text_check(self, query: Mapping[str, str], raw_body: bytes) -> Json:
        """Text content check (path and fields are the fake's: research notes §6 found the
        service only): JSON `{"content"}` → `{"result": 1, "data": {"suggest", "labels"}}`."""
        try:
            with self._lock:
                self._check_app(query.get("app_id"), query.get("access_token"))
                injected = self._injected_failure("text_check")
                if injected is not None:
                    return injected
                content = self._json_body(raw_body).get("content")
                if not isinstance(content, str) or not content or len(content) > 10000:
                    raise ApiError(codes.PARAM_ERROR, "参数有误: content 须为 1–10000 字的文本")
                if any(w in content for w in self.content_block_words):
                    return {"result": codes.OK, "data": {"suggest": "block", "labels": ["prohibited"]}}
                if any(w in content for w in self.content_review_words):
                    return {"result": codes.OK, "data": {"suggest": "review", "labels": ["suspect"]}}
                return {"result": codes.OK, "data": {"suggest": "pass", "labels": []}}
        except ApiError as exc:
            return error(exc.code, exc.message)

    @staticmethod
    def _json_body(raw_body: bytes) -> Json:
        try:
            body = json.loads(raw_body or b"null")
        except ValueError:
            raise ApiError(codes.PARAM_ERROR, "参数有误: 请求体不是合法的 JSON") from None
        if not isinstance(body, dict):
            raise ApiError(codes.PARAM_ERROR, "参数有误: 请求体须为 JSON 对象")
        return body

    # ------------------------------------------------------------------ epay
    def handle_epay(self, endpoint: str, query: Mapping[str, str], raw_body: bytes) -> Json:
        handlers = {
            "create_order": self._create_order,
            "create_order_with_channel": self._create_order,
            "query_order": self._query_order,
            "apply_refund": self._apply_refund,
            "query_refund": self._query_refund,
            "settle": self._settle,
            "query_settle": self._query_settle,
            "query_bill": self._query_bill,
        }
        try:
            with self._lock:
                self._check_app(query.get("app_id"), query.get("access_token"))
                body = self._json_body(raw_body)
                limited = endpoint in ("query_order", "apply_refund", "query_refund", "settle")
                if limited and not self._rate_ok(f"epay:{endpoint}", self.epay_qps):
                    raise ApiError(codes.EPAY_RATE_LIMITED, f"调用频率超限 (QPS ≤ {self.epay_qps})")
                self._check_sign(query, body)
                injected = self._injected_failure(endpoint)
                if injected is not None:
                    return injected
                return handlers[endpoint](body, with_channel=endpoint == "create_order_with_channel")
        except ApiError as exc:
            return error(exc.code, exc.message)

    def _check_sign(self, query: Mapping[str, str], body: Mapping[str, Any]) -> None:
        params: dict[str, Any] = {**query, **body}
        given = body.get("sign")
        if not isinstance(given, str) or not given:
            raise ApiError(codes.EPAY_SIGN_ERROR, "签名错误: 缺少 sign")
        expected = epay_sign(params, self.app_secret)
        if not hmac.compare_digest(expected, given.lower()):
            # Showing the signed string (never the secret) saves developers a lot of guessing.
            raise ApiError(codes.EPAY_SIGN_ERROR, f"签名错误 (fake: 待签名串为 {epay_sign_string(params)!r})")

    def _create_order(self, body: Json, *, with_channel: bool) -> Json:
        out_order_no = body.get("out_order_no")
        if not isinstance(out_order_no, str) or not _OUT_NO.match(out_order_no):
            raise ApiError(codes.PARAM_ERROR, "参数有误: out_order_no 须为 6-32 位 [0-9A-Za-z_-*]")
        _text(body, "open_id", 1, 128, required=True)
        total_amount = _int(body, "total_amount", required=True, lo=1)
        _text(body, "subject", 1, 128, required=True, ks=True)
        _text(body, "detail", 1, 1024, required=True, ks=True)
        _int(body, "type", required=True, lo=1)
        _int(body, "expire_time", required=True, lo=300, hi=172800)
        attach = _text(body, "attach", 0, 128, required=False)
        notify_url = _notify_url(body, self.default_notify_url)
        _text(body, "goods_id", 1, 256, required=False)
        _text(body, "goods_detail_url", 1, 1024, required=False)
        copies = _text(body, "multi_copies_goods_info", 1, 1024, required=False)
        if copies:
            try:
                json.loads(copies)
            except ValueError:
                raise ApiError(
                    codes.PARAM_ERROR, "参数有误: multi_copies_goods_info 须为 JSON 字符串"
                ) from None
        cancel_order = _int(body, "cancel_order", required=False, lo=0, hi=1)
        provider = None
        if with_channel:
            provider = body.get("provider")
            if not isinstance(provider, dict) or provider.get("provider") not in _PROVIDERS:
                raise ApiError(codes.PARAM_ERROR, "参数有误: provider.provider 须为 WECHAT 或 ALIPAY")

        request = {k: v for k, v in body.items() if k not in ("sign", "cancel_order")}
        existing = self._orders.get(out_order_no)
        if existing is not None:
            if cancel_order == 1:
                if existing["status"] != "PROCESSING":
                    raise ApiError(codes.EPAY_ORDER_CONFLICT, "订单已支付或已关闭，不能取消重下")
            elif existing["request"] == request:
                return self._order_info_response(existing)
            else:
                raise ApiError(codes.EPAY_ORDER_CONFLICT, "out_order_no 已存在且请求参数不一致")

        order = {
            "out_order_no": out_order_no,
            "ks_order_no": self._new_ks_no(),
            "order_info_token": "ChJrc01wUGF5Lm9yZGVyVG9rZW4S" + secrets.token_urlsafe(48),
            "open_id": body["open_id"],
            "total_amount": total_amount,
            "subject": body["subject"],
            "detail": body["detail"],
            "type": body["type"],
            "expire_time": body["expire_time"],
            "attach": attach,
            "notify_url": notify_url,
            "provider": provider,
            "status": "PROCESSING",
            "created_at": self._now(),
            "pay_time": 0,
            "channel": "UNKNOWN",
            "trade_no": "",
            "extra_info": compact_json(_DEFAULT_EXTRA_INFO),
            "refunded_amount": 0,
            "callback_attempts": [],
            "request": request,
        }
        self._orders[out_order_no] = order
        return self._order_info_response(order)

    @staticmethod
    def _order_info_response(order: Json) -> Json:
        info = {"order_no": order["ks_order_no"], "order_info_token": order["order_info_token"]}
        return {"result": codes.OK, "error_msg": "", "order_info": info}

    def _new_ks_no(self) -> str:
        # 21 digits like the real order_no samples: a timestamp prefix + random tail.
        return time.strftime("%y%m%d%H%M%S", time.localtime(self._now())) + f"{secrets.randbelow(10**9):09d}"

    def _order(self, out_order_no: Any) -> Json:
        if not isinstance(out_order_no, str) or not out_order_no:
            raise ApiError(codes.PARAM_ERROR, "参数有误: out_order_no 不能为空")
        order = self._orders.get(out_order_no)
        if order is None:
            raise ApiError(codes.EPAY_ORDER_NOT_FOUND, "订单不存在")
        if order["status"] == "PROCESSING" and self._now() > order["created_at"] + order["expire_time"]:
            order["status"] = "TIMEOUT"
        return order

    def _query_order(self, body: Json, *, with_channel: bool) -> Json:
        order = self._order(body.get("out_order_no"))
        return {
            "result": codes.OK,
            "error_msg": "",
            "payment_info": {
                "total_amount": order["total_amount"],
                "pay_status": order["status"],
                "pay_time": order["pay_time"],
                "pay_channel": order["channel"],
                "out_order_no": order["out_order_no"],
                "ks_order_no": order["ks_order_no"],
                "extra_info": order["extra_info"],
                "enable_promotion": False,
                "promotion_amount": 0,
                "open_id": order["open_id"],
            },
        }

    def _refunded(self, out_order_no: str) -> int:
        return sum(
            r["refund_amount"]
            for r in self._refunds.values()
            if r["out_order_no"] == out_order_no and r["status"] != "FAILED"
        )

    def _apply_refund(self, body: Json, *, with_channel: bool) -> Json:
        order = self._order(body.get("out_order_no"))
        out_refund_no = body.get("out_refund_no")
        if not isinstance(out_refund_no, str) or not _OUT_NO.match(out_refund_no):
            raise ApiError(codes.PARAM_ERROR, "参数有误: out_refund_no 须为 6-32 位 [0-9A-Za-z_-*]")
        reason = _text(body, "reason", 1, 128, required=True)
        attach = _text(body, "attach", 0, 128, required=False)
        notify_url = _notify_url(body, order["notify_url"])
        amount = _int(body, "refund_amount", required=False, lo=1)

        request = {k: v for k, v in body.items() if k != "sign"}
        existing = self._refunds.get(out_refund_no)
        if existing is not None:
            if existing["request"] != request:
                raise ApiError(codes.EPAY_REFUND_CONFLICT, "out_refund_no 已存在且请求参数不一致")
            return {"result": codes.OK, "error_msg": "", "refund_no": existing["refund_no"]}
        if order["status"] != "SUCCESS":
            raise ApiError(codes.EPAY_ORDER_NOT_PAID, "订单未支付，不能退款")
        remaining = order["total_amount"] - self._refunded(order["out_order_no"])
        if amount is None:
            amount = remaining
        if amount <= 0 or amount > remaining:
            raise ApiError(codes.EPAY_REFUND_EXCEEDS_PAID, f"退款金额超过可退金额 (可退 {remaining} 分)")

        refund_no = self._new_ks_no()
        self._refunds[out_refund_no] = {
            "out_refund_no": out_refund_no,
            "out_order_no": order["out_order_no"],
            "refund_no": refund_no,
            "ks_order_no": order["ks_order_no"],
            "refund_amount": amount,
            "reason": reason,
            "attach": attach,
            "notify_url": notify_url,
            "status": "PROCESSING",
            "created_at": self._now(),
            "callback_attempts": [],
            "request": request,
        }
        order["refunded_amount"] = self._refunded(order["out_order_no"])
        self._refund_created(out_refund_no)
        return {"result": codes.OK, "error_msg": "", "refund_no": refund_no}

    def _query_refund(self, body: Json, *, with_channel: bool) -> Json:
        refund = self._refunds.get(body.get("out_refund_no") or "")
        if refund is None:
            raise ApiError(codes.EPAY_REFUND_NOT_FOUND, "退款单不存在")
        return {
            "result": codes.OK,
            "error_msg": "",
            "refund_info": {
                "ks_order_no": refund["ks_order_no"],
                "refund_status": "REFUND_" + refund["status"],
                "refund_no": refund["refund_no"],
                "ks_refund_type": "ORIGINAL",
                "refund_amount": refund["refund_amount"],
                "ks_refund_no": refund["refund_no"],
                "ks_refund_fail_reason": "fake: refund failed" if refund["status"] == "FAILED" else "",
                "apply_refund_reason": refund["reason"],
            },
        }

    def _refund_created(self, out_refund_no: str) -> None:
        """Hook for FakeKuaishou (called with the lock held): schedule the REFUND callback."""

    # ------------------------------------------------------------------ state changes behind callbacks
    def _mark_paid(
        self, out_order_no: str, channel: str, status: str, extra_info: Mapping[str, Any] | None
    ) -> tuple[str, Json]:
        if channel not in _PAY_CHANNELS:
            raise ValueError(f"channel must be one of {sorted(_PAY_CHANNELS)}")
        if status not in ("SUCCESS", "FAILED"):
            raise ValueError("status must be SUCCESS or FAILED")
        with self._lock:
            if out_order_no not in self._orders:
                raise KeyError(f"unknown out_order_no {out_order_no!r}")
            order = self._order(out_order_no)
            if order["status"] != "PROCESSING":
                raise ValueError(f"order {out_order_no} is {order['status']}, not PROCESSING")
            order["status"] = status
            order["channel"] = channel
            if extra_info is not None:
                order["extra_info"] = compact_json({**_DEFAULT_EXTRA_INFO, **extra_info})
            if status == "SUCCESS":
                order["pay_time"] = self._now_ms()
                order["trade_no"] = f"4{secrets.randbelow(10**27):027d}"
            data = {
                "channel": channel,
                "out_order_no": out_order_no,
                "attach": order["attach"],
                "status": status,
                "ks_order_no": order["ks_order_no"],
                "order_amount": order["total_amount"],
                "trade_no": order["trade_no"],
                "extra_info": order["extra_info"],
                "enable_promotion": False,
                "promotion_amount": 0,
            }
            return order["notify_url"], data

    def _finish_refund(self, out_refund_no: str, status: str) -> tuple[str, Json]:
        if status not in ("SUCCESS", "FAILED"):
            raise ValueError("status must be SUCCESS or FAILED")
        with self._lock:
            refund = self._refunds.get(out_refund_no)
            if refund is None:
                raise KeyError(f"unknown out_refund_no {out_refund_no!r}")
            if refund["status"] != "PROCESSING":
                raise ValueError(f"refund {out_refund_no} is already {refund['status']}")
            refund["status"] = status
            refund["finished_at"] = self._now()
            order = self._orders[refund["out_order_no"]]
            order["refunded_amount"] = self._refunded(order["out_order_no"])
            data = {
                "out_refund_no": out_refund_no,
                "refund_amount": refund["refund_amount"],
                "attach": refund["attach"],
                "status": status,
                "ks_order_no": refund["ks_order_no"],
                "ks_refund_no": refund["refund_no"],
                "ks_refund_type": "ORIGINAL",
            }
            return refund["notify_url"], data
