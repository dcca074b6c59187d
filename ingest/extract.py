"""One article -> DocumentExtraction: sentences, mentions, dates, coreference, events,
agreements. Pure (no store); cross-document resolution and writing happen after."""

from __future__ import annotations

import re

from ingest.agreement_bodies import find_bodies
from ingest.agreement_review import review_agreements
from ingest.agreements import find_agreements
from ingest.article import Article
from ingest.caption_groups import caption_groups
from ingest.coref import resolve_people
from ingest.counterpart_lists import CounterpartLists, align_respectively
from ingest.dates import DateRef, DateResolver, publication_month
from ingest.delegation_rosters import (
    delegation_heads,
    roster_joins,
    travelling_company,
    visited_together,
)
from ingest.delegation_subject import delegation_subjects
from ingest.delegations import join_delegations
from ingest.discourse import sign_ceremony, tell_story
from ingest.envoy_lists import EnvoyLists
from ingest.event_patterns import BREAK_LEDE, PLACE_BEFORE
from ingest.events import EventFinder, SentenceView
from ingest.followup_dates import date_from_followup
from ingest.forum_days import forum_day_refs, forum_span
from ingest.forward_roles import countries_after_names, drop_summaries, name_roles_ahead
from ingest.group_meetings import join_group_lists
from ingest.group_split import split_told_groups
from ingest.kin_names import SPOUSE
from ingest.list_continuations import continue_list
from ingest.mentions import sentence_mentions
from ingest.message_meetings import message_meetings
from ingest.numeric_dates import numeric_refs
from ingest.page_stamp import dateline_dates_dropped, dateline_day, noted_stamp, stamp_day
from ingest.party_mous import name_party_mous
from ingest.press_clauses import (
    also_with,
    background_joiners,
    drop_bystanders,
    late_dates,
    meeting_attendance,
)
from ingest.press_encounters import press_encounters
from ingest.readout_gatherings import attendance, joint_appearances, travel_purpose
from ingest.readout_nouns import courtesy_nouns, drop_principals, last_met
from ingest.repeated_names import repeat_known_names
from ingest.schema import DocumentExtraction, ExtractedEvent
from ingest.session_parts import same_session
from ingest.sign_join import join_signings
from ingest.story_rules import dateline_refs, in_since
from ingest.text import split_sentences
from ingest.travel_companions import drop_travel_companions
from ingest.visit_story import (
    hosted_meals,
    neighbour_days,
    other_trips,
    passive_welcomes,
    two_leaders,
)
from ingest.witnessed_signings import witnessed_signings

SHIFTED = re.compile(
    r"\b(?:later|afterwards|subsequently|days? (?:after|before|earlier|later)|weeks? (?:after|before))\b",  # noqa: E501
    re.I,
)
# a country named as where the traveller went: "returned from X", "visit to X", "in X"
ABROAD = re.compile(r"\b(?:from|to|in|visiting|visited|toured)\s+(?:the\s+)?$", re.I)
LOOKBACK = 3  # sentences to look back for the date of an undated event
# an encounter placed by an offset from another moment ("a week after", "two days before")
OFFSET = re.compile(
    r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|later|ago|prior)\b", re.I
)

# a page timestamp in the small hours ("06.04.2017 01:00"): the report tells an earlier day
SMALL_HOURS = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{4},?\s+0[0-5][:.]\d{2}\b")


def _within_days(days: set[str], published: str | None, most: int) -> bool:
    """Every day lies on or at most `most` days before the publication day (a strand
    of news beside a story told days ago may lie on any day since)."""
    from datetime import date

    try:
        pub = date.fromisoformat((published or "")[:10])
        return all(0 <= (pub - date.fromisoformat(d)).days <= most for d in days)
    except ValueError:
        return False


def extract(article: Article) -> DocumentExtraction:
    sentences = split_sentences(article.text)
    # no publication date: the page's own timestamp line stands in for it
    published = (
        article.published
        or stamp_day(article.text)
        or noted_stamp(article.notes)
        or dateline_day(article.text)
    )
    resolver = DateResolver(published)
    out = DocumentExtraction()
    views: list[SentenceView] = []
    span = forum_span(article.text, published)  # "the April 25-27 summit"
    for s in sentences:
        sm = sentence_mentions(s)
        dates = resolver.find(s.text, s.start)
        # "on the second day of the summit", "one day before the forum"
        dates = sorted(dates + forum_day_refs(s.text, s.start, span), key=lambda d: d.start)
        dates = numeric_refs(s.text, s.start, dates)  # "on Tuesday 30/1/2024"
        dates = dateline_dates_dropped(s.text, s.start, dates)  # "X, 5 May 2031 - ... yesterday"
        if s.dateline:  # "BEIJING, Sept. 7 (Agency) --": the date the splitter cut off
            line = article.text.rfind("\n", 0, s.start) + 1
            dates = dateline_refs(article.text[line : s.start], line, published) + dates
        out.people.extend(sm.people)
        out.orgs.extend(sm.orgs)
        out.places.extend(sm.places)
        out.countries.extend(sm.countries)
        views.append(
            SentenceView(
                sentence=s,
                people=[p for p in sm.people if p.role != SPOUSE],  # "his wife, Ana": no party
                dates=dates,
                places=sm.places,
                countries=[(c.start, c.code) for c in sm.countries],
            )
        )
    countries_after_names(views, article.text)  # "President A of Ruritania"
    out.entities = resolve_people(out.people)
    repeat_known_names(out, views)  # "A B C II" again where the chunker missed it
    ahead = name_roles_ahead(out, views)  # "welcomed his Ruritanian counterpart. Ana Kolo"
    for v in views:  # "ministers of P and Q, A and B, respectively": each one's country
        align_respectively(v, out.entities, article.text)
    finder = EventFinder(out.entities, article.text, published)
    lists, envoys = CounterpartLists(), EnvoyLists()
    for v in views:
        # "a series of meetings with A, B and C": one encounter with each; else as usual
        # "The rest are D of S and E of T": the list just told goes on
        taken = envoys.sentence(finder, v) or lists.sentence(finder, v)
        if not taken and not continue_list(finder, v):
            finder.sentence(v)
    out.events = finder.events
    drop_summaries(out, ahead)  # "where he met his counterpart. ... On 26 May he met B"
    join_delegations(out, views, article.text)  # "X's delegation included A and B"
    delegation_subjects(out, views, article.text)  # "the delegation held talks with D"
    join_group_lists(out, views)  # "The ministers met the P delegation. It comprised A, B"
    press_encounters(out, views, article.text)  # "A discussed with B", "Meeting B, A said"
    courtesy_nouns(out, views)  # "following an introductory call from B"
    tell_story(out, views, article.text, published)  # the discourse step
    last_met(out, views)  # "The two leaders last met in July" with nothing else told
    joint_appearances(out, views)  # "A and B addressed a joint press conference"
    meeting_attendance(out, views)  # "The meeting was attended by C": the last one told
    also_with(out, views)  # "Secretary C is also with the ministers"
    attendance(out, views)  # "In attendance was C": C joins the encounter just told
    named = {p.sent for p in out.people if p.kind == "name" and p.entity is not None}
    same_session(out, [v.sentence.text for v in views], named)  # "At the outset of the session"
    caption_groups(out, views)  # "A with B, C and D at State House": D was there too
    travel_purpose(out, views)  # "A and B travelled to X to attend the meeting": no encounter
    drop_travel_companions(out)  # "A is part of the delegation accompanying B": no encounter
    roster_joins(out, views)  # "The P delegation featured A and B": the encounter just told
    delegation_heads(out, views)  # "the P delegation, headed by A, ... spoke with B"
    passive_welcomes(out, views)  # "The visitor was warmly received by Minister B"
    two_leaders(out, views)  # "A attended B's inauguration. The two leaders then held talks"
    hosted_meals(out, views)  # "A attended a dinner hosted by B"
    neighbour_days(out, views)  # "The day before, ...": the day next to the last one told
    other_trips(out, views)  # "days after C's visit to X": C is not there
    travelling_company(out, views)  # "He is accompanied by A and B": not participants
    visited_together(out, views)  # "A and B have visited X": no encounter of the two
    drop_principals(out, article.text)  # "As the Special Envoy of President Z, A met B"
    message_meetings(out, views)  # a letter handed over at a meeting: the bearer
    date_from_followup(out, views)  # "A met B. The meeting took place on Monday."
    background_joiners(out, views)  # "The meeting comes after A met B. C was also present"
    drop_bystanders(out, views, article.text)  # "A, who will be hosted by C, met B": no C
    late_dates(out, published)  # a past encounter dated after the publication day
    _date_events(out.events, views, published)
    # the article's own dateline: in its first paragraphs (after a headline or byline)
    _place_context(out.events, views, article.text)
    dateline = next((s.dateline for s in sentences[:4] if s.dateline), None)
    _place_from_dateline(out.events, dateline, views)
    for ev in out.events:  # roles from the place where the text named none
        if ev.place and ev.place.country and ev.kind != "call":
            for p in ev.participants:
                country = out.entities[p.person].country if p.person is not None else None
                if p.role == "participant" and country:
                    p.role = "host" if country == ev.place.country else "guest"
    split_told_groups(out, views)  # "A met B, C and D. ... Later A met C": A's meetings
    witnessed_signings(out, views)  # "The signing ... was witnessed by A and B"
    join_signings(out)  # "signed in the presence of A and B ... signed by C and D": one
    out.agreements = find_agreements(views, out, published)
    name_party_mous(out, views)  # "A and B have signed an MoU": the "A-B MoU"
    sign_ceremony(out, views)
    find_bodies(views, out)  # joint bodies set up, instruments still in draft
    review_agreements(out, article.text)  # names completed or cut back; non-instruments out
    return out


def _date_events(
    events: list[ExtractedEvent], views: list[SentenceView], published: str | None
) -> None:
    """Undated events: a recent sentence about the same people with a date; else, for the
    article's main story (before any other dated event), the lead sentence's date; else the
    publication month (a news report describes recent events); else unknown."""
    # the lead: the first body sentence (a headline has no final full stop)
    body = [v for v in views[:4] if v.sentence.dateline or v.sentence.text.rstrip().endswith(".")]
    lede: DateRef | None = (
        next((d for d in body[0].dates if d.value and not in_since(body[0].sentence.text, d)), None)
        if body
        else None
    )
    seen_dated = False
    for ev in sorted(events, key=lambda e: e.start):
        if ev.date:
            seen_dated = True
            continue
        people = ev.people()
        for back in range(1, LOOKBACK + 1):
            k = ev.sent - back
            if k < 0:
                break
            v = views[k]
            if v.sentence.paragraph < views[ev.sent].sentence.paragraph - 2:
                break
            told = [
                o
                for o in events
                if o.sent == k and o.date_source == "sentence" and o.people() & people
            ]
            if told and not SHIFTED.search(views[ev.sent].sentence.text):
                # "On Tuesday she met X. She also met Y.": the date of her previous encounter
                ev.date, ev.date_precision, ev.date_source = (
                    told[0].date,
                    told[0].date_precision,
                    "context",
                )
                break
            dated = [d for d in v.dates if d.value and not d.text.lower().startswith("since")]
            if any(p.entity in people for p in v.people) and dated:
                d = dated[0]
                ev.date, ev.date_precision, ev.date_source = d.value, d.precision, "context"
                if d.precision == "day" and SHIFTED.search(views[ev.sent].sentence.text):
                    # "later", "days after": not that day, but (most likely) that month
                    ev.date, ev.date_precision = d.value[:7] if d.value else None, "month"
                break
        if (
            not ev.date
            and lede
            and not seen_dated
            and not BREAK_LEDE.search(views[ev.sent].sentence.text)
        ):
            ev.date, ev.date_precision, ev.date_source = lede.value, lede.precision, "lede"
        if not ev.date and publication_month(published):
            # the only date signal is the publication date: a reader takes that day
            # (an article whose other encounters carry text dates keeps the month: its
            # undated "meanwhile" encounter may lie on any of the story's days)
            story = {o.date for o in events if o.date and o.date_source != "publication"}
            days = {d for d in story if len(d) == 10}
            day = published if published and len(published) >= 10 and not story else None
            if len(days) == 1 and story == days and _within_days(days, published, 2):
                day = days.pop()  # the one recent day the article's dated story is told on
            if any(SMALL_HOURS.search(v.sentence.text) for v in views[:6]):
                day = None  # stamped in the small hours: the news is of an earlier day
            if OFFSET.search(views[ev.sent].sentence.text):
                day = None  # "a week after X visited": some other day of that month
            ev.date, ev.date_precision, ev.date_source = (
                day[:10] if day else publication_month(published),
                "day" if day else "month",
                "publication",
            )
        if ev.date_source in ("context", "lede"):
            seen_dated = True
        ev.confidence = (
            min(ev.confidence, 0.7) if ev.date_source == "publication" else ev.confidence
        )


def _place_from_dateline(
    events: list[ExtractedEvent], dateline: str | None, views: list[SentenceView]
) -> None:
    from ingest.lexicon import lexicon
    from ingest.schema import PlaceMention

    if not dateline or not events:
        return
    code = lexicon().cities.get(dateline)
    first = min(events, key=lambda e: e.start)
    if not code:
        return
    s = views[first.sent].sentence
    abroad = [
        c
        for st, c in views[first.sent].countries
        if c != code and ABROAD.search(s.text[: st - s.start])
    ]
    if first.place is None and abroad:
        # "BAMAKO: X has returned from Ruritania, where he held talks": not the dateline city
        first.host_country = first.host_country or abroad[0]
        return
    if first.place is None and first.kind != "call":  # a call happens in no one place
        first.place = PlaceMention(start=0, end=0, sent=0, name=dateline, kind="city", country=code)
        first.host_country = first.host_country or code


def _place_context(events: list[ExtractedEvent], views: list[SentenceView], text: str) -> None:
    """ "X arrived in Paris on Monday. He held talks with Y.": the city of a recent sentence
    about the same people is the place of an event that names none."""
    for ev in events:
        if ev.place is not None or ev.kind == "call":
            continue
        people = ev.people()
        for back in range(1, LOOKBACK + 1):
            k = ev.sent - back
            if k < 0:
                break
            v = views[k]
            if not any(p.entity in people for p in v.people):
                continue
            cities = [
                p
                for p in v.places
                if p.kind == "city" and PLACE_BEFORE.search(text[max(0, p.start - 40) : p.start])
            ]
            if cities:
                ev.place, ev.host_country = cities[0], ev.host_country or cities[0].country
                break
