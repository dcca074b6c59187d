"""Joint bodies the text sets up, told by their capitalised name, and instruments still in
draft.

- "agreed to establish an Inter-Island Council for Fisheries", "the establishment of the
  Grand Joint Commission", "the Joint Steering Group set up in 2011": the body is agreed
  (with the year when told).
- "draft agreements we still have to finalise, including an agreement on A and a memorandum
  on B": each named one is proposed.
A body that only meets ("the third session of the Joint Commission") is not set up here and
is left alone."""

from __future__ import annotations

import re

from graph.model import AgreementKind, AgreementStatus
from ingest.agreement_parties import signers_after, top_countries
from ingest.agreement_review import parties_after
from ingest.agreement_titles import name_key
from ingest.events import SentenceView
from ingest.schema import DocumentExtraction, ExtractedAgreement

_CAP = r"[A-Z][\w’'-]*"
_TITLE = (
    rf"(?P<name>(?:{_CAP}\s+){{0,5}}(?:Commission|Council|Committee|Working\s+Group|Group|"
    rf"Task\s+Force|Forum|Mechanism|Board)"
    rf"(?:\s+(?:of|for|on)\s+(?:{_CAP}\s+)*{_CAP})?)"
)
SET_UP = re.compile(
    r"\b(?:establish(?:ed|ing)?|establishment\s+of|set(?:ting)?\s+up|creat(?:e|ed|ing|ion\s+of)|"
    r"form(?:ed|ing|ation\s+of)?|launch(?:ed|ing)?)\s+(?:of\s+)?(?:a|an|the)\s+(?:new\s+)?" + _TITLE
)
SET_UP_IN = re.compile(
    _TITLE
    + r"\s+(?:was\s+|were\s+)?(?:set\s+up|established|formed|created)\s+in\s+"
    + r"(?P<year>(?:19|20)\d\d)\b"
)
DRAFTS = re.compile(
    r"\bdraft\s+(?:agreements|documents|instruments|memorand(?:a|ums)|MoUs|accords)\b[^.;]{0,80}?"
    r"\b(?:including|among\s+them|namely)\b(?P<list>[^.;]+)",
    re.I,
)
DRAFT_ITEM = re.compile(
    r"\b(?:an?|the)\s+(?P<name>(?:agreement|memorandum\s+of\s+understanding|MoU|protocol|treaty)"
    r"\s+(?:on|to|for)\s+(?:(?!\b(?:an?|and\s+an?)\s+(?:agreement|memorandum|MoU|protocol|treaty)\b)[^,;])+)",
    re.I,
)

# "A Memorandum of Understanding (MOU) on X was formalised between A and B"
DONE_BETWEEN = re.compile(
    r"\b(?P<head>(?-i:Memorandum) of Understanding|memorandum of understanding|MoU|MOU|"
    r"[Aa]greement|[Pp]rotocol|[Tt]reaty)\b(?:\s*\([A-Za-z]{2,8}\))?[^.;]{0,80}?"
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formali[sz]ed|signed|inked|concluded)"
    r"(?=\s+between\s)"
)


def _lower_body(x: DocumentExtraction, v: SentenceView, name: str, parties: list[str]) -> None:
    """A generic name already made for the body from its parties ("Norland-Vesmark committee")
    gives way to the one the text tells."""
    head = re.split(r"\s+(?:of|on|for)\s+", name)[0].split()[-1].lower()
    name = name[:1].upper() + name[1:]
    for ag in x.agreements:
        same = ag.start == v.sentence.start and ag.kind in ("commission", "working_group")
        if same and ag.name.lower().endswith(head):
            ag.name = name
            return
    _add(x, v, name, "agreed", parties, None)


def _known(found: list[ExtractedAgreement], name: str) -> bool:
    key = name_key(name)
    return any(key in name_key(a.name) or name_key(a.name) in key for a in found)


def _add(
    x: DocumentExtraction,
    v: SentenceView,
    name: str,
    status: AgreementStatus,
    parties: list[str],
    year: str | None,
) -> None:
    name = re.sub(r"\s+", " ", name).strip(" ,")
    if _known(x.agreements, name):
        return
    s = v.sentence
    kind: AgreementKind = "working_group"
    if re.search(r"Commission|Council|Committee|Board|Forum", name):
        kind = "commission"
    if status != "agreed":
        kind = "mou" if re.match(r"(?:memorandum|mou)", name, re.I) else "agreement"
    ag = ExtractedAgreement(
        name=name,
        kind=kind,
        status=status,
        parties=parties,
        quote=s.text,
        start=s.start,
        end=s.end,
        rule=f"agreement:{kind}:{status}:"
        + {"agreed": "set-up", "signed": "between"}.get(status, "draft"),
        confidence=0.7,
    )
    if year:
        ag.date, ag.date_precision = year, "year"
    x.agreements.append(ag)


# "agreed to set up a joint business council", "a committee of senior officials": made concrete
# by the verb that sets it up
LOWER_SET_UP = re.compile(
    r"\bagreed\s+to\s+(?:establish|set\s+up|create|form)\s+(?:a|an)\s+"
    r"(?P<name>(?:[a-z][\w-]*\s+){0,3}?(?:council|commission|committee|working\s+group|task\s+force)"
    r"(?:\s+(?:of|on|for)\s+(?!the\b|both\b|their\b)[a-z][\w-]*"
    r"(?:\s+(?!from\b|to\b|with\b|and\b|that\b|which\b)[a-z][\w-]*){0,3})?)\b"
)
# "The Norland Ministry of Health and the Vesmark Health Agency signed a memorandum of
# understanding on Monday": an instrument named by its two signing bodies
_ORG = (
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Ministry|Department|Agency|Authority|Office|Police|"
    r"Force|Constabulary|University|Chamber|Bank|Institute|Secretariat|Commission|Council|Service|"
    r"Board)(?:\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s*)+?)?"
)
BODIES_SIGNED = re.compile(
    rf"(?P<a>{_ORG})\s+and\s+(?P<b>{_ORG})\s+(?:on\s+[A-Z]\w+\s+|yesterday\s+|today\s+)?"
    r"(?:have\s+|has\s+|had\s+)?(?:jointly\s+)?(?:signed|inked)\s+(?:a|an)\s+(?:new\s+)?"
    r"(?P<head>memorandum\s+of\s+understanding|MoU|MOU|agreement)\b(?:\s*\([A-Za-z]{2,8}\))?"
    r"(?=\s*(?:[.,;]|$)|\s+(?:on|in|at)\s+[A-Z]|\s+(?:to|that|which|aimed|yesterday|today)\b)"
)
SIGNED_BY = re.compile(
    r"\b(?:This|The|the)\s+(?:agreement|MoU|MOU|memorandum|protocol)\b[^.;]{0,40}?\bsigned\s+by\s"
)


def _signers_near(views: list[SentenceView], i: int) -> list[int]:
    """ "This agreement was signed by A and B." in the sentence or the next one."""
    for v in views[i : i + 2]:
        m = SIGNED_BY.search(v.sentence.text)
        if m:
            return signers_after(v, v.sentence.start + m.end())
    return []


def find_bodies(views: list[SentenceView], x: DocumentExtraction) -> None:
    """Add the joint bodies set up and the draft instruments named in the text."""
    parties = top_countries(views)
    for i, v in enumerate(views):
        text = v.sentence.text
        for m in SET_UP.finditer(text):
            _add(x, v, m.group("name"), "agreed", parties, None)
        for m in LOWER_SET_UP.finditer(text):
            _lower_body(x, v, m.group("name"), parties)
        for m in SET_UP_IN.finditer(text):
            _add(x, v, m.group("name"), "agreed", parties, m.group("year"))
        told = any(a.start == v.sentence.start for a in x.agreements)
        for m in DONE_BETWEEN.finditer(text if not told else ""):
            who = parties_after(text[m.end() :])
            if who:
                head = m.group("head")
                label = "MoU" if head.lower().startswith(("mem", "mou")) else head.capitalize()
                _add(x, v, f"{label} between {who}", "signed", parties, None)
                if x.agreements[-1].rule.endswith(":between") and not x.agreements[-1].signatories:
                    x.agreements[-1].signatories = _signers_near(views, i)
        for m in BODIES_SIGNED.finditer(text if not told else ""):  # not already named
            label = "Agreement" if m.group("head").lower() == "agreement" else "MoU"
            first = re.sub(r"^The\b", "the", m.group("a").strip())
            who = f"{first} and {m.group('b').strip()}"
            _add(x, v, f"{label} between {who}", "signed", parties, None)
        for d in DRAFTS.finditer(text):
            for it in DRAFT_ITEM.finditer(d.group("list")):
                name = re.sub(r"\s+and$", "", it.group("name").strip())
                _add(x, v, name, "proposed", parties, None)
