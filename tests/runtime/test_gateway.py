"""The HTTP side of the runtime without sockets (Gateway.handle), plus one real socket
round trip; and invoking functions the way Lambda does (context, timeout, JSON payloads)."""

from __future__ import annotations

import base64
import http.client
import json
import time

import pytest

from siyu_local.gateway import Gateway, Reply, Request
from siyu_local.lambdas import Functions, LocalFunction
from siyu_local.routes import RouteTable
from siyu_local.wiring import Route
from tests.runtime.conftest import Recorder

ARN = "arn:aws-cn:lambda:cn-north-1:123456789012:function:echo"


def echo(event, context):
    if event.get("queryStringParameters", {}).get("boom"):
        raise ValueError("boom")
    return {
        "statusCode": 201,
        "headers": {"content-type": "application/json"},
        "multiValueHeaders": {"x-multi": ["a", "b"]},
        "cookies": ["s=1; HttpOnly"],
        "body": json.dumps({"event": event, "context": [context.function_name, context.aws_request_id]}),
    }


def gateway(handler=echo, cors=None, local=None) -> Gateway:
    functions = Functions({"Echo": LocalFunction("Echo", "echo", ARN, handler, timeout=2)})
    routes = RouteTable([Route("ANY", "/items/{id}", "Echo", "Api"), Route("GET", "/bare", "Echo", "Api")])
    return Gateway(routes, functions, cors=cors, local=local, port=0)


def call(gw: Gateway, method: str, target: str, headers=(), body=b"") -> Reply:
    reply, _ = gw.handle(Request(method, target, list(headers), body, "10.0.0.7", 3000))
    return reply


def test_the_event_carries_what_api_gateway_puts_in_it():
    reply = call(
        gateway(),
        "POST",
        "/items/42?a=1&a=2&b=",
        [
            ("Content-Type", "application/json"),
            ("Cookie", "x=1"),
            ("Cookie", "y=2"),
            ("X-Dup", "1"),
            ("X-Dup", "2"),
        ],
        b'{"k": "v"}',
    )
    assert reply.status == 201
    assert reply.headers["x-multi"] == "a,b"
    assert reply.cookies == ["s=1; HttpOnly"]
    assert reply.headers["apigw-requestid"]
    body = json.loads(reply.body)
    event = body["event"]
    assert event["routeKey"] == "ANY /items/{id}"
    assert event["pathParameters"] == {"id": "42"}
    assert event["queryStringParameters"] == {"a": "1,2", "b": ""}
    assert event["cookies"] == ["x=1", "y=2"]
    assert event["headers"]["x-dup"] == "1,2"
    assert event["headers"]["x-forwarded-for"] == "10.0.0.7"
    assert event["requestContext"]["http"]["sourceIp"] == "10.0.0.7"
    assert event["body"] == '{"k": "v"}'
    assert body["context"][0] == "echo"
    assert body["context"][1] != event["requestContext"]["requestId"]  # Lambda's id is its own


def test_binary_requests_are_base64_and_binary_responses_are_decoded():
    def binary(event, context):
        return {
            "statusCode": 200,
            "isBase64Encoded": True,
            "body": event["body"],
            "headers": {"content-type": "image/png"},
        }

    reply = call(gateway(binary), "PUT", "/items/1", [("Content-Type", "image/png")], b"\x89PNG\x00\xff")
    assert reply.body == b"\x89PNG\x00\xff"
    assert base64.b64encode(reply.body)


def test_a_bare_return_value_is_a_200_json_response():
    reply = call(gateway(lambda event, context: {"plain": True}), "GET", "/bare")
    assert (reply.status, json.loads(reply.body)) == (200, {"plain": True})


def test_errors_and_unknown_routes_look_like_api_gateway():
    gw = gateway()
    assert (call(gw, "GET", "/items/1?boom=1").status, call(gw, "GET", "/items/1?boom=1").body) == (
        500,
        b'{"message":"Internal Server Error"}',
    )
    assert (call(gw, "GET", "/nope").status, call(gw, "GET", "/nope").body) == (
        404,
        b'{"message":"Not Found"}',
    )
    assert call(gw, "POST", "/bare").status == 404


def test_a_malformed_response_is_a_500():
    reply = call(gateway(lambda event, context: {"statusCode": "teapot"}), "GET", "/bare")
    assert reply.status == 500


def test_cors_preflight_and_response_headers():
    cors = {
        "AllowOrigins": ["https://a.example"],
        "AllowMethods": ["GET"],
        "AllowHeaders": ["X-A"],
        "MaxAge": 60,
    }
    gw = gateway(cors=cors)
    preflight = call(
        gw, "OPTIONS", "/items/1", [("Origin", "https://a.example"), ("Access-Control-Request-Method", "GET")]
    )
    assert preflight.status == 204
    assert preflight.headers == {
        "access-control-allow-origin": "https://a.example",
        "access-control-allow-methods": "GET",
        "access-control-allow-headers": "x-a",
        "access-control-max-age": "60",
    }
    assert call(gw, "GET", "/items/1", [("Origin", "https://a.example")]).headers[
        "access-control-allow-origin"
    ]
    assert (
        "access-control-allow-origin"
        not in call(gw, "GET", "/items/1", [("Origin", "https://b.example")]).headers
    )
    # Without a preflight header, OPTIONS is an ordinary request for the ANY route.
    assert call(gw, "OPTIONS", "/items/1").status == 201


def test_local_handlers_come_first():
    gw = gateway(local=lambda r: Reply.json(200, {"local": True}) if r.path == "/_local/x" else None)
    assert json.loads(call(gw, "GET", "/_local/x").body) == {"local": True}
    assert call(gw, "GET", "/items/1").status == 201


def test_local_helpers_carry_cors_headers_for_allowed_origins():
    # the demo's H5 build asks /_local/login-code from its own origin
    gw = gateway(
        cors={"AllowOrigins": ["http://127.0.0.1:5173"]},
        local=lambda r: Reply.json(200, {"code": "x"}) if r.path == "/_local/x" else None,
    )
    reply = call(gw, "GET", "/_local/x", [("Origin", "http://127.0.0.1:5173")])
    assert reply.headers["access-control-allow-origin"] == "http://127.0.0.1:5173"
    assert (
        "access-control-allow-origin"
        not in call(gw, "GET", "/_local/x", [("Origin", "https://b.example")]).headers
    )


def test_over_a_real_socket_with_keep_alive():
    gw = gateway().start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", gw.port, timeout=5)
        for _ in range(3):
            conn.request("GET", "/items/7", headers={"Cookie": "a=b"})
            response = conn.getresponse()
            body = json.loads(response.read())
            assert response.status == 201
            assert response.getheader("Set-Cookie") == "s=1; HttpOnly"
            assert body["event"]["pathParameters"] == {"id": "7"}
        conn.request("HEAD", "/items/7")
        head = conn.getresponse()
        assert head.status == 201
        assert head.read() == b""
        conn.close()
    finally:
        gw.stop()


# ---------------------------------------------------------------------------------- invoking
def test_invocations_get_a_lambda_context_and_a_copy_of_the_event():
    seen = []

    def handler(event, context):
        seen.append((context.function_name, context.invoked_function_arn, context.memory_limit_in_mb))
        assert 0 < context.get_remaining_time_in_millis() <= 2000
        event["mutated"] = True
        return {"n": 1}

    functions = Functions({"F": LocalFunction("F", "echo", ARN, handler, timeout=2, memory_mb=256)})
    event = {"a": 1}
    result = functions.invoke("F", event)
    assert (result.ok, result.result) == (True, {"n": 1})
    assert event == {"a": 1}
    assert seen == [("echo", ARN, 256)]
    assert functions.for_arn(ARN + ":prod") is functions["F"]
    assert functions.for_arn("echo") is functions["F"]


def test_errors_timeouts_and_unserialisable_results_fail_the_invocation():
    def slow(event, context):
        time.sleep(0.5)

    functions = Functions(
        {
            "Raise": LocalFunction("Raise", "r", ARN, Recorder(lambda e: 1 / 0), timeout=2),
            "Slow": LocalFunction("Slow", "s", ARN, slow, timeout=0.1),
            "Odd": LocalFunction("Odd", "o", ARN, lambda e, c: {"when": object()}, timeout=2),
        }
    )
    assert functions.invoke("Raise", {}).error == "ZeroDivisionError: division by zero"
    assert functions.invoke("Slow", {}).error == "Task timed out after 0.10 seconds"
    assert functions.invoke("Odd", {}).error.startswith("Runtime.MarshalError")


@pytest.mark.parametrize(("path", "decoded"), [("/items/a%2Fb", "a/b"), ("/items/%E5%A5%B6", "奶")])
def test_encoded_path_parameters_are_decoded(path, decoded):
    event = json.loads(call(gateway(), "GET", path).body)["event"]
    assert event["rawPath"] == path
    assert event["pathParameters"] == {"id": decoded}


def test_quiet_for_is_zero_while_an_invocation_runs_and_counts_from_its_end() -> None:
    import threading

    started, release = threading.Event(), threading.Event()

    def slow(event, context):
        started.set()
        release.wait(5)
        return {}

    functions = Functions({"Slow": LocalFunction("Slow", "slow", ARN, slow, timeout=10)})
    running = threading.Thread(target=functions.invoke, args=("Slow", {}))
    running.start()
    assert started.wait(5)
    time.sleep(0.2)
    assert functions.quiet_for() == 0.0  # in flight: never quiet, however long it runs
    release.set()
    running.join(5)
    ended = functions.quiet_for()
    time.sleep(0.2)
    assert 0.0 < ended < functions.quiet_for()
