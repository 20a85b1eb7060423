"""AES-128-CBC / PKCS#7 as used for getPhoneNumber encryptedData (Kuaishou's phone-number decryption)."""

from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


def _b64decode_lenient(value: str) -> bytes:
    # Some clients hand the iv over without "=" padding; re-pad instead of failing.
    return base64.b64decode(value + "=" * (-len(value) % 4))


def new_session_key() -> str:
    """A session_key as code2session returns it: base64 of 16 random bytes."""
    return base64.b64encode(os.urandom(16)).decode("ascii")


def aes_encrypt(plaintext: bytes, session_key: str, iv: bytes | None = None) -> tuple[str, str]:
    """Encrypt like Kuaishou does for the client: returns (encryptedData, iv) both base64."""
    key = _b64decode_lenient(session_key)
    iv = iv if iv is not None else os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, iv)
    ciphertext = cipher.encrypt(pad(plaintext, AES.block_size))
    return base64.b64encode(ciphertext).decode("ascii"), base64.b64encode(iv).decode("ascii")


def aes_decrypt(encrypted_data: str, iv: str, session_key: str) -> bytes:
    """Inverse of :func:`aes_encrypt`; what a backend does with encryptedData + iv."""
    key = _b64decode_lenient(session_key)
    cipher = AES.new(key, AES.MODE_CBC, _b64decode_lenient(iv))
    return unpad(cipher.decrypt(_b64decode_lenient(encrypted_data)), AES.block_size)
