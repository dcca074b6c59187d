"""The whole pipeline against a real store: cross-document people and events, provenance,
unchanged / replaced documents, and failures that do not stop the batch."""

from __future__ import annotations

from graph.records import export_records
from ingest.article import content_id
from ingest.pipeline import ingest_articles
from tests.ingest.helpers import article

REPORT_A = (
    "DOHA: Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met with Egyptian "
    "Foreign Minister Badr Abdelatty in Doha on Tuesday. The two ministers discussed Gaza."
)
REPORT_B = (
    "Egypt's foreign minister Badr Abdelatty held talks with Sheikh Mohamed bin Abdulrahman "
    "Al-Thani, Qatar's Prime Minister, in the Qatari capital, Doha, this week. Abdelatty also "
    "met the Emir, Sheikh Tamim bin Hamad Al Thani."
)
REPORT_C = (
    "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Egyptian Foreign "
    "Minister Badr Abdelatty in Cairo in November 2024."
)


def _people(data):
    return {a.id: a for a in data.actors if a.type == "Person"}


def test_one_meeting_reported_twice_is_one_event_and_months_apart_stay_two(store):
    outcomes = ingest_articles(
        store,
        [
            article(REPORT_A, "2025-01-16", "a.txt"),
            article(REPORT_B, "2025-01-17", "b.txt"),
            article(REPORT_C, "2025-01-20", "c.txt"),
        ],
    )
    assert [o.status for o in outcomes] == ["new", "new", "new"]
    data = export_records(store)
    people = _people(data)
    names = sorted(p.name for p in people.values())
    # spellings unified, the emir of the same family kept apart
    assert names == [
        "Badr Abdelatty",
        "Mohammed bin Abdulrahman Al Thani",
        "Tamim bin Hamad Al Thani",
    ]
    pm = next(p for p in people.values() if p.name.startswith("Mohammed"))
    assert pm.country == "QA"
    two = [e for e in data.events if len([p for p in e.participants if p in people]) >= 2]
    pm_events = sorted((e.date, len(e.sources)) for e in two if pm.id in e.participants)
    assert pm_events == [("2024-11", 1), ("2025-01-14", 2)]
    # provenance: every quote is the exact slice of its article at the recorded offsets
    texts = {content_id(t): t for t in (REPORT_A, REPORT_B, REPORT_C)}
    for e in two:
        for src in e.sources:
            assert texts[src.document][src.start : src.end] == src.quote
            assert src.rule and 0 < src.confidence <= 1


def test_resolution_works_across_separate_runs_and_surname_only_reports(store):
    first = article("Minister Abdelatty met Sheikh Tamim bin Hamad Al Thani.", None, "x.txt")
    ingest_articles(store, [first])
    ingest_articles(store, [article(REPORT_A, "2025-01-16", "a.txt")])
    people = _people(export_records(store))
    abdelatty = [p for p in people.values() if "Abdelatty" in p.name]
    assert len(abdelatty) == 1 and abdelatty[0].name == "Badr Abdelatty"
    assert "Abdelatty" in abdelatty[0].aliases


def test_unchanged_and_replaced_documents(store):
    first = ingest_articles(store, [article(REPORT_A, "2025-01-16", "a.txt")])
    again = ingest_articles(store, [article(REPORT_A, "2025-01-16", "a.txt")])
    assert first[0].status == "new" and again[0].status == "unchanged"
    before = store.counts()
    changed = REPORT_C  # same source, different content: its facts replace the old ones
    out = ingest_articles(store, [article(changed, "2025-01-20", "a.txt")])
    assert out[0].status == "replaced"
    data = export_records(store)
    assert len(data.documents) == 1
    assert [e.date for e in data.events] == ["2024-11"]
    assert before.nodes.get("Document") == 1


def test_a_failing_document_does_not_stop_the_batch(store):
    bad = article("President Ana Ruiz met President Luis Vega.", None, "bad.txt")
    bad = bad.model_copy(update={"published": "sometime"})  # not a date: the writer refuses it
    seen = []
    out = ingest_articles(
        store, [bad, article(REPORT_A, "2025-01-16", "a.txt")], on_outcome=seen.append
    )
    assert [o.status for o in out] == ["failed", "new"]
    assert out[0].source == "bad.txt" and out[0].reason
    assert seen == out
    assert len(export_records(store).documents) == 1


def test_a_lone_surname_shared_by_two_people_is_not_merged(store):
    ingest_articles(
        store,
        [
            article("Senator Amara Okafor met Governor Chidi Okafor in Enugu.", None, "o1.txt"),
            article("Okafor met President Bola Tinubu in Abuja.", None, "o2.txt"),
        ],
    )
    people = _people(export_records(store))
    okafors = sorted(p.name for p in people.values() if "Okafor" in p.name)
    assert okafors == ["Amara Okafor", "Chidi Okafor", "Okafor"]


def test_short_surnames_resolve_across_articles(store):
    text = "Chinese Foreign Minister Wang Yi met Brazilian Foreign Minister Mauro Vieira in Rio."
    ingest_articles(store, [article(text, "2024-11-19", "w1.txt")])
    ingest_articles(store, [article(text + " Both spoke.", "2024-11-19", "w2.txt")])
    data = export_records(store)
    assert sorted(p.name for p in _people(data).values()) == ["Mauro Vieira", "Wang Yi"]
    assert len(data.events) == 1 and len(data.events[0].sources) == 2


def test_nasab_names_with_and_without_family_and_titled_given_names(store):
    docs = [
        "Saudi Crown Prince Mohammed bin Salman received Sheikh Tamim bin Hamad Al Thani, "
        "Emir of Qatar, in Riyadh on Monday.",
        "Crown Prince Mohammed bin Salman Al Saud met President Abdel Fattah al-Sisi in Jeddah.",
        "Emir Sheikh Tamim received Sheikh Hamad bin Khalifa Al Thani at the Amiri Diwan.",
    ]
    for i, text in enumerate(docs):
        ingest_articles(store, [article(text, "2024-05-10", f"n{i}.txt")])
    names = sorted(p.name for p in _people(export_records(store)).values())
    assert names == [
        "Abdel Fattah al-Sisi",
        "Hamad bin Khalifa Al Thani",
        "Mohammed bin Salman Al Saud",
        "Tamim bin Hamad Al Thani",
    ]


def test_a_report_filed_at_home_about_talks_abroad_joins_the_event(store):
    ingest_articles(
        store,
        [
            article(
                "LISBON: Prime Minister Rui Matos received Malian Foreign Minister Seydou "
                "Traore in Lisbon on Wednesday.",
                "2025-03-06",
                "lisbon.txt",
            ),
            article(
                "BAMAKO: Foreign Minister Seydou Traore has returned from Portugal, where he "
                "held talks with Prime Minister Rui Matos.",
                "2025-03-09",
                "bamako.txt",
            ),
            article(
                "LISBON: Prime Minister Rui Matos and Foreign Minister Seydou Traore of Mali met "
                "again in Lisbon on Thursday.",
                "2025-09-12",
                "again.txt",
            ),
        ],
    )
    data = export_records(store)
    assert sorted(e.date for e in data.events) == ["2025-03-05", "2025-09-11"]
    march = next(e for e in data.events if e.date == "2025-03-05")
    assert len(march.sources) == 2


def test_a_reigning_name_and_a_namesake_with_a_surname_stay_apart(store):
    ingest_articles(
        store,
        [
            article("The envoy met Queen Amalia II of Ruritania in the capital.", None, "q1.txt"),
            article("Foreign Secretary Amalia Stroud met Minister Kofi Ansah.", None, "q2.txt"),
        ],
    )
    people = _people(export_records(store))
    assert "Amalia Stroud" in {p.name for p in people.values()}
    assert not any("Amalia II" in (p.aliases or []) for p in people.values())
