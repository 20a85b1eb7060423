"""Fixtures for the fake Kuaishou tests: a started fake, a loopback HTTP client, a callback receiver."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Make `import siyu_local.fake_kuaishou` work without installing the project.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "infra"))

from fakeks_support import APP_ID, APP_SECRET, Http, Receiver

from siyu_local.fake_kuaishou import FakeKuaishou


@pytest.fixture
def fake() -> Iterator[FakeKuaishou]:
    with FakeKuaishou(app_id=APP_ID, app_secret=APP_SECRET) as running:
        yield running


@pytest.fixture
def http(fake: FakeKuaishou) -> Http:
    return Http(fake.base_url)


@pytest.fixture
def token(http: Http) -> str:
    return http.token()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver()
    yield rec
    rec.close()
