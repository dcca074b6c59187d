"""Is a capitalised word an ordinary English word or a given name? Two well-kept word lists
answer it: wordfreq (how common a word is in English text) and gender-guesser (some 40,000
given names from many countries).

Real copy capitalises many ordinary words that the name finder may take for a person: the
rest of a proper noun ("Russia's Far East", "the Armed Forces"), the tail of an office ("High
Representative for Foreign Affairs and Security Policy, NAME"), a headline ("Ministers Meet").
A "person" made only of such words, with no given name among them, is not a person."""

from __future__ import annotations

from functools import lru_cache

from gender_guesser.detector import Detector  # type: ignore[import-untyped]
from wordfreq import zipf_frequency  # type: ignore[import-untyped]

# Zipf 4.4 is about once in 25,000 words: "policy", "armed", "meet", "far" are above it; the
# surnames of most office-holders are far below it. Common surnames above it ("Brown", "Rice")
# are kept when the document gives the full name, which coreference folds them into.
COMMON_ZIPF = 4.4
# every word of a longer "name" at least this common and none a given name: a phrase
PHRASE_ZIPF = 3.5


@lru_cache(maxsize=1)
def _detector() -> Detector:
    return Detector(case_sensitive=False)


@lru_cache(maxsize=20_000)
def is_given_name(word: str) -> bool:
    return _detector().get_gender(word) != "unknown"


@lru_cache(maxsize=20_000)
def zipf(word: str) -> float:
    return float(zipf_frequency(word, "en"))


# offices a surname follows directly ("President X", "Prime Minister X"): after one of these a
# common word is still a surname ("Prime Minister May")
HEAD_TITLES = {
    "president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "amir",
    "sultan",
    "sheikh",
    "ambassador",
    "envoy",
    "governor",
    "senator",
    "general",
    "speaker",
    "chairman",
    "chairperson",
    "mayor",
    "counterpart",
}


def ordinary_words(tokens: list[str]) -> bool:
    """True when these name tokens read as ordinary English rather than a personal name."""
    words = [t.strip(".,'’") for t in tokens]
    words = [w for w in words if w]
    if not words or any(is_given_name(w) for w in words):
        return False
    if len(words) == 1:
        return zipf(words[0]) >= COMMON_ZIPF
    return all(zipf(w) >= PHRASE_ZIPF for w in words)
