"""The event builder used by the local runtime and handler tests has API Gateway's shape."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from siyu_local.apigw import http_event, parse_response

# `sam local generate-event apigateway http-api-proxy`, committed so the test runs offline.
SAM_EVENT = json.loads((Path(__file__).parents[1] / "fixtures" / "sam-http-api-proxy.json").read_text())


def keys(d: dict, prefix: str = "") -> set[str]:
    out = set()
    for k, v in d.items():
        out.add(prefix + k)
        if isinstance(v, dict) and k not in (
            "headers",
            "queryStringParameters",
            "pathParameters",
            "stageVariables",
        ):
            out |= keys(v, prefix + k + ".")
    return out


def test_event_has_the_keys_api_gateway_sends():
    event = http_event(
        "POST",
        "/path/to/resource",
        query="parameter1=value1&parameter1=value2&parameter2=value",
        headers={
            "Header1": "value1",
            "Cookie": "cookie1; cookie2",
            "content-type": "application/octet-stream",
        },
        body=b"\x00\x01binary",
        path_parameters={"id": "1"},
    )
    # Authentication/authorizer and stageVariables only appear with mTLS, authorizers, stage variables.
    optional = {k for k in keys(SAM_EVENT) if k.split(".")[1:2] in (["authentication"], ["authorizer"])}
    optional |= {"stageVariables", "requestContext.authentication", "requestContext.authorizer"}
    assert keys(SAM_EVENT) - optional <= keys(event)
    assert event["queryStringParameters"] == SAM_EVENT["queryStringParameters"]
    assert event["cookies"] == SAM_EVENT["cookies"]
    assert event["isBase64Encoded"] is True
    assert base64.b64decode(event["body"]) == b"\x00\x01binary"
    assert event["headers"]["header1"] == "value1"  # API Gateway lower-cases header names


def test_text_body_stays_text():
    event = http_event("POST", "/x", headers={"content-type": "application/json"}, body='{"a": "奶茶"}')
    assert event["isBase64Encoded"] is False
    assert json.loads(event["body"]) == {"a": "奶茶"}


def test_response_parsing():
    status, headers, body, cookies = parse_response(
        {"statusCode": 201, "headers": {"Content-Type": "application/json"}, "body": "{}", "cookies": ["a=b"]}
    )
    assert (status, headers["content-type"], body, cookies) == (201, "application/json", b"{}", ["a=b"])
    assert (
        parse_response(
            {"statusCode": 200, "body": base64.b64encode(b"\x00").decode(), "isBase64Encoded": True}
        )[2]
        == b"\x00"
    )
