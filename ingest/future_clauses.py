"""Encounters that have not happened: the text before a trigger says it is planned, hoped
for or called off. `future(before)` is asked by the event finder for every trigger, with the
sentence's text up to the trigger.

- a modal or plan right before it: "will meet", "is expected to hold talks", "plans to";
- a plan that governs a coordinated or subordinate clause: "is scheduled to meet A and hold
  talks with B", "will be welcomed this morning, before he pays a courtesy call on C";
- a plan whose object phrase runs on to the trigger: "is expected to have several meetings,
  the most important being talks with D";
- a trigger that is the object of a postponement: "the rescheduling of the joint commission
  meeting"."""

from __future__ import annotations

import re

from ingest.event_patterns import FUTURE, INVITE
from ingest.story_rules import MODAL_AHEAD, PLAN_CHAIN, PLEASURE_TO


def future(before: str) -> bool:
    # 'is in X to "hold talks with Y"': an opening quote does not hide the infinitive
    before = re.sub(r"\s*[“\"‘']+$", " ", before)
    # 'would be a “proper meeting”': a quoted word before the trigger hides nothing either
    before = re.sub(r"[“”\"]", " ", before)
    # "a few minutes to 1pm", "from 2 to 4 March": a time or a range, not an infinitive
    before = re.sub(r"\bto(?=\s+\d)", "till", before)
    tail = before[-60:]
    if HEADLINE_TO.match(before):
        return True  # a headline's infinitive: "Minister Ana Roe to host her counterpart"
    if PLEASURE_TO.search(tail):
        return False  # "it was a real pleasure to meet X": an encounter that took place
    if MODAL_AHEAD.search(before[-90:]):
        return True  # "is likely to hold a bilateral meeting", "will have a working lunch"
    m = FUTURE.search(tail)
    if m and m.group(0)[0].isupper() and before[: len(before) - len(tail) + m.start()].strip():
        m = None  # capitalised inside a sentence: a name ("Secretary To Lam met"), not "to"
    if not m and (PLANNED_AND.search(before) or PLAN_CHAIN.search(before[-220:])):
        return True  # "is scheduled to meet A and hold talks with B": B's talks are planned too
    if m and m.group(0).lower().startswith("before"):
        told = before[: len(before) - len(tail) + m.start()]
        if TOLD_BEFORE.search(told) and not PLAN_WORDS.search(told):
            m = None  # "X signed the visitor book, before meeting Y": told, in order
    if m or INVITE.search(tail):
        return True
    # "will be welcomed this morning, before he pays a courtesy call": the plan governs it
    if SUBORDINATE_PLAN.search(before) or CALLED_OFF.search(before):
        return True
    if AGENDA.search(before[-240:]):
        return True  # "has several engagements scheduled, including ... a meeting with"
    scope = PLAN_SCOPE.search(before)
    return bool(scope and not TOLD.search(scope.group("gap")))


# a headline's subject (capitalised words of a title and a name) and then "to": the
# infinitive of a headline announces ("Minister Ana Roe to host Bo Lind"), it reports nothing
HEADLINE_TO = re.compile(
    r"^\s*(?=[A-Z])(?:(?:[A-Z][\w.'’-]*|of|for|and|the)\s+){1,10}to\s+"
    r"(?:$|(?:host|meet|visit|receive|hold|welcome|sign|attend|travel|lead|pay|call)\b)"
)


# a plan whose coordinated verb is the trigger: "is scheduled to meet A and hold talks with"
PLANNED_AND = re.compile(
    r"\b(?:will|would|shall|(?:scheduled|expected|set|due|going|planning|plans?|intends?"
    r"|(?:is|are)) to)\s[^.;,]*\band\s+(?:[a-z]+\s+){0,3}$"
)
# a past clause that a ", before meeting Y" continues in order of events
TOLD_BEFORE = re.compile(
    r"\b(?:\w+ed|met|held|made|paid|took|gave|went|came|spent|laid|flew|sat)\b[^,;]*,\s*$"
)
PLAN_WORDS = re.compile(
    r"\b(?:will|would|shall|is to|are to|expected|scheduled|due|set to|plans?|planned)\b", re.I
)


# a main clause's plan and a subordinate clause in the present: "will be accorded a welcome
# this morning before he pays a call on", "is due to arrive on Monday, after which she meets"
SUBORDINATE_PLAN = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:also\s+)?(?:set|due|scheduled|expected|slated)\s+to)\b"
    r"[^.;]*?\b(?:before|after|when|once|until|following\s+which|after\s+which|where)\s+"
    r"(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w’'-]+)\s+(?:also\s+|then\s+)?"
    r"[a-z]+s\s+(?:[\w-]+\s+){0,3}$"
)
# a plan whose object phrase runs on to the trigger: "is expected to have a series of
# meetings, with the highlight being talks with"; `gap` must tell nothing that took place
PLAN_SCOPE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:also\s+)?(?:likely|set|scheduled|expected|due|slated"
    r"|poised|going)\s+to|plans?\s+to|intends?\s+to)\s+(?:also\s+)?(?:briefly\s+)?"
    r"(?:have|hold|make|pay|attend|undertake|conduct|begin|take\s+part\s+in"
    # "plans to briefly stop in X for talks with": the stop is for talks still to come
    r"|stop|travel|fly|head"
    # "will be in the capital on Friday on her first official visit": a trip ahead
    r"|be\s+in|arrive\s+in)\b(?P<gap>[^.;:]{0,160})$",
    re.I,
)
# a programme of engagements still ahead, running on to the trigger
AGENDA = re.compile(
    r"\b(?:engagements|appointments|programme|program|itinerary|activities)\b[^.;]{0,30}?"
    r"\b(?:scheduled|planned|lined\s+up|slated|ahead)\b[^.;]*$",
    re.I,
)
TOLD = re.compile(r"\b(?:met|held|had|was|were|did|said|told|took|gave|\w+ed)\b", re.I)
# the trigger is what was postponed: "the re-scheduling of the 8th joint commission meeting"
CALLED_OFF = re.compile(
    r"\b(?:re-?scheduling|postponement|postponing|cancell?ation|cancell?ing|calling\s+off"
    r"|deferment|deferral|deferring)\s+of\s+(?:the\s+)?(?:[\w()’'-]+\s+){0,10}$",
    re.I,
)
