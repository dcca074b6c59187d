"""What the reports resolved but not yet written will write, as the store's look-ups would
return it once they are.

`ingest` writes several reports in one statement (ingest/pipeline.py), so a report is
resolved before the reports just before it are in the store. Its look-ups are read from the
store and then completed here with what those reports write: their documents, the current
state of the people they write (a person's candidates are found by the folded names of its
latest version), and the events they write with their people and places. The rows are the
ones the store would answer after the writes: `tests/ingest/test_pending.py` compares them
with the store's own answers.

When the rows cannot be told without the store (a look-up that hit its cap), `NeedsStore` is
raised: the caller writes the pending reports first and reads again."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph import name_keys
from graph.cypher import EVENT_CAP, PERSON_CAP
from graph.model import GraphBatch, Label, NodeRecord, RelType
from ingest.resolve import PersonLookups, PersonNode, name_tokens
from ingest.schema import PersonEntity


class NeedsStore(Exception):
    """A look-up of this report depends on the pending writes in a way this module cannot
    tell: write them, then read again."""


@dataclass
class _Event:
    props: dict[str, Any]
    people: set[str] = field(default_factory=set)  # ids of the people taking part
    places: list[str] = field(default_factory=list)  # ids of its places, in order


class Pending:
    """The writes of the reports resolved since the last write, in input order."""

    def __init__(self) -> None:
        self.sources: dict[str, str | None] = {}  # document id -> source
        self.people: dict[str, dict[str, Any]] = {}  # person id -> properties
        self.events: dict[str, _Event] = {}
        self.places: dict[str, str] = {}  # place id -> name
        # what the store answered for events and places in this group's look-ups: an event
        # already stored that a pending report joins keeps its stored places
        self.seen_places: dict[str, list[str]] = {}
        self.seen_names: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self.sources)

    # -- recording -----------------------------------------------------------------
    def add_people(self, records: list[NodeRecord]) -> None:
        """The Person nodes a report writes, as soon as its people are resolved (the people
        of the next report are resolved before this report's events are)."""
        for rec in records:
            self.people[rec.id] = {**self.people.get(rec.id, {}), **rec.props}

    def note_rows(self, rows: list[dict]) -> None:
        """Rows of the store's event candidates (cypher.EVENT_CANDIDATES_MANY)."""
        for r in rows:
            places = self.seen_places.setdefault(r["id"], [])
            if r["place_id"] is not None and r["place_id"] not in places:
                places.append(r["place_id"])
                self.seen_names[r["place_id"]] = r["place"]

    def add(self, batch: GraphBatch) -> None:
        """A report's whole write."""
        for rec in batch.nodes:
            if rec.label is Label.DOCUMENT:
                source = rec.props.get("source")
                self.sources[rec.id] = source if isinstance(source, str) else None
            elif rec.label is Label.PERSON:
                self.people[rec.id] = {**self.people.get(rec.id, {}), **rec.props}
            elif rec.label is Label.PLACE:
                self.places[rec.id] = str(rec.props.get("name"))
            elif rec.label is Label.EVENT:
                held = self.events.get(rec.id)
                if held is None:  # new, or stored: then it keeps the places it has
                    stored = self.seen_places.get(rec.id, [])
                    self.events[rec.id] = _Event(props=dict(rec.props), places=list(stored))
                else:
                    held.props.update(rec.props)
        for rel in batch.rels:
            if rel.type is RelType.PARTICIPATED_IN and rel.src_label is Label.PERSON:
                self.events[rel.dst].people.add(rel.src)
            elif rel.type is RelType.HELD_IN:
                places = self.events[rel.src].places
                if rel.dst not in places:
                    places.append(rel.dst)

    # -- look-ups ------------------------------------------------------------------
    def holds(self, doc: str) -> bool:
        return doc in self.sources

    def holds_source(self, source: str) -> bool:
        return source in self.sources.values()

    def person_lookups(self, found: PersonLookups, entities: list[PersonEntity]) -> PersonLookups:
        """`found` (the store's answer) completed for `entities`: a pending person replaces
        the stored version of itself and is a candidate of every token its names hold."""
        if not self.people:
            return found
        view = PersonLookups(asked=set(found.asked), held=found.held | set(self.people))
        for entity in entities:
            for token in name_tokens(entity):
                if token in view.people:
                    continue
                stored = found.people.get(token, {})
                if len(stored) >= PERSON_CAP:
                    raise NeedsStore(f"more than {PERSON_CAP} people hold {token!r}")
                mine = {pid: p for pid, p in stored.items() if pid not in self.people}
                for pid, props in self.people.items():
                    if token in (props.get(name_keys.PROPERTY) or ()):
                        mine[pid] = _person(pid, props)
                if len(mine) > PERSON_CAP:
                    raise NeedsStore(f"more than {PERSON_CAP} people hold {token!r}")
                view.people[token] = mine
        return view

    def event_rows(self, rows: list[dict], person_ids: list[str]) -> list[dict]:
        """The store's event candidates of one group of people (`rows`) as they will be once
        the pending reports are written."""
        if not self.events and not self.places:
            return rows
        if len({r["id"] for r in rows}) >= EVENT_CAP:
            raise NeedsStore(f"more than {EVENT_CAP} events share these people")
        ids = set(person_ids)
        out: list[dict] = []
        stored_people: dict[str, list[str]] = {}
        for r in rows:
            if r["id"] in self.events:
                stored_people[r["id"]] = r["people"]
            elif r["place_id"] in self.places:
                out.append({**r, "place": self.places[r["place_id"]]})
            else:
                out.append(r)
        for eid, ev in self.events.items():
            people = set(stored_people.get(eid, ())) | (ev.people & ids)
            if not people:
                continue
            places: list[str | None] = list(ev.places) or [None]
            for place in places:
                name = None
                if place is not None:
                    name = self.places.get(place, self.seen_names.get(place))
                out.append(
                    {
                        "i": rows[0]["i"] if rows else None,
                        "id": eid,
                        "kind": ev.props.get("kind"),
                        "date": ev.props.get("date"),
                        "date_precision": ev.props.get("date_precision"),
                        "host_country": ev.props.get("host_country"),
                        "title": ev.props.get("title"),
                        "place": name,
                        "place_id": place,
                        "people": sorted(people),
                    }
                )
        if len({r["id"] for r in out}) > EVENT_CAP:
            raise NeedsStore(f"more than {EVENT_CAP} events share these people")
        return out


def _person(pid: str, props: dict[str, Any]) -> PersonNode:
    return PersonNode(
        id=pid,
        name=props["name"],
        aliases=props.get("aliases") or [],
        titles=props.get("titles") or [],
        country=props.get("country"),
        existing=True,
    )
