"""The moderation step of review text: a pluggable checker, run before anything is stored.

`checker()` picks one from `REVIEW_MODERATION`: `wordlist` (the default: DEFAULT_WORDS plus
`REVIEW_BLOCKED_WORDS`, local, no call) or `kuaishou` (the word list, then Kuaishou's text
content check; needs the content-security permission, research notes §6). A refusal is
`REVIEW_TEXT_REJECTED` (422) and nothing is stored; Kuaishou unreachable is
`MODERATION_UNAVAILABLE` (503): the client retries, nothing is stored meanwhile. Add a
checker by implementing `Checker` and naming it in `CHECKERS`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Protocol

from siyu.config import get_settings
from siyu.errors import KuaishouRejected, KuaishouUnavailable, define_error
from siyu.kuaishou import KuaishouCallError, client
from siyu.observability import logger

ReviewTextRejected = define_error("REVIEW_TEXT_REJECTED", 422, "评价内容未通过审核，请修改后再提交")
ModerationUnavailable = define_error("MODERATION_UNAVAILABLE", 503, "评价审核暂不可用，请稍后重试")

# A small default list; merchants add their own words with REVIEW_BLOCKED_WORDS.
DEFAULT_WORDS: tuple[str, ...] = ("赌博", "博彩", "色情", "毒品", "代开发票", "加微信", "刷单", "枪支")


@dataclass(frozen=True)
class Verdict:
    passed: bool
    checker: str
    labels: list[str] = field(default_factory=list)


class Checker(Protocol):
    name: str

    def check(self, text: str) -> Verdict: ...


def _normal(text: str) -> str:
    """Width- and case-folded, without spaces and punctuation: 加 微 信 and ＡＢ match too."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


class WordListChecker:
    name = "wordlist"

    def __init__(self, words: list[str] | tuple[str, ...] | None = None) -> None:
        extra = [w.strip() for w in get_settings().review_blocked_words.split(",") if w.strip()]
        chosen = list(DEFAULT_WORDS if words is None else words) + extra
        self.words = sorted({_normal(w) for w in chosen if _normal(w)})

    def check(self, text: str) -> Verdict:
        plain = _normal(text)
        hits = [w for w in self.words if w in plain]
        return Verdict(passed=not hits, checker=self.name, labels=["blocked_word"] if hits else [])


class KuaishouChecker:
    """The word list first (no call for an obvious refusal), then Kuaishou's check: only
    `pass` is shown; `review` and `block` are refused (Siyu has no manual queue)."""

    name = "kuaishou"

    def __init__(self) -> None:
        self.local = WordListChecker()

    def check(self, text: str) -> Verdict:
        local = self.local.check(text)
        if not local.passed:
            return local
        try:
            data = client().check_text(text)
        except KuaishouCallError as exc:
            logger.warning("kuaishou content check refused the call", extra={"result": exc.result})
            raise ModerationUnavailable() from exc
        suggest = str(data.get("suggest") or "")
        labels = [str(label) for label in data.get("labels") or []]
        return Verdict(passed=suggest == "pass", checker=self.name, labels=labels)


CHECKERS: dict[str, type[WordListChecker] | type[KuaishouChecker]] = {
    "wordlist": WordListChecker,
    "kuaishou": KuaishouChecker,
}


def checker() -> Checker:
    return CHECKERS[get_settings().review_moderation]()


def moderate(text: str) -> Verdict:
    """The verdict on a review's text; raises REVIEW_TEXT_REJECTED when refused. Empty text
    (a rating only) passes without a check."""
    if not text.strip():
        return Verdict(passed=True, checker="none")
    try:
        verdict = checker().check(text)
    except (KuaishouUnavailable, KuaishouRejected) as exc:  # unreachable or no token: not a refusal
        raise ModerationUnavailable() from exc
    if not verdict.passed:
        raise ReviewTextRejected(details={"checker": verdict.checker, "labels": verdict.labels})
    return verdict
