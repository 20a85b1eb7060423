"""Kuaishou subscribe messages: the one path every sender takes (live reminders, assist
completions, push campaigns).

`send()` waits for the app-wide rate limit (siyu.ratelimit, `KUAISHOU_MESSAGES`: the
platform allows 100 per second per app, Siyu takes `kuaishou_message_rate`), calls Kuaishou
and sorts the answer into what a sender must do next:

- SENT: delivered.
- TRANSIENT: surely not delivered (busy, rate limited, unreachable, a stale access token):
  safe to send again later.
- REFUSED: a final refusal for this member (not subscribed, template withdrawn, bad data).
- UNKNOWN: the request may have reached Kuaishou (a timeout after it left): sending again
  could deliver it twice, so a sender records it and does not resend.
"""

from __future__ import annotations

import urllib.error
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from siyu import kuaishou
from siyu.config import get_settings
from siyu.errors import KuaishouRejected, KuaishouUnavailable
from siyu.ratelimit import KUAISHOU_MESSAGES, RateLimiter

# Kuaishou answers that mean "not delivered, try later" (busy, rate limited, unavailable, a
# stale access token). Every other refusal is final for that member (e.g. not subscribed).
TRANSIENT_RESULTS = frozenset({100300001, 100300004, 100000503, 100200108})


class Delivery(StrEnum):
    SENT = "sent"
    TRANSIENT = "transient"
    REFUSED = "refused"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SendResult:
    delivery: Delivery
    code: str = ""
    message: str = ""


@cache
def _limiter(per_second: int) -> RateLimiter:
    return RateLimiter(KUAISHOU_MESSAGES, per_second)


def limiter() -> RateLimiter:
    """The container's handle on the app-wide subscribe-message rate limit."""
    return _limiter(get_settings().kuaishou_message_rate)


def not_delivered(exc: Exception) -> bool:
    """True when Kuaishou surely did not take the message (safe to retry)."""
    cause = exc.__cause__
    if isinstance(cause, urllib.error.HTTPError):
        return cause.code in (429, 503) or cause.code < 500  # refused, not half-processed
    if isinstance(cause, urllib.error.URLError):
        return isinstance(cause.reason, ConnectionRefusedError)
    return isinstance(cause, ConnectionRefusedError)


def send(open_id: str, template_id: str, page: str, data: dict[str, Any]) -> SendResult:
    """One subscribe message under the app-wide limit; never raises for Kuaishou's answer."""
    limiter().acquire()
    try:
        kuaishou.client().send_subscribe_message(open_id, template_id, page, data)
    except kuaishou.KuaishouCallError as exc:
        kind = Delivery.TRANSIENT if exc.result in TRANSIENT_RESULTS else Delivery.REFUSED
        return SendResult(kind, str(exc.result), exc.message)
    except KuaishouUnavailable as exc:
        if not_delivered(exc):
            return SendResult(Delivery.TRANSIENT, "KUAISHOU_UNAVAILABLE", "platform not reached")
        return SendResult(Delivery.UNKNOWN, "OUTCOME_UNKNOWN", "no answer from Kuaishou")
    except KuaishouRejected:
        return SendResult(Delivery.TRANSIENT, "KUAISHOU_REJECTED", "access token refused")
    return SendResult(Delivery.SENT)
