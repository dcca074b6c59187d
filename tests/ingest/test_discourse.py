"""The discourse step (ingest/discourse.py, ingest/discourse_nouns.py): invented articles in
the structure of real agency copy."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def _pairs(x):  # type: ignore[no-untyped-def]
    return {(frozenset(sorted(p)), d) for p, d in pairs(x)}


def test_a_date_stated_once_governs_the_days_one_sentence_paragraphs() -> None:
    x = run(
        "Foreign Minister Tomas Brandvik held talks with his Chilean counterpart Ana Soto in "
        "Lisbon on Tuesday.\n\n"
        "He then received the Ghanaian envoy Kofi Mensah-Larbi.\n\n"
        "Brandvik also met Peruvian Trade Minister Lucia Quispe Huaman.\n\n"
        "Lastly, Brandvik met the Laotian minister Somphone Keovilay.",
        "2024-03-14",
    )
    assert {d for _, d in pairs(x)} == {"2024-03-12"}
    assert len(x.events) == 4
    assert all(ev.date_source == "sentence" or "story-day" in ev.rule for ev in x.events)


def test_earlier_in_the_day_refers_to_the_storys_day_not_publication() -> None:
    x = run(
        "President Mara Olsen received President Idris Kanu at the palace on Saturday.\n\n"
        "Earlier in the day, Prime Minister Jonas Reed met Kanu at the guest house.",
        "2025-06-02",
    )
    assert _pairs(x) == {
        (frozenset({"Mara Olsen", "Idris Kanu"}), "2025-05-31"),
        (frozenset({"Jonas Reed", "Idris Kanu"}), "2025-05-31"),
    }


def test_a_flashback_keeps_its_own_date_and_does_not_move_the_day() -> None:
    x = run(
        "Minister Petra Lind met Minister Oren Vasquez in Oslo on Wednesday.\n\n"
        "The meeting follows a telephone conversation on 3 March in which the two ministers "
        "discussed fisheries.\n\n"
        "Lind later met the Icelandic envoy Bjorn Haldorsen.",
        "2023-03-23",
    )
    got = _pairs(x)
    assert (frozenset({"Petra Lind", "Oren Vasquez"}), "2023-03-22") in got
    assert (frozenset({"Petra Lind", "Oren Vasquez"}), "2023-03-03") in got
    assert (frozenset({"Petra Lind", "Bjorn Haldorsen"}), "2023-03-22") in got
    call = next(ev for ev in x.events if ev.date == "2023-03-03")
    assert call.kind == "call" and "earlier-encounter" in call.rule


def test_the_next_day_shifts_the_story() -> None:
    x = run(
        "Prime Minister Ivo Marsh arrived in Accra on Monday and met President Ama Boateng.\n\n"
        "The next day he held talks with Vice President Kwesi Adjei.",
        "2024-05-08",
    )
    assert _pairs(x) == {
        (frozenset({"Ivo Marsh", "Ama Boateng"}), "2024-05-06"),
        (frozenset({"Ivo Marsh", "Kwesi Adjei"}), "2024-05-07"),
    }


def test_a_page_timestamp_dates_a_story_that_names_no_day() -> None:
    x = run(
        "4 Feb. 11:20 (UTC+3)\n\n"
        "President Dana Kurmanova had a telephone conversation with President Emre Aksoylu.",
        "2022-02-04",
    )
    assert _pairs(x) == {(frozenset({"Dana Kurmanova", "Emre Aksoylu"}), "2022-02-04")}


def test_an_old_date_is_history_not_the_storys_day() -> None:
    x = run(
        "Prime Minister Hana Dukes arrived in Valletta this morning.\n\n"
        "President Carl Borg received her at the airport.\n\n"
        "The two reviewed the charter signed between the two countries in July 2016.",
        "2022-09-10",
    )
    assert all(d != "2016-07" for _, d in pairs(x))


def test_another_strand_of_news_takes_no_day_from_the_story() -> None:
    x = run(
        "President Rafa Ortiz met envoy Lena Moss on Monday.\n\n"
        "Meanwhile, Minister Tom Achebe called on Speaker Ruth Okafor.",
        "2025-09-11",
    )
    names = [{x.entities[p].name for p in ev.people()} for ev in x.events]
    other = x.events[next(i for i, n in enumerate(names) if "Ruth Okafor" in n)]
    assert other.date != "2025-09-08"


def test_a_ceremony_told_over_several_sentences_is_one_signing() -> None:
    x = run(
        "President Sani Bello and Prime Minister Clara Whitfield this afternoon witnessed the "
        "signing of two agreements.\n\n"
        "The Maritime Security Agreement was signed by Defence Minister Musa Dantata and the "
        "British Minister of State Peter Oakley.\n\n"
        "The Agreement on Trade Facilitation by Trade Minister Hauwa Garba and the Trade "
        "Envoy Simon Reyes.",
        "2019-10-02",
    )
    signings = [ev for ev in x.events if ev.kind == "signing"]
    assert len(signings) == 1
    people = {x.entities[p].name for p in signings[0].people()}
    assert people == {
        "Sani Bello",
        "Clara Whitfield",
        "Musa Dantata",
        "Peter Oakley",
        "Hauwa Garba",
        "Simon Reyes",
    }
    assert signings[0].date == "2019-10-02"
    signed = {ag.name: {x.entities[p].name for p in ag.signatories} for ag in x.agreements}
    maritime = next(v for k, v in signed.items() if "Maritime" in k)
    assert maritime == {"Musa Dantata", "Peter Oakley"}


def test_a_call_on_told_as_a_noun_is_an_encounter() -> None:
    x = run(
        "Prime Minister Farid Qureshi on Friday stressed the value of dialogue with Europe.\n\n"
        "In a separate call-on by Ambassador Lotte Brenner, the Prime Minister highlighted "
        "the trade corridor.",
        "2018-09-14",
    )
    assert (frozenset({"Farid Qureshi", "Lotte Brenner"}), "2018-09-14") in _pairs(x)


def test_he_was_speaking_to_b_who_called_on_him() -> None:
    x = run(
        "Prime Minister Farid Qureshi said on Friday that trade must grow.\n\n"
        "He was speaking to Ambassador Lotte Brenner, who called on him at his office.",
        "2018-09-14",
    )
    assert (frozenset({"Farid Qureshi", "Lotte Brenner"}), "2018-09-14") in _pairs(x)


def test_at_the_invitation_of_x_is_no_encounter_with_x() -> None:
    x = run(
        "Prime Minister Selma Haq went to Vienna on October 2 for a three-day visit to attend "
        "a forum at the invitation of Commission President Otto Rainer.",
        "2023-10-20",
    )
    assert x.events == []
    x = run(
        "At the invitation of President Otto Rainer, Prime Minister Selma Haq held talks in "
        "Vienna with Chancellor Eva Lutz on Monday.",
        "2023-10-20",
    )
    assert {p for p, _ in pairs(x)} == {frozenset({"Selma Haq", "Eva Lutz"})}


def test_a_story_where_nothing_happened_has_no_encounter() -> None:
    x = run(
        "Foreign Secretary Nadia Rahman arrived in Male this afternoon.\n\n"
        "She is set to call on Vice President Hassan Latheef and Minister Aminath Riza.\n\n"
        "Talks with Foreign Secretary Ali Nizam are scheduled for Saturday.",
        "2021-11-26",
    )
    assert x.events == []
    x = run(
        "President Jon Aldous was due to meet Prime Minister Kemi Balogun on Monday, but the "
        "visit was called off.",
        "2021-11-26",
    )
    assert x.events == []


def test_a_dateline_left_in_the_lead_does_not_date_the_encounter() -> None:
    x = run(
        "Dakar, March 9 (Agency): President Amadou Sy received President Rui Antunes at the "
        "palace on Friday, the presidency said.",
        "2024-03-09",
    )
    assert pairs(x) == [(frozenset({"Amadou Sy", "Rui Antunes"}), "2024-03-08")]


def test_a_ceremony_takes_its_signers_after_by_not_the_instruments_name() -> None:
    x = run(
        "President Kwabena Asante and President Wanjiru Kamau witnessed the signing of two "
        "agreements on Monday.\n\n"
        "The Agreement on Visa Exemption for Diplomatic Passports by Foreign Minister Abena "
        "Owusu and High Commissioner Samuel Kiprono.",
        "2019-10-02",
    )
    (people,) = [p for p, _ in pairs(x)]
    assert people == {"Kwabena Asante", "Wanjiru Kamau", "Abena Owusu", "Samuel Kiprono"}


def test_unnamed_witnesses_of_an_exchange_are_the_two_leaders_just_told() -> None:
    x = run(
        "President Ana Moreno held talks with President Viktor Lesko on Friday.\n\n"
        "The two leaders witnessed the ceremony as ministers exchanged the documents.\n\n"
        "Interior Minister Ali Dar and Defence Minister Pavel Krenin exchanged the documents.",
        "2024-05-10",
    )
    signing = next(ev for ev in x.events if ev.kind == "signing")
    assert {x.entities[p].name for p in signing.people()} == {
        "Ana Moreno",
        "Viktor Lesko",
        "Ali Dar",
        "Pavel Krenin",
    }
    assert signing.date == "2024-05-10"


def test_a_plan_for_today_does_not_date_last_nights_dinner() -> None:
    x = run(
        "Prime Minister Sione Fifita hosted Prime Minister Apenisa Turaga to an official dinner "
        "last night.\n\n"
        "The two leaders will have a bilateral meeting today.",
        "2023-05-19",
    )
    assert pairs(x) == [(frozenset({"Sione Fifita", "Apenisa Turaga"}), "2023-05-18")]
