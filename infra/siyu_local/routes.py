"""API Gateway HTTP API route selection: the template's HttpApi routes matched against a
request the way API Gateway picks one (literal segments beat `{param}`, which beat
`{proxy+}`; an exact method beats ANY; `$default` catches the rest)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from siyu_local.wiring import Route

_LITERAL, _PARAM, _GREEDY = 0, 1, 2


@dataclass(frozen=True)
class Match:
    route: Route
    path_parameters: dict[str, str]


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/") if path.strip("/") else []


def _kind(segment: str) -> int:
    if segment.startswith("{") and segment.endswith("+}"):
        return _GREEDY
    if segment.startswith("{") and segment.endswith("}"):
        return _PARAM
    return _LITERAL


class RouteTable:
    def __init__(self, routes: list[Route]) -> None:
        self.routes = list(routes)
        self._parsed = [(r, _segments(r.path)) for r in self.routes if r.path != "$default"]
        self._default = next((r for r in self.routes if r.path == "$default"), None)

    def duplicates(self) -> list[str]:
        """Route keys declared more than once (API Gateway would refuse the second)."""
        keys = [r.route_key for r in self.routes]
        return sorted({k for k in keys if keys.count(k) > 1})

    def match(self, method: str, path: str) -> Match | None:
        method = method.upper()
        request = _segments(path)
        best: tuple[tuple[int, ...], Match] | None = None
        for route, pattern in self._parsed:
            if route.method not in (method, "ANY"):
                continue
            params = _bind(pattern, request)
            if params is None:
                continue
            # Lower is more specific: per-segment kinds left to right, then ANY after an exact method.
            rank = (*(_kind(s) for s in pattern), 9, 1 if route.method == "ANY" else 0)
            if best is None or rank < best[0]:
                best = (rank, Match(route, params))
        if best is not None:
            return best[1]
        return Match(self._default, {}) if self._default is not None else None


def _bind(pattern: list[str], request: list[str]) -> dict[str, str] | None:
    params: dict[str, str] = {}
    for index, segment in enumerate(pattern):
        kind = _kind(segment)
        if kind == _GREEDY:
            rest = request[index:]
            if not rest:
                return None
            params[segment[1:-2]] = unquote("/".join(rest))
            return params
        if index >= len(request):
            return None
        if kind == _PARAM:
            if not request[index]:
                return None
            params[segment[1:-1]] = unquote(request[index])
        elif segment != request[index]:
            return None
    return params if len(pattern) == len(request) else None
