"""A fake Kuaishou (快手) open platform for tests and the local runtime.

Serves the mini-program server APIs (login, access token, subscribe messages, epay) with the
documented request/response shapes and signatures on 127.0.0.1, standard library only::

    fake = FakeKuaishou(app_id="ks700000000000000001", app_secret="fake-app-secret").start()
    code = fake.issue_login_code(open_id="openid-alice")   # what ks.login hands the client
    ...                                                    # point the backend at fake.base_url
    fake.stop()

Endpoints (JSON answers: ``result`` 1 = success, else a code from :mod:`.codes` + ``error_msg``):

- ``POST /oauth2/mp/code2session`` — app_id, app_secret, js_code (form or query); code single-use, 5 min
- ``GET|POST /oauth2/access_token`` — grant_type=client_credentials; 48 h tokens, old ones stay valid
- ``POST /openapi/mp/developer/message/template/send`` — form: app_id, access_token, template_id,
  to_user, page, data (JSON string); QPS limit, subscription check, injected failures
- ``POST /openapi/mp/developer/epay/{create_order,create_order_with_channel,query_order,
  apply_refund,query_refund,settle,query_settle,query_bill}?app_id=&access_token=`` — JSON
  body with ``sign`` (§5.1); settle only 3 days after the order was reported used (11)
- ``POST /openapi/mp/developer/order/v1/report``, ``POST …/file/img/uploadWithUrl`` — order
  sync and its cover image (rules in :mod:`.settlement`; ``fail_calls`` injects failures)
- ``POST /openapi/mp/developer/content/text/check?app_id=&access_token=`` — JSON ``{content}`` →
  ``data.suggest`` pass | review | block (``content_block_words``, ``content_review_words``)
- ``GET /pay`` (HTML pay page for developers), ``POST /pay`` (form out_order_no → ``fake.pay``),
  ``GET /orders`` (JSON); unknown paths → 404 JSON

Callbacks (PAYMENT / REFUND / SETTLE) are POSTed as JSON to the notify_url with header
``kwaisign = md5(raw_body + app_secret)`` and re-sent until the backend answers
``{"result": 1, "message_id": <same id>}``.
"""

from . import codes
from .crypto import aes_decrypt, aes_encrypt
from .fake import FakeKuaishou
from .signing import callback_sign, epay_sign, epay_sign_string, verify_callback

__all__ = [
    "FakeKuaishou",
    "aes_decrypt",
    "aes_encrypt",
    "callback_sign",
    "codes",
    "epay_sign",
    "epay_sign_string",
    "verify_callback",
]
