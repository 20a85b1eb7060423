"""Pure helpers against known vectors: phone decryption, epay request sign, callback kwaisign."""

from __future__ import annotations

import base64
import json

from siyu_local.fake_kuaishou import aes_decrypt, aes_encrypt, callback_sign, epay_sign, epay_sign_string
from siyu_local.fake_kuaishou.signing import sign_value, verify_callback

TEST_SECRET = "TEST_SECRET"

DOC_PARAMS = {
    "app_id": "ks707065143182423884",
    "open_id": "5b748c61ef2901405450656638e8f702d3",
    "out_order_no": "kdj1231113454676",
    "total_amount": 100,
    "subject": "肯德基10元代金券",
    "type": 1,
    "detail": "详情介绍",
    "expire_time": 3600,
    "notify_url": "https://xxxx.kuaishou.com/zeus/epay/notify",
}


def test_epay_sign_matches_doc_vector() -> None:
    assert epay_sign(DOC_PARAMS, TEST_SECRET) == "2fdcb004dc0f2d8eadc03ad5ef9884f5"


def test_epay_sign_excludes_sign_access_token_and_empty_values() -> None:
    noisy = {**DOC_PARAMS, "sign": "x", "access_token": "tok", "attach": "", "goods_id": None}
    assert epay_sign(noisy, TEST_SECRET) == "2fdcb004dc0f2d8eadc03ad5ef9884f5"
    # empty containers and zero are values, not "empty"
    with_list = {**DOC_PARAMS, "multi_copies_goods_info": []}
    assert epay_sign(with_list, TEST_SECRET) != epay_sign(DOC_PARAMS, TEST_SECRET)
    assert epay_sign_string({"a": [], "b": {}, "c": 0}) == "a=[]&b={}&c=0"


def test_sign_string_is_ascii_sorted_and_raw() -> None:
    text = epay_sign_string({"b": "x y&z", "a": 1, "c": {"provider": "WECHAT", "n": 2}, "d": True, "e": 0})
    assert text == 'a=1&b=x y&z&c={"provider":"WECHAT","n":2}&d=true&e=0'


def test_sign_value_rendering() -> None:
    assert sign_value([{"copies": 2}]) == '[{"copies":2}]'
    assert sign_value("中文") == "中文"
    assert sign_value(False) == "false"
    assert sign_value(1.5) == "1.5"


def test_callback_sign_matches_vector() -> None:
    body = (
        b'{"data":{"status":"SUCCESS"},"biz_type":"PAYMENT","message_id":"m1","app_id":"ks1","timestamp":1}'
    )
    assert callback_sign(body, TEST_SECRET) == "c98287f2567576319cc19443b6d9e2ec"
    assert verify_callback(body, "C98287F2567576319CC19443B6D9E2EC", TEST_SECRET)
    assert not verify_callback(body + b" ", "c98287f2567576319cc19443b6d9e2ec", TEST_SECRET)


PHONE_VECTOR = {
    "encrypted": "BhwmnJUlu+xsIiARqsoP35GBL4EBQr8cyEbTDUfcO5cvmCbmezs0XHlfq1bOtxkZqA3/RYQ5nNpS4o1StegPRw==",
    "iv": "0kga3zotUrMkCvociMF7YQ==",
    "session_key": "z7CLMhoYKrPoolWP8SoNew==",
    "plaintext": '{"countryCode":"86","phoneNumber":"19814733741"}',
}


def test_aes_decrypts_phone_vector() -> None:
    v = PHONE_VECTOR
    assert aes_decrypt(v["encrypted"], v["iv"], v["session_key"]).decode() == v["plaintext"]
    # iv without "=" padding is accepted too
    assert aes_decrypt(v["encrypted"], v["iv"].rstrip("="), v["session_key"]).decode() == v["plaintext"]


def test_aes_encrypt_reproduces_phone_vector() -> None:
    v = PHONE_VECTOR
    encrypted, iv = aes_encrypt(v["plaintext"].encode(), v["session_key"], base64.b64decode(v["iv"]))
    assert (encrypted, iv) == (v["encrypted"], v["iv"])


def test_aes_roundtrip_random_iv() -> None:
    payload = json.dumps({"phoneNumber": "13800138000", "countryCode": "86"}).encode()
    encrypted, iv = aes_encrypt(payload, "z7CLMhoYKrPoolWP8SoNew==")
    assert len(base64.b64decode(iv)) == 16
    assert aes_decrypt(encrypted, iv, "z7CLMhoYKrPoolWP8SoNew==") == payload
