"""Frozen audiences: one list per ref, whatever the retries and races."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu import audiences


def _all(ref: str) -> list[str]:
    return [m for page in audiences.member_pages(ref) for m in page]


def test_freeze_stores_sorted_unique_members_in_chunks(aws: None) -> None:
    ids = [f"m{n:05d}" for n in range(2_500)] + ["m00001"]
    frozen = audiences.freeze("camp-1", reversed(ids), source="segment:s1")
    assert frozen.size == 2_500
    pages = list(audiences.member_pages("camp-1"))
    assert [len(p) for p in pages] == [1_000, 1_000, 500]
    assert _all("camp-1") == sorted(set(ids))


def test_a_retry_answers_the_first_list(aws: None) -> None:
    audiences.freeze("camp-2", ["a", "b"], source="upload")
    again = audiences.freeze("camp-2", ["a", "b", "c"], source="upload")
    assert again.size == 2
    assert _all("camp-2") == ["a", "b"]


def test_nothing_ready_before_a_freeze(aws: None) -> None:
    assert audiences.get("nope") is None


def test_a_writer_that_crashed_half_way_is_taken_over(aws: None) -> None:
    header = audiences.Audience(
        "AUD#camp-3", ref="camp-3", source="upload", status="writing", writer="dead", created_at="x"
    )
    header.save()
    audiences.AudienceChunk("AUD#camp-3", "CHUNK#dead#00000", members=["zombie"]).save()
    frozen = audiences.freeze("camp-3", ["m1", "m2"], source="upload")
    assert frozen.size == 2
    assert _all("camp-3") == ["m1", "m2"]


def test_concurrent_freezes_of_one_ref_never_mix_lists(atomic_dynamodb: None) -> None:
    lists = [[f"w{w}-{n:04d}" for n in range(1_500)] for w in range(8)]

    def attempt(ids: list[str]) -> int | None:
        try:
            return audiences.freeze("camp-4", ids, source="upload").size
        except audiences.AudienceBusy:
            return None

    with ThreadPoolExecutor(8) as pool:
        sizes = list(pool.map(attempt, lists))
    assert any(s == 1_500 for s in sizes)
    members = _all("camp-4")
    assert members in [sorted(ids) for ids in lists]  # exactly one writer's list, whole


def test_too_large_is_refused(aws: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audiences, "MAX_MEMBERS", 3)
    with pytest.raises(audiences.AudienceTooLarge):
        audiences.freeze("camp-5", ["a", "b", "c", "d"], source="upload")
    assert audiences.get("camp-5") is None
