"""code2session, access_token and encrypt_for over real loopback HTTP."""

from __future__ import annotations

import base64
import json
import re

from fakeks_support import APP_ID, APP_SECRET, Http

from siyu_local.fake_kuaishou import FakeKuaishou, aes_decrypt, codes

C2S = "/oauth2/mp/code2session"
TOKEN = "/oauth2/access_token"


def login(http: Http, code: str, **override: str) -> dict:
    return http.form(C2S, {"app_id": APP_ID, "app_secret": APP_SECRET, "js_code": code, **override})


def test_code2session_returns_open_id_and_session_key(fake: FakeKuaishou, http: Http) -> None:
    code = fake.issue_login_code(open_id="openid-alice")
    assert re.fullmatch(r"[0-9A-F]{64}", code)
    body = login(http, code)
    assert body["result"] == 1
    assert body["open_id"] == "openid-alice"
    assert body["session_key"] == fake.session_key_for("openid-alice")
    assert len(base64.b64decode(body["session_key"])) == 16


def test_code_is_single_use(fake: FakeKuaishou, http: Http) -> None:
    code = fake.issue_login_code()
    first = login(http, code)
    assert first["result"] == 1
    assert re.fullmatch(r"[0-9a-f]{32}", first["open_id"])
    second = login(http, code)
    assert second["result"] == codes.INVALID_CODE
    assert second["error_msg"]


def test_unknown_and_expired_codes(fake: FakeKuaishou, http: Http) -> None:
    assert login(http, "F" * 64)["result"] == codes.INVALID_CODE
    code = fake.issue_login_code("openid-bob")
    fake.advance_time(301)
    answer = login(http, code)
    assert answer["result"] == codes.INVALID_CODE
    assert "过期" in answer["error_msg"]


def test_code2session_accepts_query_string(fake: FakeKuaishou, http: Http) -> None:
    code = fake.issue_login_code("openid-carol")
    status, body = http.request(
        "POST", C2S, query={"app_id": APP_ID, "app_secret": APP_SECRET, "js_code": code}
    )
    assert status == 200
    assert body["open_id"] == "openid-carol"


def test_code2session_bad_secret_and_missing_params(fake: FakeKuaishou, http: Http) -> None:
    code = fake.issue_login_code()
    assert login(http, code, app_secret="wrong")["result"] == codes.AUTH_ERROR
    assert login(http, code, app_id="ks700000000000000002")["result"] == codes.AUTH_ERROR
    missing = http.form(C2S, {"app_id": APP_ID, "js_code": code})
    assert missing["result"] == codes.PARAM_ERROR
    # the failed attempts did not burn the code
    assert login(http, code)["result"] == 1


def test_new_login_keeps_open_id_and_rotates_session_key(fake: FakeKuaishou, http: Http) -> None:
    first = login(http, fake.issue_login_code("openid-alice"))
    second = login(http, fake.issue_login_code("openid-alice"))
    assert first["open_id"] == second["open_id"] == "openid-alice"
    assert first["session_key"] != second["session_key"]
    assert fake.session_key_for("openid-alice") == second["session_key"]


def test_encrypt_for_uses_current_session_key(fake: FakeKuaishou, http: Http) -> None:
    session_key = login(http, fake.issue_login_code("openid-alice"))["session_key"]
    payload = {"countryCode": "86", "phoneNumber": "19814733741"}
    encrypted, iv = fake.encrypt_for("openid-alice", payload)
    assert json.loads(aes_decrypt(encrypted, iv, session_key)) == payload


def test_access_token_post_and_get(fake: FakeKuaishou, http: Http) -> None:
    params = {"app_id": APP_ID, "app_secret": APP_SECRET, "grant_type": "client_credentials"}
    posted = http.form(TOKEN, params)
    status, got = http.request("GET", TOKEN, query=params)
    assert status == 200
    for body in (posted, got):
        assert body["result"] == 1
        assert body["expires_in"] == 172800
        assert body["token_type"] == "bearer"
    assert posted["access_token"] != got["access_token"]
    assert fake.tokens_issued == 2


def test_access_token_errors(fake: FakeKuaishou, http: Http) -> None:
    base = {"app_id": APP_ID, "app_secret": APP_SECRET, "grant_type": "client_credentials"}
    assert http.form(TOKEN, {**base, "app_secret": "nope"})["result"] == codes.AUTH_ERROR
    assert http.form(TOKEN, {"app_id": APP_ID})["result"] == codes.PARAM_ERROR
    assert http.form(TOKEN, {**base, "grant_type": "password"})["result"] == codes.PARAM_ERROR
    assert fake.tokens_issued == 0
