"""Domain errors with stable codes. Each domain defines its own with `define_error`; the
HTTP layer maps every one to `{"error": {"code", "message", "details"}}` in one place, and
the API docs list the whole catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ErrorSpec:
    code: str
    status: int
    message: str  # zh-CN, shown to the member as is


CATALOGUE: dict[str, ErrorSpec] = {}


class SiyuError(Exception):
    """Base of every error a client may see. Subclasses come from `define_error`."""

    spec: ErrorSpec = ErrorSpec("INTERNAL_ERROR", 500, "系统繁忙，请稍后再试")

    def __init__(self, message: str | None = None, details: Any = None) -> None:
        super().__init__(message or self.spec.message)
        self.message = message or self.spec.message
        self.details = details

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def status(self) -> int:
        return self.spec.status

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


def define_error(code: str, status: int, message: str) -> type[SiyuError]:
    """Create (once) the exception class for a stable error code."""
    existing = CATALOGUE.get(code)
    spec = ErrorSpec(code, status, message)
    if existing is not None and existing != spec:
        raise ValueError(f"error code {code} defined twice with different meaning")
    CATALOGUE[code] = spec
    name = "".join(part.capitalize() for part in code.split("_")) + "Error"
    return type(name, (SiyuError,), {"spec": spec})


# Errors every capability shares.
InternalError = define_error("INTERNAL_ERROR", 500, "系统繁忙，请稍后再试")
ValidationFailed = define_error("VALIDATION_ERROR", 400, "请求参数有误")
BadJson = define_error("INVALID_JSON", 400, "请求体不是合法的 JSON")
UnsupportedMediaType = define_error("UNSUPPORTED_MEDIA_TYPE", 415, "请求体须为 application/json")
BodyTooLarge = define_error("BODY_TOO_LARGE", 413, "请求体过大")
RateLimited = define_error("RATE_LIMITED", 429, "操作过于频繁，请稍后再试")
NotFound = define_error("NOT_FOUND", 404, "请求的资源不存在")
RouteNotFound = define_error("ROUTE_NOT_FOUND", 404, "接口不存在")
Unauthenticated = define_error("UNAUTHENTICATED", 401, "请先登录")
TokenExpired = define_error("TOKEN_EXPIRED", 401, "登录已过期，请重新登录")
TokenInvalid = define_error("TOKEN_INVALID", 401, "登录凭证无效，请重新登录")
Forbidden = define_error("FORBIDDEN", 403, "没有权限执行此操作")
IdempotencyKeyReused = define_error("IDEMPOTENCY_KEY_REUSED", 422, "同一个幂等键不能用于不同的请求")
RequestInProgress = define_error("REQUEST_IN_PROGRESS", 409, "请求正在处理中，请稍后重试")
KuaishouRejected = define_error("KUAISHOU_REJECTED", 502, "快手平台拒绝了请求")
KuaishouUnavailable = define_error("KUAISHOU_UNAVAILABLE", 503, "快手平台暂时不可用，请稍后再试")
