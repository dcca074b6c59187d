"""Roles told before the name (ingest/forward_roles.py via ingest/extract.py). Own-words
sentences with invented people and places."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def met(x):
    return sorted((sorted(p), d) for p, d in pairs(x))


def test_a_counterpart_named_in_the_next_sentence_is_the_guest():
    x = run(
        "Prime Minister Ona Leota welcomed her Tuvaluan counterpart to the Government "
        "Building on Tuesday.\n\n"
        "Sefo Maani inspected a guard of honour before the talks.",
        "2024-05-09",
    )
    assert met(x) == [(["Ona Leota", "Sefo Maani"], "2024-05-07")]
    guest = next(e for e in x.entities if e.name == "Sefo Maani")
    assert guest.country == "TV"


def test_someone_of_another_country_is_not_the_counterpart():
    x = run(
        "Prime Minister Ona Leota welcomed her Tuvaluan counterpart to the Government "
        "Building on Tuesday.\n\n"
        "Fijian Foreign Minister Tevita Naqara said the region welcomed the visit.",
        "2024-05-09",
    )
    assert not any("Tevita Naqara" in people for people, _ in met(x))


def test_a_summary_lead_gives_way_to_the_dated_telling():
    x = run(
        "Port Lumen, 30 May 2024: The Ruritanian Foreign Minister, Oskar Vell, is on a long "
        "visit to Lusitania where he met his Lusitanian counterpart and other officials.\n"
        "The minister arrived on 26th May and held a meeting with Joana Brito, the foreign "
        "minister of Lusitania.",
        "2024-05-30",
    )
    assert met(x) == [(["Joana Brito", "Oskar Vell"], "2024-05-26")]


def test_the_country_after_a_titled_name_lets_a_later_role_find_its_leader():
    x = run(
        "President Tomas Vell of Zambia is in Kasuma for a one-day working visit.\n\n"
        "The Zambian leader proceeded to the Palace for talks with President Ada Okafor.",
        "2024-05-09",
    )
    assert [sorted(p) for p, _ in met(x)] == [["Ada Okafor", "Tomas Vell"]]
