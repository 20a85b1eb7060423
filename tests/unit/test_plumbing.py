"""The shared plumbing: tokens, clock, money, errors, idempotency, secrets."""

from __future__ import annotations

import json
import socket
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from threading import Barrier

import pytest

from siyu import clock, idempotency, money
from siyu.auth import tokens
from siyu.errors import CATALOGUE, SiyuError, define_error


def test_token_round_trip_and_tamper(aws):
    token = tokens.issue("m1", "access", 60)
    assert tokens.verify(token, "access").sub == "m1"
    version, payload, sig = token.split(".")
    forged_payload = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB")
    with pytest.raises(SiyuError) as err:
        tokens.verify(f"{version}.{forged_payload}.{sig}", "access")
    assert err.value.code == "TOKEN_INVALID"
    for garbage in ("", "abc", "v1.x", "v2.a.b", "v1.%%%.%%%"):
        with pytest.raises(SiyuError):
            tokens.verify(garbage, "access")


def test_shanghai_day_turns_at_16_utc():
    assert clock.shanghai_day(datetime(2026, 12, 31, 15, 59, 59, tzinfo=UTC)) == date(2026, 12, 31)
    assert clock.shanghai_day(datetime(2026, 12, 31, 16, 0, 0, tzinfo=UTC)) == date(2027, 1, 1)
    assert clock.shanghai_day_start(date(2027, 1, 1)) == datetime(2026, 12, 31, 16, tzinfo=UTC)


def test_clock_iso_round_trip_and_freeze():
    at = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    clock.clock.freeze(at)
    try:
        assert clock.now_iso() == "2026-11-24T08:30:00.000Z"
        assert clock.parse_iso(clock.now_iso()) == at
    finally:
        clock.clock.reset()
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)


def test_money_is_integer_fen():
    assert money.yuan(1234) == "12.34"
    assert money.yuan(-5) == "-0.05"
    assert money.percent_of(1999, 8800) == 1759  # 88% of ¥19.99, half up


def test_error_codes_are_unique_and_stable():
    again = define_error("VALIDATION_ERROR", 400, "请求参数有误")
    assert again.spec == CATALOGUE["VALIDATION_ERROR"]
    with pytest.raises(ValueError, match="defined twice"):
        define_error("VALIDATION_ERROR", 422, "别的意思")
    assert all(code == code.upper() for code in CATALOGUE)


def test_idempotent_run_returns_the_first_result(aws):
    runs: list[int] = []

    def work() -> dict:
        runs.append(1)
        return {"n": len(runs)}

    first = idempotency.run_once("op", "m1", "key-00000001", {"a": 1}, work)
    again = idempotency.run_once("op", "m1", "key-00000001", {"a": 1}, work)
    assert first == again == {"n": 1}
    assert len(runs) == 1
    # Another caller's identical key is a different request.
    assert idempotency.run_once("op", "m2", "key-00000001", {"a": 1}, work) == {"n": 2}


def test_idempotency_key_reused_with_another_body_is_refused(aws):
    idempotency.run_once("op", "m1", "key-00000002", {"a": 1}, lambda: {"ok": True})
    with pytest.raises(SiyuError) as err:
        idempotency.run_once("op", "m1", "key-00000002", {"a": 2}, lambda: {"ok": True})
    assert err.value.code == "IDEMPOTENCY_KEY_REUSED"


@pytest.mark.parametrize("key", [None, "short", "x" * 129, "bad\nkey!"])
def test_idempotency_key_must_be_well_formed(aws, key):
    with pytest.raises(SiyuError) as err:
        idempotency.run_once("op", "m1", key, {}, lambda: {})
    assert err.value.code == "VALIDATION_ERROR"


@pytest.mark.concurrency
def test_concurrent_duplicates_run_once(atomic_dynamodb):
    runs: list[int] = []
    barrier = Barrier(8)

    def call(_: int) -> str:
        barrier.wait()
        try:
            idempotency.run_once("op", "m1", "key-00000003", {}, lambda: runs.append(1) or {"ok": True})
            return "ok"
        except SiyuError as exc:
            return exc.code

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(call, range(8)))
    assert len(runs) == 1
    assert set(outcomes) <= {"ok", "REQUEST_IN_PROGRESS"}


def test_tests_cannot_leave_loopback():
    with pytest.raises(ConnectionRefusedError, match="loopback"):
        socket.create_connection(("192.0.2.1", 443), timeout=0.5)


def test_error_body_shape():
    err = define_error("TEST_ONLY_ERROR", 418, "测试")(details={"x": 1})
    assert json.loads(json.dumps(err.body())) == {
        "error": {"code": "TEST_ONLY_ERROR", "message": "测试", "details": {"x": 1}}
    }


def test_admin_cli_creates_an_owner_once(aws, monkeypatch, capsys):
    from siyu.auth import admin_cli
    from siyu.auth.admins import AdminAccount

    monkeypatch.setenv("SIYU_ADMIN_PASSWORD", "a long enough password")
    assert admin_cli.main(["create", "--username", "Boss", "--role", "owner"]) == 0
    assert "created owner boss" in capsys.readouterr().out
    assert AdminAccount.get(*AdminAccount.key("boss")).role == "owner"
    assert admin_cli.main(["create", "--username", "boss"]) == 1
    assert "ADMIN_EXISTS" in capsys.readouterr().err
    monkeypatch.setenv("SIYU_ADMIN_PASSWORD", "short")
    assert admin_cli.main(["create", "--username", "other"]) == 2
