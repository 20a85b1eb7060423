"""Client of Kuaishou's local-life open platform (本地生活, research notes §14): the
merchant's authorisation, tokens shared by every container, and the voucher (券码) calls
prepare → verify → cancel, the voucher's status (recovery) and the day's bill.

What is CONFIRMED and what is a GUESS (from Douyin's documented twin, §14.5) is marked at
each constant. The base URL is configurable so the fake platform of the local runtime and
tests (infra/siyu_local/fake_locallife) stands in for lbs-open.kuaishou.com.

Tokens: the merchant authorises Siyu once (an authorisation `code` → access and refresh
tokens, CONFIRMED §14.1). The pair is one item in the app table. A container that finds the
access token close to expiry takes a short refresh lease with a conditional write: one
refresher wins and writes the new pair (version + 1); the others keep using the still-valid
token, or wait for the new version if it has expired.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any, Final

from pynamodb.exceptions import UpdateError

from siyu import clock
from siyu.config import get_settings
from siyu.observability import logger
from siyu.secrets import get_secret
from siyu.vouchers.errors import (
    VoucherAuthFailed,
    VoucherNotAuthorized,
    VoucherPlatformRejected,
    VoucherPlatformUnavailable,
)
from siyu.vouchers.models import LocalLifeToken

# Paths. CONFIRMED names (§14.1, §14.2); `certificate/get` is a GUESS (Douyin's twin: §14.5);
# the bill path is SEEN in one client only (§14.3).
TOKEN_PATH: Final = "/oauth2/access_token"
REFRESH_PATH: Final = "/oauth2/refresh_token"
PREPARE_PATH: Final = "/goodlife/v1/fulfilment/certificate/prepare"
VERIFY_PATH: Final = "/goodlife/v1/fulfilment/certificate/verify"
CANCEL_PATH: Final = "/goodlife/v1/fulfilment/certificate/cancel"
CERTIFICATE_PATH: Final = "/goodlife/v1/fulfilment/certificate/get"  # GUESS
BILL_PATH: Final = "/goodlife/lbs/bill/query/v2"  # SEEN [K7]

# `data.error_code` values. 0 = OK (CONFIRMED, §14.2). The others are GUESSES: Kuaishou's
# codes were not found; Douyin's twin documents 1208 (already verified, on retry) and
# 3000001 (past the undo window); the rest are the fake platform's.
OK: Final = 0
ALREADY_VERIFIED: Final = frozenset({1208, 2})  # verify_results[].result on a retry (Douyin)
UNDO_WINDOW_PASSED: Final = 3000001  # cancel too late (Douyin)
TOKEN_INVALID: Final = 2190008  # access token unknown/expired (Douyin's code): refresh, retry once
CODE_UNKNOWN: Final = 1001001  # GUESS (fake)
CODE_USED: Final = 1001002  # GUESS (fake)
CODE_EXPIRED: Final = 1001003  # GUESS (fake)
CODE_OTHER_STORE: Final = 1001004  # GUESS (fake): the voucher is not valid at this POI
RATE_LIMITED: Final = 2100004  # GUESS: "请求太过频繁" was reported (§14.1) without a code
PARAM_ERROR: Final = 2100001  # GUESS (fake): a parameter the platform refuses (e.g. a voucher not verified)

# Refresh this long before the platform says the access token expires (48 h tokens, §14.1).
REFRESH_MARGIN_SECONDS: Final = 1800
REFRESH_LEASE_SECONDS: Final = 15


class PlatformError(Exception):
    """A business refusal of a call: `data.error_code` ≠ 0 (or a verify result ≠ 0)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"local-life error {code}: {message}")
        self.code = code
        self.message = message


class PlatformTimeout(Exception):
    """No answer in time: the call may or may not have been applied."""


@dataclass(frozen=True)
class Tokens:
    access_token: str
    version: int


class LocalLifeClient:
    def __init__(self) -> None:
        settings = get_settings()
        self.app_id = settings.locallife_app_id
        self.base_url = settings.locallife_base_url.rstrip("/")
        self.timeout = settings.locallife_timeout_seconds
        self._secret_name = settings.locallife_secret_name
        self._cached: tuple[str, int, float] | None = None  # token, version, expires_at
        self._lock = threading.Lock()

    @property
    def app_secret(self) -> str:
        return get_secret(self._secret_name)

    # -- transport -------------------------------------------------------------------------
    def _http(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        token: str | None = None,
    ) -> dict[str, Any]:
        url = self.base_url + path + ("?" + urllib.parse.urlencode(query, doseq=True) if query else "")
        headers = {"Content-Type": "application/json"}
        if token:
            headers["access-token"] = token  # CONFIRMED header name (§14.1)
        data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read())
        except TimeoutError as exc:
            logger.warning("local-life timeout", extra={"path": path})
            raise PlatformTimeout() from exc
        except urllib.error.HTTPError as exc:
            logger.warning("local-life http error", extra={"path": path, "status": exc.code})
            raise VoucherPlatformUnavailable() from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise PlatformTimeout() from exc
            logger.warning("local-life unreachable", extra={"path": path})
            raise VoucherPlatformUnavailable() from exc
        except (OSError, ValueError) as exc:
            logger.warning("local-life unreachable", extra={"path": path, "error": type(exc).__name__})
            raise VoucherPlatformUnavailable() from exc
        if not isinstance(payload, dict):
            raise VoucherPlatformUnavailable()
        return payload

    def _api(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A merchant API call: `data` of the envelope {data:{error_code, description, …}, extra}
        (CONFIRMED shape, §14.2); PlatformError for error_code ≠ 0; once more with a new token
        if the platform says the token is no longer valid."""
        for attempt in range(2):
            tokens = self.tokens()
            payload = self._http(method, path, query=query, body=body, token=tokens.access_token)
            raw = payload.get("data")
            data: dict[str, Any] = raw if isinstance(raw, dict) else {}
            code = int(data.get("error_code") or 0)
            if code == TOKEN_INVALID and attempt == 0:
                logger.warning("local-life refused the access token; refreshing")
                self._refresh(tokens.version, force=True)
                continue
            if code != OK:
                raise PlatformError(code, str(data.get("description") or data.get("sub_description") or ""))
            return data
        raise VoucherPlatformRejected()  # pragma: no cover - the loop returns or raises

    # -- authorisation and tokens ------------------------------------------------------------
    def authorize(self, code: str) -> str:
        """Exchange the merchant's authorisation code for tokens (CONFIRMED §14.1); returns the
        merchant account's open_id."""
        payload = self._http(
            "GET",
            TOKEN_PATH,
            query={"app_id": self.app_id, "app_secret": self.app_secret, "grant_type": "code", "code": code},
        )
        if payload.get("result") != 1:
            raise VoucherAuthFailed(details={"platform_result": payload.get("result")})
        now = clock.epoch(clock.now())
        item = LocalLifeToken(
            *LocalLifeToken.KEY,
            access_token=str(payload["access_token"]),
            refresh_token=str(payload["refresh_token"]),
            open_id=str(payload.get("open_id") or ""),
            expires_at=now + int(payload["expires_in"]),
            refresh_expires_at=now + int(payload.get("refresh_token_expires_in") or 180 * 86400),
            version=int(time.time() * 1000),  # a fresh authorisation outranks any refresh in flight
            updated_at=clock.now_iso(),
        )
        item.save()
        with self._lock:
            self._cached = None
        return str(item.open_id or "")

    def _read(self) -> LocalLifeToken:
        try:
            return LocalLifeToken.get(*LocalLifeToken.KEY, consistent_read=True)
        except LocalLifeToken.DoesNotExist:
            raise VoucherNotAuthorized() from None

    def tokens(self) -> Tokens:
        now = clock.epoch(clock.now())
        with self._lock:
            if self._cached and self._cached[2] - REFRESH_MARGIN_SECONDS > now:
                return Tokens(self._cached[0], self._cached[1])
        item = self._read()
        if int(item.expires_at) - REFRESH_MARGIN_SECONDS > now:
            with self._lock:
                self._cached = (item.access_token, int(item.version), float(item.expires_at))
            return Tokens(item.access_token, int(item.version))
        return self._refresh(int(item.version))

    def _refresh(self, seen_version: int, *, force: bool = False) -> Tokens:
        """Refresh the pair, once across containers: the container whose conditional write
        takes the lease (version still `seen_version`, no live lease) calls the platform;
        the others use the token while it is valid, or wait for the new version."""
        with self._lock:
            self._cached = None
        deadline = time.monotonic() + REFRESH_LEASE_SECONDS + 5
        while True:
            now = clock.epoch(clock.now())
            try:
                LocalLifeToken(*LocalLifeToken.KEY).update(
                    actions=[LocalLifeToken.refreshing_until.set(now + REFRESH_LEASE_SECONDS)],
                    condition=(LocalLifeToken.version == seen_version)
                    & (
                        LocalLifeToken.refreshing_until.does_not_exist()
                        | (LocalLifeToken.refreshing_until < now)
                    ),
                )
            except UpdateError as exc:
                if exc.cause_response_code != "ConditionalCheckFailedException":
                    raise
                item = self._read()
                if int(item.version) != seen_version:  # another container refreshed it
                    return Tokens(item.access_token, int(item.version))
                if not force and int(item.expires_at) > now:  # still valid: use it meanwhile
                    return Tokens(item.access_token, int(item.version))
                if time.monotonic() > deadline:
                    raise VoucherPlatformUnavailable(details={"reason": "token_refresh_stuck"}) from None
                time.sleep(0.2)
                continue
            return self._do_refresh(seen_version)

    def _do_refresh(self, seen_version: int) -> Tokens:
        item = self._read()
        payload = self._http(
            "GET",
            REFRESH_PATH,
            query={
                "app_id": self.app_id,
                "app_secret": self.app_secret,
                "grant_type": "refresh_token",
                "refresh_token": item.refresh_token,
            },
        )
        if payload.get("result") != 1:
            LocalLifeToken(*LocalLifeToken.KEY).update(actions=[LocalLifeToken.refreshing_until.remove()])
            logger.error("local-life refresh refused", extra={"result": payload.get("result")})
            raise VoucherNotAuthorized(details={"platform_result": payload.get("result")})
        now = clock.epoch(clock.now())
        version = seen_version + 1
        actions: list[Any] = [
            LocalLifeToken.access_token.set(str(payload["access_token"])),
            LocalLifeToken.refresh_token.set(str(payload.get("refresh_token") or item.refresh_token)),
            LocalLifeToken.expires_at.set(now + int(payload["expires_in"])),
            LocalLifeToken.version.set(version),
            LocalLifeToken.refreshing_until.remove(),
            LocalLifeToken.updated_at.set(clock.now_iso()),
        ]
        if payload.get("refresh_token_expires_in"):
            actions.append(
                LocalLifeToken.refresh_expires_at.set(now + int(payload["refresh_token_expires_in"]))
            )
        LocalLifeToken(*LocalLifeToken.KEY).update(
            actions=actions, condition=LocalLifeToken.version == seen_version
        )
        with self._lock:
            self._cached = (str(payload["access_token"]), version, float(now + int(payload["expires_in"])))
        logger.info("local-life token refreshed", extra={"version": version})
        return Tokens(str(payload["access_token"]), version)

    # -- vouchers ----------------------------------------------------------------------------
    def prepare(
        self, *, poi_id: str, code: str | None = None, encrypted_data: str | None = None
    ) -> dict[str, Any]:
        """certificate/prepare by typed code or scanned QR content (CONFIRMED params, §14.2).
        Returns data {verify_token, order_id, certificates[…]} (field names GUESS, Douyin's)."""
        query: dict[str, Any] = {"poi_id": poi_id}
        if encrypted_data:
            query["encrypted_data"] = encrypted_data
        else:
            query["code"] = code or ""
        return self._api("GET", PREPARE_PATH, query=query)

    def verify(self, *, verify_token: str, poi_id: str, order_id: str, encrypted_code: str) -> dict[str, Any]:
        """certificate/verify of one voucher (CONFIRMED params, §14.2). Returns the voucher's
        verify result {result, msg, verify_id, certificate_id, verify_time}; PlatformError for a
        refusal; an already-verified result (1208/2) is returned as is for the caller to judge."""
        data = self._api(
            "POST",
            VERIFY_PATH,
            body={
                "verify_token": verify_token,
                "poi_id": poi_id,
                "order_id": order_id,
                "encrypted_codes": [encrypted_code],
            },
        )
        results = data.get("verify_results") or []
        if not results:
            raise VoucherPlatformRejected(details={"reason": "no verify result"})
        result = dict(results[0])
        code = int(result.get("result") or 0)
        if code != OK and code not in ALREADY_VERIFIED:
            raise PlatformError(code, str(result.get("msg") or ""))
        return result

    def cancel(self, *, verify_id: str, certificate_id: str) -> None:
        """certificate/cancel (SEEN, §14.2); past the window: PlatformError(UNDO_WINDOW_PASSED)."""
        self._api("POST", CANCEL_PATH, body={"verify_id": verify_id, "certificate_id": certificate_id})

    def certificate(self, encrypted_code: str) -> dict[str, Any]:
        """The voucher's status for recovery after a lost answer (GUESS path and fields:
        data.certificate {certificate_id, status 1 unused | 2 verified | 3 expired | 4 refunded,
        verify {verify_id, poi_id, verify_time}})."""
        return dict(
            self._api("GET", CERTIFICATE_PATH, query={"encrypted_code": encrypted_code}).get("certificate")
            or {}
        )

    def bill(self, bill_date: str, cursor: str = "0", size: int = 200) -> dict[str, Any]:
        """The day's bill, paged (SEEN path, §14.3; record fields are the fake's: GUESS)."""
        return self._api("GET", BILL_PATH, query={"cursor": cursor, "size": size, "bill_date": bill_date})


_client: LocalLifeClient | None = None


def client() -> LocalLifeClient:
    global _client
    if _client is None:
        _client = LocalLifeClient()
    return _client


def reset_client() -> None:
    global _client
    _client = None
