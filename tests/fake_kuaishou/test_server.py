"""HTTP behaviour: outage, latency, unknown paths, call log, developer pages, lifecycle."""

from __future__ import annotations

import socket
import urllib.error

import pytest
from fakeks_support import APP_ID, APP_SECRET, Http, Receiver, order_body

from siyu_local.fake_kuaishou import FakeKuaishou, codes


def test_outage_answers_503_everywhere(fake: FakeKuaishou, http: Http) -> None:
    fake.outage(True)
    for method, path in [
        ("POST", "/oauth2/mp/code2session"),
        ("GET", "/oauth2/access_token"),
        ("POST", "/openapi/mp/developer/epay/query_order"),
        ("GET", "/pay"),
    ]:
        status, body = http.request(method, path)
        assert status == 503
        assert body["result"] == codes.SERVICE_UNAVAILABLE
    fake.outage(False)
    assert http.token()


def test_unknown_path_and_method(http: Http) -> None:
    status, body = http.request("GET", "/nope")
    assert status == 404
    assert body["result"] == codes.NOT_FOUND
    status, body = http.request("GET", "/oauth2/mp/code2session")
    assert status == 405
    assert body["result"] == codes.METHOD_NOT_ALLOWED
    status, _ = http.request("POST", "/openapi/mp/developer/epay/unknown_thing")
    assert status == 404


def test_delay_makes_clients_time_out(fake: FakeKuaishou, http: Http) -> None:
    fake.delay(0.5)
    with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
        http.request("GET", "/orders", timeout=0.1)
    fake.delay(0)
    status, _ = http.request("GET", "/orders", timeout=2)
    assert status == 200


def test_calls_are_recorded(fake: FakeKuaishou, http: Http) -> None:
    http.token()
    http.token()
    http.request("GET", "/nope?x=1")
    token_call = ("POST", "/oauth2/access_token")
    assert fake.calls == [token_call, token_call, ("GET", "/nope")]
    assert fake.calls.count(("POST", "/oauth2/access_token")) == 2


def test_pay_page_flow(fake: FakeKuaishou, http: Http, receiver: Receiver) -> None:
    token = http.token()
    assert (
        http.epay("create_order", order_body("order-web-1", receiver.url, subject="<b>会员卡</b>"), token)[
            "result"
        ]
        == 1
    )
    status, page = http.request("GET", "/pay", query={"out_order_no": "order-web-1"})
    assert status == 200
    assert "order-web-1" in page
    assert "&lt;b&gt;会员卡&lt;/b&gt;" in page  # escaped
    assert 'action="/pay"' in page

    status, page = http.request("POST", "/pay", form={"out_order_no": "order-web-1", "channel": "WECHAT"})
    assert status == 200
    assert "已确认" in page
    assert fake.orders["order-web-1"]["status"] == "SUCCESS"
    assert len(receiver.received) == 1

    status, answer = http.request(
        "POST", "/pay", form={"out_order_no": "order-web-1"}, headers={"Accept": "application/json"}
    )
    assert status == 400
    assert answer["result"] != 1

    status, listing = http.request("GET", "/orders")
    assert status == 200
    assert [o["out_order_no"] for o in listing["orders"]] == ["order-web-1"]


def test_loopback_only_and_lifecycle() -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        FakeKuaishou(host="0.0.0.0")
    fake = FakeKuaishou(app_id=APP_ID, app_secret=APP_SECRET)
    with pytest.raises(RuntimeError):
        _ = fake.base_url
    fake.start()
    try:
        assert fake.base_url.startswith("http://127.0.0.1:")
        assert fake.port > 0
        with pytest.raises(RuntimeError):
            fake.start()
        assert Http(fake.base_url).token()
    finally:
        fake.stop()
    fake.stop()  # idempotent
