"""An MoU made concrete only by the two countries that signed it: "Ruritania and Borduria
signed an MoU on Friday". The agreement finder names instruments by
their topic or title; with neither, this one would go unnamed although the text reports a
signed instrument between two named parties (conventions: a generic name made concrete).

`name_party_mous(out, views)` runs after the agreement finder: for a sentence in which exactly
two countries, joined by "and", are the subject of "signed"/"inked" an MoU, and when the
article names no MoU of its own, it adds "<A>-<B> MoU", signed, with the two parties and the
signing's date when the sentence gives one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, ExtractedAgreement

if TYPE_CHECKING:
    from ingest.events import SentenceView

SIGNED_MOU = re.compile(
    r"(?<![\w-])(?P<a>[A-Z][\w .’'-]*?)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w .’'-]*?)\s+"
    r"(?:have\s+|has\s+)?(?:formally\s+)?(?:signed|inked)\s+an?\s+(?P<w>memorandum\s+of\s+understanding|mou)\b",
    re.I,
)


def name_party_mous(out: DocumentExtraction, views: list[SentenceView]) -> None:
    if any(a.kind == "mou" for a in out.agreements):
        return  # the article names its MoU (or MoUs) itself
    for v in views:
        s = v.sentence
        m = SIGNED_MOU.search(s.text)
        if m is None or re.search(r",\s*$", s.text[: m.start("a")]):
            continue  # "A, B and C signed": not a pair
        codes = []
        names = []
        for start, code in sorted(v.countries):
            if start < s.start + m.start("a"):
                continue  # a dateline's country, a country told before the subject
            if start >= s.start + m.start("w"):
                break
            if code not in codes:
                codes.append(code)
                names.append(_country_text(out, start))
        if len(codes) != 2 or not all(names):
            continue
        date = next((d for d in v.dates if d.value and d.precision == "day"), None)
        out.agreements.append(
            ExtractedAgreement(
                name=f"{names[0]}-{names[1]} MoU",
                kind="mou",
                status="signed",
                parties=codes,
                date=date.value if date else None,
                date_precision=date.precision if date else "unknown",
                quote=s.text,
                start=s.start,
                end=s.start + len(s.text),
                rule="agreement:mou:parties",
                confidence=0.7,
            )
        )
        return


def _country_text(out: DocumentExtraction, start: int) -> str | None:
    return next((c.text for c in out.countries if c.start == start), None)
