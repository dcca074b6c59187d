"""Agreements: MoUs, treaties, agreements, joint working groups / commissions, declarations.

Only a named instrument is an agreement: a capitalised name ("... Free Trade Agreement"), or
modifiers / a complement ("the visa waiver agreement", "an agreement on fisheries", "MoUs
covering A, B and C" = three MoUs). "This agreement" or an intention without an instrument
("agreed to maintain close coordination") is not. A working group or commission is an agreement
only when the text sets it up ("agreed to establish a joint working group"); otherwise it is an
organization. Status from the governing verb: proposed ("decided to sign", "will sign"),
agreed ("agreed to establish"), signed ("signed", "inked"), in_force (an existing instrument
mentioned with "the")."""

from __future__ import annotations

import re

from graph.model import AgreementStatus
from ingest.agreement_lexicon import (
    COORDINATED,
    INSTRUMENT,
    LIST_ITEM,
    NOT_TOPIC,
    SIMILAR,
    WITH_PARTY,
    kind_of,
)
from ingest.agreement_names import COMPLEMENT, modifiers, singular, split_list
from ingest.agreement_parties import nearest_date, parties_of, recent_event, signers
from ingest.agreement_status import FRONTED_TOPIC, header_signed, long_ago, status_of
from ingest.events import SentenceView
from ingest.schema import DocumentExtraction, ExtractedAgreement


def find_agreements(
    views: list[SentenceView], x: DocumentExtraction, published: str | None
) -> list[ExtractedAgreement]:
    found: dict[str, ExtractedAgreement] = {}
    counts: dict[str, int] = {}
    for v in views:
        for c in v.countries:
            counts[c[1]] = counts.get(c[1], 0) + 1
    top = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:2]]
    header: AgreementStatus | None = None  # status of a "...were exchanged:" list header
    for v in views:
        s = v.sentence
        if not LIST_ITEM.match(s.text):
            header = None
        prev: AgreementStatus | None = None  # the last status in this sentence
        if s.text.rstrip().endswith(":"):
            header = "signed" if header_signed(s.text) else None
        for m in INSTRUMENT.finditer(s.text):
            word = m.group("w")
            if word.lower() in ("deal", "deals") and not re.search(r"\bsign|\bink", s.text, re.I):
                continue
            if word.upper().startswith("MO") and not word.upper().startswith(("MOU", "MEMO")):
                continue
            kind = kind_of(word)
            before, after = s.text[: m.start()], s.text[m.end() :]
            lead = LIST_ITEM.match(s.text)
            mods, cap = modifiers(
                s.text[lead.end() if lead else 0 :], m.start() - (lead.end() if lead else 0)
            )
            if not word[0].isupper() and word.lower().startswith("council"):
                continue  # "the council" is a body already named, not a new instrument
            status = status_of(before, after, kind, mods)
            fronted = FRONTED_TOPIC.match(after)
            if fronted:
                status = "signed"  # "The treaties, on A and on B, were signed by ..."
            if prev and COORDINATED.search(before[: len(before) - len(mods)]):
                status = prev  # "signed an MoU on X and a memorandum on Y"
            if status is None and header and word.upper().startswith(("MOU", "MEMO")):
                status = header
            if status is None:
                continue
            prev = status
            comp = COMPLEMENT.match(after) if not fronted else None
            if comp and NOT_TOPIC.match(comp.group("body")):
                comp = None  # "... Agreement on Thursday": a date, not a topic
            plural = word.lower().startswith(("memoranda", "memorandums")) or (
                word.lower().endswith("s") and not word.lower().endswith("ss")
            )
            if comp and comp.group("prep").lower() == "to" and not word.lower().startswith("deal"):
                comp = None  # "a working group to enhance ..." states a purpose, not a name
            names: list[tuple[str, list[str]]] = []
            label = "MoU" if kind == "mou" else word
            if fronted:
                items = re.split(r"\s*(?:,\s*|\s+)and\s+on\s+", fronted.group("body"))
                items = [i.strip() for i in items if i.strip()]
                if not plural:
                    items = items[:1]
                for item in items:
                    names.append((f"{singular(label) if plural else label} on {item}", [item]))
            elif comp and plural:
                for item in split_list(comp.group("body")):
                    names.append(
                        (f"{singular(label) if kind != 'mou' else 'MoU'} on {item}", [item])
                    )
            elif comp:
                body = comp.group("body").strip()
                names.append(
                    (f"{(mods + ' ') if mods else ''}{word} {comp.group('prep')} {body}", [body])
                )
            elif mods:
                names.append((f"{mods} {word}", []))
            elif word[0].isupper() and kind in ("working_group", "commission"):
                names.append((word, []))
            similar = WITH_PARTY.match(after) if SIMILAR.search(before) else None
            if not names and similar and found:
                # "a similar accord with Britain": the last named instrument, another party
                base = re.sub(r"\s+with\s+.*$", "", list(found.values())[-1].name)
                names.append((f"{base} with {similar.group('who')}", []))
            if not names:
                # an unnamed instrument ("inked the pact"): its signers sign the last one signed
                last = next((a for a in reversed(found.values()) if a.status == "signed"), None)
                if last is not None and status == "signed" and s.start - last.end < 600:
                    last.signatories = sorted(
                        set(last.signatories) | set(signers(v, s.start + m.start()))
                    )
                continue  # an unnamed instrument ("this agreement", "MoUs")
            ev = recent_event(x, s.index)
            parties = parties_of(v, x, ev, top, s.start + m.start(), s.start + m.end())
            date = nearest_date(v, s.start + m.start(), s.start + m.end())
            if status == "signed" and long_ago(v, s.start + m.end(), published):
                status = "in_force"  # "India signed the ... Agreement in 2002": background
            for name, topics in names:
                key = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
                other = WITH_PARTY.match(after)
                if key in found and found[key].status != status and other:
                    name = f"{name} with {other.group('who')}"  # "its ... agreement with Australia"
                    key = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
                if key in found:
                    if found[key].event is None and ev is not None and status != "in_force":
                        found[key].event = ev
                    continue
                ag = ExtractedAgreement(
                    name=name[0].upper() + name[1:],
                    kind=kind,
                    status=status,
                    parties=parties,
                    topics=topics,
                    quote=s.text,
                    start=s.start,
                    end=s.end,
                    rule=f"agreement:{kind}:{status}",
                    confidence=0.75 if cap or comp else 0.65,
                )
                if date and status != "in_force":
                    ag.date, ag.date_precision = date.value, date.precision
                elif ev is not None and status != "in_force":
                    e = x.events[ev]
                    ag.date, ag.date_precision = e.date, e.date_precision
                if ev is not None and status in ("agreed", "signed", "proposed"):
                    ag.event = ev
                if status == "signed":
                    ag.signatories = signers(v, s.start + m.start())
                found[key] = ag
    return list(found.values())
