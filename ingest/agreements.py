"""Agreements: MoUs, treaties, agreements, protocols, roadmaps, joint statements and
declarations, joint working groups / commissions.

Only a named instrument is an agreement: a capitalised name ("... Free Trade Agreement"), a
title in quotes, modifiers or a complement ("the visa waiver agreement", "an agreement on
fisheries", "MoUs covering A, B and C" = three MoUs), or a generic body made concrete by its
parties ("India and Chile established a joint commission"). "This agreement", an unnamed
batch ("a raft of agreements") or an intention without an instrument ("agreed to maintain
close coordination") is not. A working group, commission or committee is an agreement only
when the text sets it up; otherwise it is an organization. The status comes from the
governing words (agreement_status); a joint statement reported at all was issued (agreed).
The pieces: agreement_lexicon (head words), agreement_names, agreement_status,
agreement_parties (parties, signatories, date, encounter)."""

from __future__ import annotations

import re

from graph.model import AgreementStatus
from ingest.agreement_items import (
    BATCH_SIGNED,
    GROUPED,
    INCLUDED,
    abbreviation,
    areas_list,
    batch_status,
    between_name,
    colon_items,
    counted_fields,
    domain_tail,
    in_topic_ok,
    inner_instrument,
    item_list,
    list_status,
    list_to_end,
    list_to_verb,
    names_nothing,
    office_title,
    purpose_ok,
    vague,
)
from ingest.agreement_lexicon import (
    BATCH_BEFORE,
    COORDINATED,
    COUNTED,
    DISCUSSED_BEFORE,
    GENERIC,
    INSTRUMENT,
    LIST_ITEM,
    MASS_AGREEMENT,
    NOT_TOPIC,
    SIMILAR,
    STATEMENT,
    TOPIC_ONLY,
    VISION,
    WITH_PARTY,
    kind_of,
    plural_head,
)
from ingest.agreement_names import (
    COMPLEMENT,
    OF_TITLE,
    PASSIVE_THEN_TOPIC,
    build_names,
    distribute,
    modifiers,
    parties_name,
    plain_titles,
    singular,
    split_list,
    tidy,
    title_end,
)
from ingest.agreement_parties import (
    in_text_order,
    nearest_date,
    parties_of,
    recent_event,
    signers,
    signers_after,
    top_countries,
)
from ingest.agreement_series import (
    between_topic,
    counted_purposes,
    elided_names,
    series_items,
    series_names,
    trim_body,
)
from ingest.agreement_status import (
    DEFINITE,
    FRONTED_TOPIC,
    IN_FORCE_AFTER,
    SIGNING_VERB,
    header_signed,
    later_signed,
    long_ago,
    status_of,
)
from ingest.agreement_titles import name_key, refers_back
from ingest.dates import DateRef
from ingest.events import SentenceView
from ingest.press_agreements import SOURCE_STATEMENT, blank_glosses
from ingest.schema import DocumentExtraction, ExtractedAgreement

# "... was signed by A and B" / a gapped "The trade pact by C and D." after such a sentence
SIGNED_BY_AFTER = re.compile(r"^[^.;]{0,80}?\bsigned\s+by\s", re.I)
GAPPED_BY = re.compile(r"^\s*,?\s*by\s", re.I)
NEGATED = re.compile(r"\b(?:no|without\s+(?:a|an|any)|not\s+(?:a|an|any))\s+$", re.I)
INDEFINITE = re.compile(r"\b(?:a|an|new|one)\s+(?:[\w-]+\s+){0,2}$", re.I)
# a title followed by its lowercase head: "the Declaration of Peace and Friendship agreement"
TITLE_HEAD = re.compile(r"^\s+(?:agreements?|accords?|treaty|pact)\b")


def _head(before: str, mods: str) -> str:
    """The text before an instrument's name words: "signed an " of "signed an extradition "."""
    trimmed = before.rstrip()
    if mods and trimmed.endswith(mods):
        return trimmed[: len(trimmed) - len(mods)]
    return before


def _skip(word: str, text: str, before: str, mods: str) -> bool:
    """Head words that name no instrument here."""
    low = word.lower()
    if low in ("deal", "deals") and not re.search(r"\bsign|\bink", text, re.I):
        return True
    if word.upper().startswith("MO") and not word.upper().startswith(("MOU", "MEMO")):
        return True
    if not word[0].isupper() and low.startswith("council"):
        return True  # "the council" is a body already named, not a new instrument
    if low.startswith("union") and (word[0].isupper() or not mods):
        return True  # "the African Union" is an organization; "a customs union" may be made
    if low.endswith("s") and BATCH_BEFORE.search(_head(before, mods)):
        return True  # "a raft of agreements on ...": an unnamed batch
    if low.endswith("s") and not word[0].isupper() and DISCUSSED_BEFORE.search(before):
        return True  # "discussed bilateral agreements on trade": no instrument named
    if NEGATED.search(_head(before, mods)):
        return True  # "no agreement on it was signed"
    return low == "agreement" and not mods and bool(MASS_AGREEMENT.search(before))


def find_agreements(
    views: list[SentenceView], x: DocumentExtraction, published: str | None
) -> list[ExtractedAgreement]:
    found: dict[str, ExtractedAgreement] = {}
    top = top_countries(views)
    header: AgreementStatus | None = None  # status of a "...were exchanged:" list header
    signed_by_before = False  # the sentence before told "... was signed by A and B"
    pending: dict[str, AgreementStatus] = {}  # kind -> status of an unnamed one signed above
    batch_signed = False  # the sentence told a batch of documents signed
    batch_before = False  # an earlier sentence told one
    batch_plan: AgreementStatus | None = None  # "... instruments are going to be signed"
    for v in views:
        s = v.sentence
        text = blank_glosses(plain_titles(s.text))  # "a Memorandum of Understanding (MoU)"
        if not LIST_ITEM.match(text):
            header = None
        prev: AgreementStatus | None = None  # the last status in this sentence
        if text.rstrip().endswith(":"):
            header = "signed" if header_signed(text) else None
        consumed = -1  # a title's lowercase head already read with the title
        gapped_ok, signed_by_before = signed_by_before, bool(re.search(r"\bsigned\s+by\b", text))
        # a batch signed earlier in the story: "The two MoUs include an agreement on X"
        batch_before, batch_signed = batch_before or batch_signed, bool(BATCH_SIGNED.search(text))
        plan_before, batch_plan = batch_plan, batch_status(text)
        last_end = -1  # where the last instrument with a status ended in this sentence
        for m in INSTRUMENT.finditer(text):
            if m.start() < consumed:
                continue
            word = m.group("w")
            before = text[: m.start()]
            lead = LIST_ITEM.match(text)
            base = lead.end() if lead else 0
            mods, cap = modifiers(text[base:], m.start() - base, title=word[0].isupper())
            if _skip(word, text, before, mods) or abbreviation(before):
                continue
            if word[0].isupper() and GROUPED.search(word) and office_title(before):
                continue  # "Secretary General of the Tourism Council": an office
            kind = kind_of(word)
            generic = bool(GENERIC.match(word))
            end = m.end()  # where the name ends
            title = OF_TITLE.match(text[end:]) if word[0].isupper() or VISION.match(word) else None
            if title:
                end += title.end()
                head = TITLE_HEAD.match(text[end:])
                if head:
                    end += head.end()
                    consumed = end
            after = text[end:]
            status = status_of(before, after, kind, mods, generic)
            fronted = FRONTED_TOPIC.match(after)
            if fronted:
                status = "signed"  # "The treaties, on A and on B, were signed by ..."
            comp = None
            comp_end = end
            plural_w = plural_head(word)
            places = [(p.start - s.start, p.end - s.start) for p in v.places]
            if not fronted and not title:
                passive = PASSIVE_THEN_TOPIC.match(after)
                comp = COMPLEMENT.match(after[passive.end() :] if passive else after)
                if comp:
                    offset = end + (passive.end() if passive else 0)
                    body_end = title_end(
                        text, offset + comp.start("body"), offset + comp.end("body"), places
                    )
                    comp_end = offset + comp.end() + (body_end - offset - comp.end("body"))
                    body_end = domain_tail(text, body_end, places)
                    comp_end = max(comp_end, body_end)
                    body_start = offset + comp.start("body")
                    body = text[body_start:body_end]
                    rest = text[body_start:]
                    whole = (list_to_verb(rest) or list_to_end(rest)) if plural_w else None
                    if whole and len(whole) > len(body):
                        body, comp_end = whole, offset + comp.start("body") + len(whole)
                    trimmed = trim_body(body)
                    if len(trimmed) < len(body):  # "... Commission providing for X"
                        body, comp_end = trimmed, body_start + len(trimmed)
                    if word[0].isupper():
                        consumed = comp_end  # "the Declaration on X between A and the Y Council"
            if comp and NOT_TOPIC.match(comp.group("body")):
                if comp.group("prep").lower() == "in":
                    comp_end = end  # "... Agreement in 2009": its date follows
                comp = None  # "... Agreement on Thursday": a date, not a topic
            prep = comp.group("prep").lower() if comp else ""
            if comp and inner_instrument(body) and not word[0].isupper():
                continue  # "the documents for two MoUs on X": the MoUs are the instruments
            counted = bool(COUNTED.search(_head(before, mods)))
            if comp and plural_w and areas_list(after):
                comp, comp_end = None, end  # "six agreements in areas including A, B and C"
            elif comp and vague(body):
                comp, comp_end = None, end  # "MoUs for cooperation in various fields"
            elif (
                prep == "to"
                and not word.lower().startswith("deal")
                and not (
                    purpose_ok(kind, body) and (not plural_w or counted_purposes(before, body))
                )
            ):
                comp = None  # "a working group to enhance ..." states a purpose, not a name
            elif prep == "in" and not in_topic_ok(body, _head(before, mods), places, body_start):
                comp, comp_end = None, end  # "signed two agreements in Riga": a place
            series = series_items(text, body, comp_end) if comp and plural_w else None
            if series:  # "letters of exchange for A; for B; and for C were inked"
                comp_end = series.end
            if prep.startswith("signed ") and status in (None, "in_force"):
                status = "signed"  # "the two agreements signed were focused on X"
            between, topic = None, ""
            if not comp and not fronted and not title and not mods:
                between = between_name(after)  # "an MoU between A and B was signed"
                if between:
                    comp_end = end + between.end()
                    topic, comp_end = between_topic(text, comp_end)  # "... for joint research"
                    consumed = comp_end
            tail = text[comp_end:] if comp or between else after
            if between and status in (None, "in_force"):
                passive = re.match(r"\s*(?:was|were|has been|have been)\s", after)
                said: AgreementStatus | None = "signed" if passive else None
                status = said or status_of("", tail, kind, "", True) or status
            if comp and status in (None, "in_force"):
                # "the Agreement on X, which was signed in 2002": the verb after the topic
                told = status_of("", tail, kind, "", True)
                status = told or status
            gapped = gapped_ok and GAPPED_BY.match(tail)
            if gapped and status in (None, "in_force"):
                status = "signed"  # "The trade pact by C and D." after "... signed by A and B"
            if prev and COORDINATED.search(_head(before, mods)):
                status = prev  # "signed an MoU on X and a memorandum on Y"
            listed = status in (None, "in_force") and not IN_FORCE_AFTER.match(tail)
            if listed and prev and list_status(text, last_end, len(_head(before, mods))):
                status = prev  # "... an MoU on X; an agreement to Y; an MoU between A and B"
            if status is None and (plan_before or batch_plan) and INCLUDED.search(before):
                status = "proposed"  # "Four instruments are to be signed. The MoUs are - ..."
            if status in (None, "in_force") and header and (lead or word.upper().startswith("MO")):
                status = header  # "The following agreements were signed:" then "- Treaty on X"
            if status is None and (batch_before or batch_signed) and INCLUDED.search(before):
                status = "signed"  # "The documents included an agreement on X, ..."
            if status is None and (not plural_w or title or comp) and later_signed(tail):
                status = "signed"  # "Along with an MoU on X, two visions of Y were signed"
            if STATEMENT.search(word) and SOURCE_STATEMENT.search(_head(before, mods)):
                continue  # "According to a joint statement by the ministries": a source
            if STATEMENT.search(word) and status in (None, "in_force"):
                status = "agreed"  # a joint statement reported was issued
            if status == "in_force" and batch_before and plural_w and colon_items(after):
                status = "signed"  # "The agreements covered: A; B; C." after they were signed
            if status is None:
                continue
            prev = status
            last_end = comp_end
            plural = plural_w
            fields: list[str] | None = None
            if plural and not comp and not fronted and not title:
                # "four MoUs, including one on A and another on B"
                fields = item_list(after)
                batch = counted_fields(after) if counted and not fields else None
                if batch:  # "Three MoUs were signed in A, B and C"
                    fields = distribute(split_list(batch))
            if (
                plural
                and not comp
                and not fronted
                and not fields
                and not title
                and (generic or COUNTED.search(_head(before, mods)))
            ):
                continue  # "signed fifteen cooperation documents": an unnamed batch
            if status == "in_force" and kind in pending and not IN_FORCE_AFTER.match(tail):
                status = pending.pop(kind)  # the instrument signed above, now named
            if TOPIC_ONLY.match(word) and not (comp or title):
                continue  # "the Convention Centre", "a charter flight"
            names: list[tuple[str, list[str]]]
            if title:
                names = [(tidy(f"{mods} {word} {title.group('t')}"), [])]
            elif between:
                label = "MoU" if kind == "mou" else word
                names = [(tidy(f"{label} between {between.group('who')}{topic}"), [])]
            elif fields:
                label = "MoU" if kind == "mou" else singular(word)
                names = [(tidy(f"{label} on {i}"), [i]) for i in fields]
            else:
                names = build_names(word, kind, mods, comp, fronted, plural, body if comp else None)
                names = (
                    series_names(
                        word, kind, prep, body if comp else "", series, _head(before, mods)
                    )
                    or names
                )
                names += elided_names(word, kind, text[comp_end:]) if comp else []
            ev = recent_event(x, s.index)
            parties = parties_of(v, x, ev, top, s.start + m.start(), s.start + m.end())
            if not names and kind in ("commission", "working_group") and status == "agreed":
                generic_name = parties_name(word, in_text_order(v, parties))
                names = [(generic_name, [])] if generic_name else []
            similar = WITH_PARTY.match(after) if SIMILAR.search(before) else None
            if not names and similar and found:
                # "a similar accord with Britain": the last named instrument, another party
                base_name = re.sub(r"\s+with\s+.*$", "", list(found.values())[-1].name)
                names.append((f"{base_name} with {similar.group('who')}", []))
            if not names:
                if not plural and status in ("signed", "agreed") and INDEFINITE.search(before):
                    pending[kind] = status  # "signed an MoU with ..."; "The MoU on X" names it
                # an unnamed instrument ("inked the pact"): its signers sign the last one signed
                last = next((a for a in reversed(found.values()) if a.status == "signed"), None)
                if last is not None and status == "signed" and s.start - last.end < 600:
                    hands = signers(v, s.start + m.start())
                    by = SIGNED_BY_AFTER.match(tail) if not plural else None
                    if by:  # "The agreement was signed by the ministers of both, A and B."
                        start = s.start + (len(text) - len(tail)) + by.end()
                        hands = sorted(set(hands) | set(signers_after(v, start)))
                    last.signatories = sorted(set(last.signatories) | set(hands))
                continue  # an unnamed instrument ("this agreement", "MoUs")
            nxt = INSTRUMENT.search(text, comp_end)
            limit = s.start + (nxt.start() if nxt else len(text))
            date: DateRef | None = nearest_date(v, s.start + m.start(), s.start + comp_end, limit)
            definite = bool(re.search(r"\b(?:the|its|their)\s+(?:[\w’'-]+\s+){0,6}$", before))
            old = long_ago(v, s.start + comp_end, published, definite)
            if status == "signed" and old is not None:
                status, date = "in_force", old  # "the treaty signed in July 2018": background
            who: list[int] = []
            if status == "signed":
                if SIGNING_VERB.search(before):
                    who = signers(v, s.start + m.start())
                by = SIGNED_BY_AFTER.match(tail) or (gapped if gapped else None)
                if by:
                    start = s.start + (len(text) - len(tail)) + by.end()
                    who = sorted(set(who) | set(signers_after(v, start)))
            for name, topics in names:
                if names_nothing(name):
                    continue  # "Twenty-four Agreements": a count, no instrument named
                key = name_key(name)
                other = WITH_PARTY.match(after)
                if key in found and found[key].status != status and other:
                    name = f"{name} with {other.group('who')}"  # "its ... agreement with Australia"
                    key = name_key(name)
                if key in found:
                    if found[key].event is None and ev is not None and status != "in_force":
                        found[key].event = ev
                    continue
                if kind == "declaration" and DEFINITE.search(before) and refers_back(found, name):
                    continue  # "The 17-point joint statement ...": the one issued before
                ag = ExtractedAgreement(
                    name=name,
                    kind=kind,
                    status=status,
                    parties=parties,
                    topics=topics,
                    quote=s.text,
                    start=s.start,
                    end=s.end,
                    rule=f"agreement:{kind}:{status}",
                    confidence=0.75 if cap or comp or title else 0.65,
                )
                if date and (status != "in_force" or date is old):
                    ag.date, ag.date_precision = date.value, date.precision
                elif ev is not None and status != "in_force":
                    e = x.events[ev]
                    ag.date, ag.date_precision = e.date, e.date_precision
                if ev is not None and status in ("agreed", "signed", "proposed"):
                    ag.event = ev
                ag.signatories = who
                found[key] = ag
    return list(found.values())
