"""A fake Kuaishou local-life open platform (本地生活, research notes §14) for tests and the
local runtime, beside the fake Kuaishou mini-program platform: 127.0.0.1 only, standard
library only::

    fake = FakeLocalLife(app_id="kslocal-app", app_secret="fake-locallife-secret").start()
    code = fake.issue_auth_code()                       # the merchant authorises Siyu
    fake.add_poi("poi-1")                               # the merchant's store
    v = fake.sell_voucher(title="双人下午茶", pay_fen=5990, original_fen=8800)
    ...                                                 # v["code"] typed, v["qr"] scanned
    fake.stop()

Endpoints (the shapes Siyu's client sends and reads; GUESS where the notes say so):

- ``GET /oauth2/access_token?app_id&app_secret&grant_type=code&code`` and
  ``GET /oauth2/refresh_token?…&grant_type=refresh_token&refresh_token`` —
  ``{result: 1, access_token, refresh_token, open_id, expires_in, refresh_token_expires_in}``
- header ``access-token`` on every merchant call; the envelope is
  ``{data: {error_code, description, …}, extra: {logid, now}}``
- ``GET /goodlife/v1/fulfilment/certificate/prepare?poi_id&code|encrypted_data`` →
  ``data{verify_token, order_id, certificates[{certificate_id, encrypted_code, start_time,
  expire_time, amount{original_amount, pay_amount, …}, sku{sku_id, title, groupon_type,
  market_price}}]}``
- ``POST …/certificate/verify`` ``{verify_token, poi_id, order_id, encrypted_codes}`` →
  ``data.verify_results[{result, msg, verify_id, certificate_id, verify_time, order_id}]``;
  a retry with the same verify_token after success answers ``result: 1208`` (already verified)
- ``POST …/certificate/cancel`` ``{verify_id, certificate_id}``; after ``cancel_window``
  seconds ``3000001 已超过可撤销时限``
- ``GET …/certificate/get?encrypted_code`` → ``data.certificate{certificate_id, status,
  verify{verify_id, poi_id, verify_time}}`` (status 1 unused, 2 verified, 3 expired)
- ``GET /goodlife/lbs/bill/query/v2?cursor&size&bill_date`` → ``data{records[{biz_type
  VERIFY|CANCEL, certificate_id, verify_id, order_id, poi_id, amount, fee, time}], cursor,
  has_more}`` (fields: the fake's)

Scenarios (item 4 of issue 26): an unknown code, a used one, an expired one, another
merchant's store (``add_poi(…, account_id="other")``), rate limited (``throttle(n)``: the next
n calls answer 2100004), a verify that times out but is applied (``delay_next_verify(s)``:
the retry answers already verified), an undo after the window (``cancel_window``).
"""

from .fake import (
    ALREADY_VERIFIED,
    CODE_EXPIRED,
    CODE_OTHER_STORE,
    CODE_UNKNOWN,
    CODE_USED,
    RATE_LIMITED,
    TOKEN_INVALID,
    UNDO_WINDOW_PASSED,
    FakeLocalLife,
)

__all__ = [
    "ALREADY_VERIFIED",
    "CODE_EXPIRED",
    "CODE_OTHER_STORE",
    "CODE_UNKNOWN",
    "CODE_USED",
    "RATE_LIMITED",
    "TOKEN_INVALID",
    "UNDO_WINDOW_PASSED",
    "FakeLocalLife",
]
