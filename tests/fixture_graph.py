"""A small invented graph for the API and saved-query tests: five countries, six people,
two organizations, eight events of several kinds, four agreements and four documents.

Everything here is invented for the tests (people, quotes, agreements)."""

from __future__ import annotations

from graph.load import load_records
from graph.records import (
    ActorRecord,
    AgreementRecord,
    DocumentRecord,
    EventRecord,
    ExportData,
    SourceRecord,
    parse_data,
)
from graph.store import GraphStore


def _src(doc: str, quote: str) -> list[SourceRecord]:
    return [SourceRecord(document=doc, quote=quote)]


ACTORS = [
    ActorRecord(id="FR", type="Country", name="France"),
    ActorRecord(id="JP", type="Country", name="Japan"),
    ActorRecord(id="DE", type="Country", name="Germany"),
    ActorRecord(id="BR", type="Country", name="Brazil"),
    ActorRecord(id="KE", type="Country", name="Kenya"),
    ActorRecord(
        id="p-durand",
        type="Person",
        name="Amélie Durand",
        aliases=["A. Durand"],
        country="FR",
        titles=["Foreign Minister"],
    ),
    ActorRecord(
        id="p-sato", type="Person", name="Kenji Sato", country="JP", titles=["Foreign Minister"]
    ),
    ActorRecord(
        id="p-weber", type="Person", name="Jonas Weber", country="DE", titles=["Defence Minister"]
    ),
    ActorRecord(
        id="p-rocha",
        type="Person",
        name="Helena Rocha",
        aliases=["Lena Rocha"],
        country="BR",
        titles=["Trade Minister"],
    ),
    ActorRecord(
        id="p-otieno", type="Person", name="Daniel Otieno", country="KE", titles=["President"]
    ),
    ActorRecord(
        id="p-mori", type="Person", name="Yuki Mori", country="JP", titles=["Ambassador to France"]
    ),
    ActorRecord(
        id="o-un",
        type="Organization",
        name="United Nations",
        aliases=["UN"],
        kind="intergovernmental",
    ),
    ActorRecord(
        id="o-mofa-jp",
        type="Organization",
        name="Ministry of Foreign Affairs of Japan",
        kind="ministry",
        country="JP",
    ),
]

DOCUMENTS = [
    DocumentRecord(
        id="doc-1",
        title="Paris and Tokyo open a maritime dialogue",
        source="https://news.example/1",
        published="2024-03-13",
    ),
    DocumentRecord(
        id="doc-2",
        title="Minister Durand in Tokyo",
        source="https://news.example/2",
        published="2024-09-06",
    ),
    DocumentRecord(
        id="doc-3",
        title="Climate finance summit closes in Nairobi",
        source="https://news.example/3",
        published="2025-01-21",
    ),
    DocumentRecord(
        id="doc-4",
        title="Japan and Germany sign equipment accord",
        source="https://news.example/4",
        published="2025-05-04",
    ),
]

EVENTS = [
    EventRecord(
        id="ev-paris-2024",
        kind="meeting",
        date="2024-03-12",
        place="Paris",
        participants=["p-durand", "p-sato"],
        roles={"p-durand": "host", "p-sato": "guest"},
        sources=_src("doc-1", "Durand received her Japanese counterpart in Paris."),
    ),
    EventRecord(
        id="ev-call-2024",
        kind="call",
        date="2024-06",
        participants=["p-durand", "p-weber"],
        sources=_src("doc-1", "Durand also spoke with Weber by telephone in June."),
    ),
    EventRecord(
        id="ev-tokyo-2024",
        kind="visit",
        date="2024-09-05",
        place="Tokyo",
        participants=["p-durand", "p-sato", "p-mori"],
        roles={"p-durand": "guest", "p-sato": "host"},
        sources=_src("doc-2", "Sato welcomed Durand to Tokyo on Thursday."),
    ),
    EventRecord(
        id="ev-nairobi-2025",
        kind="summit",
        date="2025-01-20",
        place="Nairobi",
        participants=["p-otieno", "p-durand", "p-rocha", "p-sato", "o-un"],
        roles={"p-otieno": "host"},
        sources=_src("doc-3", "Otieno opened the summit with ministers from three continents."),
    ),
    EventRecord(
        id="ev-berlin-2025",
        kind="meeting",
        date="2025-02-14",
        place="Berlin",
        participants=["p-weber", "p-rocha"],
        roles={"p-weber": "host", "p-rocha": "guest"},
        sources=_src("doc-3", "Rocha flew on to Berlin to see Weber."),
    ),
    EventRecord(
        id="ev-tokyo-talks-2025",
        kind="talks",
        date="2025-05-02",
        place="Tokyo",
        participants=["p-sato", "p-weber", "o-mofa-jp"],
        roles={"p-sato": "host", "p-weber": "guest"},
        sources=_src("doc-4", "Weber held talks with Sato at the foreign ministry."),
    ),
    EventRecord(
        id="ev-tokyo-signing-2025",
        kind="signing",
        date="2025-05-03",
        place="Tokyo",
        participants=["p-sato", "p-weber"],
        sources=_src("doc-4", "The two ministers signed the accord a day later."),
    ),
    EventRecord(
        id="ev-brasilia-2023",
        kind="visit",
        date="2023",
        place="Brasília",
        participants=["p-rocha", "p-otieno"],
        roles={"p-rocha": "host", "p-otieno": "guest"},
    ),
]

AGREEMENTS = [
    AgreementRecord(
        id="ag-fr-jp-maritime",
        name="France-Japan Maritime Dialogue",
        kind="working_group",
        status="agreed",
        date="2024-09-05",
        parties=["FR", "JP"],
        signatories=["p-durand", "p-sato"],
        event="ev-tokyo-2024",
        topics=["maritime"],
        sources=_src("doc-2", "The two sides agreed to a standing maritime dialogue."),
    ),
    AgreementRecord(
        id="ag-jp-de-equipment",
        name="Japan-Germany Equipment Transfer Agreement",
        kind="agreement",
        status="signed",
        date="2025-05-03",
        parties=["JP", "DE"],
        signatories=["p-sato", "p-weber"],
        event="ev-tokyo-signing-2025",
        topics=["defence"],
        sources=_src("doc-4", "The equipment accord was signed in Tokyo."),
    ),
    AgreementRecord(
        id="ag-nairobi-declaration",
        name="Nairobi Declaration on Climate Finance",
        kind="declaration",
        status="proposed",
        date="2025-01-20",
        parties=["KE", "FR", "BR", "JP"],
        signatories=["p-otieno"],
        event="ev-nairobi-2025",
        topics=["climate"],
    ),
    AgreementRecord(
        id="ag-br-ke-agri",
        name="Brazil-Kenya Memorandum on Agriculture",
        kind="mou",
        status="in_force",
        date="2023",
        parties=["BR", "KE"],
        signatories=["p-rocha", "p-otieno"],
        event="ev-brasilia-2023",
    ),
]

# checked and normalised as `diplograph load` would (date precision from the date, ...)
FIXTURE = parse_data(
    ExportData(
        actors=ACTORS, events=EVENTS, agreements=AGREEMENTS, documents=DOCUMENTS
    ).model_dump(),
    origin="fixture",
)


def load_fixture(store: GraphStore) -> GraphStore:
    """Write the fixture graph into an (empty) store and return it."""
    load_records(store, FIXTURE, origin="fixture")
    return store
