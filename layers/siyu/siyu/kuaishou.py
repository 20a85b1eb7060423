"""Client of the Kuaishou (快手) open platform: login, access token, subscribe messages,
担保支付 (epay, settle, bill) and order sync (report, cover image upload), with the platform's
documented request/response shapes and signatures. The base URL is configurable so the fake
platform of the local runtime and tests can stand in for open.kuaishou.com."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import DeleteError
from pynamodb.models import Model

from siyu import clock
from siyu.config import get_settings
from siyu.db import table_meta
from siyu.errors import KuaishouRejected, KuaishouUnavailable, define_error
from siyu.observability import logger
from siyu.secrets import get_secret

LoginCodeInvalid = define_error("LOGIN_CODE_INVALID", 401, "登录已失效，请重新进入小程序")
PhoneDecryptFailed = define_error("PHONE_DECRYPT_FAILED", 400, "手机号解密失败，请重新授权")

# Refresh a shared access token this long before Kuaishou says it expires.
TOKEN_REFRESH_MARGIN_SECONDS = 1500
# `result` of an openapi call whose access_token is unknown, expired or revoked (the fake
# platform's code; Kuaishou's documentation does not name the real one): drop it, get another.
TOKEN_INVALID_RESULT = 100200108
# Path of the text content check: UNCERTAIN (research notes §6 found the service, not its path).
CONTENT_CHECK_PATH = "/openapi/mp/developer/content/text/check"


@dataclass(frozen=True)
class Session:
    open_id: str
    session_key: str


class KuaishouCallError(Exception):
    """A business error (`result != 1`) from an API where the caller decides what it means."""

    def __init__(self, result: int, message: str) -> None:
        super().__init__(f"kuaishou result {result}: {message}")
        self.result = result
        self.message = message


class PlatformToken(Model):
    """The app's access token, shared by every container (one item in the app table)."""

    Meta = table_meta("app")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    access_token = UnicodeAttribute()
    expires_at = NumberAttribute()


_TOKEN_KEY = ("PLATFORM#KUAISHOU", "ACCESS_TOKEN")


def epay_sign(params: dict[str, Any], app_secret: str) -> str:
    """§5.1: non-empty params except sign/access_token, ASCII-sorted k=v&…, secret appended, md5."""
    parts = []
    for key in sorted(params):
        value = params[key]
        if key in ("sign", "access_token") or value is None or value == "":
            continue
        if isinstance(value, dict | list):
            value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        elif isinstance(value, bool):
            value = "true" if value else "false"
        parts.append(f"{key}={value}")
    return hashlib.md5(("&".join(parts) + app_secret).encode()).hexdigest()  # noqa: S324 (Kuaishou's scheme)


def callback_signature(raw_body: bytes, app_secret: str) -> str:
    return hashlib.md5(raw_body + app_secret.encode()).hexdigest()  # noqa: S324 (Kuaishou's scheme)


def decrypt(encrypted_data: str, iv: str, session_key: str) -> dict[str, Any]:
    """AES-128-CBC with the session_key, PKCS#7 (getPhoneNumber payloads)."""
    from Crypto.Cipher import AES  # only phone binding needs it: keep it off every cold start

    try:
        key = base64.b64decode(session_key)
        iv_bytes = base64.b64decode(iv + "=" * (-len(iv) % 4))
        plain = AES.new(key, AES.MODE_CBC, iv_bytes).decrypt(base64.b64decode(encrypted_data))
        pad = plain[-1]
        if not 1 <= pad <= 16 or plain[-pad:] != bytes([pad]) * pad:
            raise ValueError("bad padding")
        payload = json.loads(plain[:-pad].decode())
        if not isinstance(payload, dict):
            raise ValueError("not an object")
        return payload
    except (ValueError, KeyError, IndexError) as exc:
        raise PhoneDecryptFailed() from exc


class KuaishouClient:
    def __init__(self) -> None:
        settings = get_settings()
        self.app_id = settings.kuaishou_app_id
        self.base_url = settings.kuaishou_base_url.rstrip("/")
        self.timeout = settings.kuaishou_timeout_seconds
        self._secret_name = settings.kuaishou_secret_name
        self._token: tuple[str, float] | None = None
        self._lock = threading.Lock()

    @property
    def app_secret(self) -> str:
        return get_secret(self._secret_name)

    # -- transport ---------------------------------------------------------------------
    def _call(
        self,
        path: str,
        *,
        form: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        url = self.base_url + path + ("?" + urllib.parse.urlencode(query) if query else "")
        if body is not None:
            data, ctype = json.dumps(body, ensure_ascii=False).encode(), "application/json"
        else:
            data, ctype = urllib.parse.urlencode(form or {}).encode(), "application/x-www-form-urlencoded"
        request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": ctype})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read())
        except urllib.error.HTTPError as exc:
            logger.warning("kuaishou http error", extra={"path": path, "status": exc.code})
            raise KuaishouUnavailable() from exc
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            logger.warning("kuaishou unreachable", extra={"path": path, "error": type(exc).__name__})
            raise KuaishouUnavailable() from exc
        if not isinstance(payload, dict):
            raise KuaishouUnavailable()
        return payload

    @staticmethod
    def _ok(payload: dict[str, Any]) -> bool:
        return payload.get("result") == 1

    @classmethod
    def _checked(cls, payload: dict[str, Any]) -> dict[str, Any]:
        """The payload of a success; KuaishouCallError(result, msg) for a refusal."""
        if not cls._ok(payload):
            raise KuaishouCallError(int(payload.get("result", 0)), str(payload.get("error_msg", "")))
        return payload

    # -- login ---------------------------------------------------------------------------
    def code2session(self, js_code: str) -> Session:
        payload = self._call(
            "/oauth2/mp/code2session",
            form={"app_id": self.app_id, "app_secret": self.app_secret, "js_code": js_code},
        )
        if not self._ok(payload):
            logger.info("code2session refused", extra={"result": payload.get("result")})
            raise LoginCodeInvalid(details={"kuaishou_result": payload.get("result")})
        return Session(open_id=str(payload["open_id"]), session_key=str(payload["session_key"]))

    # -- access token (shared across containers through the app table) ----------------------
    def access_token(self) -> str:
        now = clock.epoch(clock.now())
        with self._lock:
            if self._token and self._token[1] - TOKEN_REFRESH_MARGIN_SECONDS > now:
                return self._token[0]
            try:
                item = PlatformToken.get(*_TOKEN_KEY)
                if item.expires_at - TOKEN_REFRESH_MARGIN_SECONDS > now:
                    self._token = (item.access_token, item.expires_at)
                    return item.access_token
            except PlatformToken.DoesNotExist:
                pass
            # Old and new tokens stay valid together, so two containers refreshing at once is harmless.
            payload = self._call(
                "/oauth2/access_token",
                form={
                    "app_id": self.app_id,
                    "app_secret": self.app_secret,
                    "grant_type": "client_credentials",
                },
            )
            if not self._ok(payload):
                raise KuaishouRejected(details={"kuaishou_result": payload.get("result")})
            token, expires_at = str(payload["access_token"]), now + int(payload["expires_in"])
            PlatformToken(*_TOKEN_KEY, access_token=token, expires_at=expires_at).save()
            self._token = (token, expires_at)
            return token

    def _drop_token(self, token: str) -> None:
        """Forget a token the platform refused, here and in the shared item (unless another
        container has replaced it already)."""
        with self._lock:
            if self._token and self._token[0] == token:
                self._token = None
            with contextlib.suppress(DeleteError):  # replaced (or dropped) meanwhile
                PlatformToken(*_TOKEN_KEY).delete(condition=PlatformToken.access_token == token)

    def _with_token(self, call: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
        """Make an openapi call with the access token; once more with a new token if the
        platform says the token is no longer valid (revoked, or expired early)."""
        token = self.access_token()
        payload = call(token)
        if payload.get("result") == TOKEN_INVALID_RESULT:
            logger.warning("kuaishou refused the access token; getting a new one")
            self._drop_token(token)
            payload = call(self.access_token())
        return payload

    # -- subscribe messages ----------------------------------------------------------------
    def send_subscribe_message(self, open_id: str, template_id: str, page: str, data: dict[str, Any]) -> None:
        """Raises KuaishouCallError(result, msg) for a refusal; KuaishouUnavailable if unreachable."""
        payload = self._with_token(
            lambda token: self._call(
                "/openapi/mp/developer/message/template/send",
                form={
                    "app_id": self.app_id,
                    "access_token": token,
                    "template_id": template_id,
                    "to_user": open_id,
                    "page": page,
                    "data": json.dumps(data, ensure_ascii=False),
                },
            )
        )
        self._checked(payload)

    # -- epay ------------------------------------------------------------------------------
    def _epay(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        signed = dict(body)
        signed["sign"] = epay_sign({**body, "app_id": self.app_id}, self.app_secret)
        payload = self._with_token(
            lambda token: self._call(
                "/openapi/mp/developer/epay/" + path,
                body=signed,
                query={"app_id": self.app_id, "access_token": token},
            )
        )
        return self._checked(payload)

    def create_order(self, **fields: Any) -> dict[str, str]:
        """Pre-order; returns {"order_no", "order_info_token"} for ks.pay."""
        return dict(self._epay("create_order", fields)["order_info"])

    def query_order(self, out_order_no: str) -> dict[str, Any]:
        return dict(self._epay("query_order", {"out_order_no": out_order_no})["payment_info"])

    def apply_refund(self, **fields: Any) -> dict[str, Any]:
        return self._epay("apply_refund", fields)

    def settle(self, **fields: Any) -> dict[str, Any]:
        """epay/settle (§13.2): accepted 3 days after the order was reported used (11)."""
        return self._epay("settle", fields)

    def query_settle(self, out_settle_no: str) -> dict[str, Any]:
        """epay/query_settle: `settle_info` {settle_status SETTLE_PROCESSING|_SUCCESS|_FAILED,
        settle_amount, ks_settle_no, …} of one settle request."""
        return dict(self._epay("query_settle", {"out_settle_no": out_settle_no}).get("settle_info") or {})

    def query_bill(self, bill_date: str, cursor: str = "", size: int = 200) -> dict[str, Any]:
        """epay/query_bill: the platform's money movements of one Shanghai day, paged. The
        research notes found the endpoint but not its fields (§5.2): Siyu reads
        `bill.items[]` {biz_type PAYMENT|REFUND|SETTLE, out_order_no, amount, service_fee,
        time} and `bill.next_cursor` as the fake platform serves them."""
        body: dict[str, Any] = {"bill_date": bill_date, "size": size}
        if cursor:
            body["cursor"] = cursor
        return dict(self._epay("query_bill", body).get("bill") or {})

    # -- order sync (订单同步, §13.1) ----------------------------------------------------
    def report_order(self, **fields: Any) -> None:
        """order/v1/report: one order's status in the member's Kuaishou order list. Sent
        unsigned (two of three clients do; the fake accepts both). KuaishouCallError when refused."""
        payload = self._with_token(
            lambda token: self._call(
                "/openapi/mp/developer/order/v1/report",
                body=fields,
                query={"app_id": self.app_id, "access_token": token},
            )
        )
        self._checked(payload)

    def upload_image(self, url: str) -> str:
        """file/img/uploadWithUrl: the platform's id of an image (an order's cover)."""
        payload = self._with_token(
            lambda token: self._call(
                "/openapi/mp/developer/file/img/uploadWithUrl",
                body={},
                query={"app_id": self.app_id, "access_token": token, "url": url},
            )
        )
        return str((self._checked(payload).get("data") or {}).get("imgId") or "")

    # -- content security (内容安全, research notes §6) --------------------------------------
    def check_text(self, content: str) -> dict[str, Any]:
        """Kuaishou's text content check. The notes confirm the service (applied for by email,
        the client_credentials token) but not its path or fields: Siyu sends `{"content"}` to
        CONTENT_CHECK_PATH and reads `data.suggest` (pass | review | block) and `data.labels`
        as the fake platform serves them. KuaishouCallError for a refusal of the call itself."""
        payload = self._with_token(
            lambda token: self._call(
                CONTENT_CHECK_PATH,
                body={"content": content},
                query={"app_id": self.app_id, "access_token": token},
            )
        )
        return dict(self._checked(payload).get("data") or {})

    def verify_callback(self, raw_body: bytes, kwaisign: str | None) -> bool:
        if not kwaisign:
            return False
        # Bytes, not str: a header with non-ASCII characters is a mismatch, not a TypeError.
        expected = callback_signature(raw_body, self.app_secret).encode()
        return hmac.compare_digest(expected, kwaisign.lower().encode("utf-8", "replace"))


_client: KuaishouClient | None = None


def client() -> KuaishouClient:
    global _client
    if _client is None:
        _client = KuaishouClient()
    return _client


def reset_client() -> None:
    global _client
    _client = None
