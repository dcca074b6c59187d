"""Encounters at multilateral gatherings (ingest/story_rules.py and where its rules are
used): datelines, flashbacks, "since" clauses, quoted names, lists of counterparts, group
meetings. Invented articles in the structure of agency copy from summits."""

from __future__ import annotations

from ingest.pipeline import extract_article
from ingest.story_rules import long_before, quoted
from tests.ingest.helpers import article, pairs, run


def _pairs(x):  # type: ignore[no-untyped-def]
    return {(frozenset(p), d) for p, d in pairs(x)}


def test_a_weekday_after_the_dateline_dates_the_lead_not_the_dateline() -> None:
    x = run(
        "Port Amara [Veluria], Oct 5 (Agency): Foreign Minister Teodor Vask on Wednesday met "
        "diplomats of several countries on the sidelines of the regional forum.\n\n"
        "He met his Kelsian counterpart Ines Marrow and discussed fisheries.\n\n"
        "Vask also met the Dovrian envoy Pal Strand.",
        "2023-10-05",
    )
    assert _pairs(x) == {
        (frozenset({"Teodor Vask", "Ines Marrow"}), "2023-10-04"),
        (frozenset({"Teodor Vask", "Pal Strand"}), "2023-10-04"),
    }


def test_a_dated_flashback_to_another_forum_does_not_move_the_story() -> None:
    x = run(
        "Lakeport, September 26 : Foreign Minister Teodor Vask held a meeting with his Kelsian "
        "counterpart Ines Marrow on the sidelines of the assembly in Lakeport.\n\n"
        "It was their second meeting within a month. Vask and Marrow held a meeting on the "
        "margins of the coastal states conference in Brindor on September 9.\n\n"
        "Vask, who is currently on a visit to Lakeport, met several delegates, including "
        "Moroccan Foreign Minister Pal Strand and Belgian Prime Minister Oda Lunde.",
        "2024-09-26",
    )
    got = _pairs(x)
    assert (frozenset({"Teodor Vask", "Ines Marrow"}), "2024-09-26") in got
    assert (frozenset({"Teodor Vask", "Ines Marrow"}), "2024-09-09") in got
    assert (frozenset({"Teodor Vask", "Pal Strand"}), "2024-09-26") in got
    assert (frozenset({"Teodor Vask", "Oda Lunde"}), "2024-09-26") in got


def test_a_since_clause_does_not_date_the_encounter_before_it() -> None:
    x = run(
        "Prime Minister Dev Raman met President Ilse Varga at the summit venue on Tuesday.\n\n"
        "Raman also met Prime Minister Ola Brun, their first encounter since she took office "
        "last month.",
        "2022-11-16",
    )
    assert (frozenset({"Dev Raman", "Ola Brun"}), "2022-11-15") in _pairs(x)


def test_a_name_inside_a_quotation_is_not_the_next_sentences_subject() -> None:
    x = run(
        "Foreign Minister Teodor Vask on Thursday met his Kelsian counterpart Ines Marrow on "
        "the sidelines of the assembly.\n\n"
        '"A fine start. Nice to meet Deputy Rolf Anker," Vask wrote.\n\n'
        "He also met his Tarsian counterpart Mia Holt.",
        "2019-09-27",
    )
    got = _pairs(x)
    assert (frozenset({"Teodor Vask", "Mia Holt"}), "2019-09-26") in got
    assert not any("Rolf Anker" in p and "Mia Holt" in p for p, _ in got)


def test_his_counterparts_from_two_countries_are_two_meetings() -> None:
    x = run(
        "Foreign Minister Teodor Vask met diplomats on the sidelines of the assembly on Thursday."
        "\n\nThe minister met his counterparts from Chile and Ghana, Ines Marrow and Pal "
        "Strand.",
        "2019-09-27",
    )
    assert _pairs(x) == {
        (frozenset({"Teodor Vask", "Ines Marrow"}), "2019-09-26"),
        (frozenset({"Teodor Vask", "Pal Strand"}), "2019-09-26"),
    }


def test_a_trilateral_summit_and_a_three_way_discussion_are_meetings() -> None:
    x = run(
        "Prime Minister Aiko Tanabe, President Lena Ward and President Min-ho Seo held a "
        "trilateral summit meeting at the mountain retreat on Friday.",
        "2023-08-22",
    )
    assert [(ev.kind, len(ev.people())) for ev in x.events] == [("meeting", 3)]
    y = extract_article(
        article(
            "There was also a separate three-way discussion between Lena Ward, Dev Raman and the "
            "host, President Omar Haddad, on Tuesday.",
            "2022-11-16",
        )
    )
    assert [ev.kind for ev in y.events] == ["talks"]
    assert len(y.events[0].people()) == 3


def test_the_queen_speaking_while_a_leader_holds_bilateral_meetings_met_nobody() -> None:
    x = extract_article(
        article(
            "LONDON: Prime Minister Dev Raman on Thursday held bilateral meetings with leaders "
            "of nine countries here for the Commonwealth Heads of Government Meeting as Queen "
            "Mirela said she wished her son, Prince Aldo, to succeed her.\n\n"
            "On the sidelines, Raman held talks with Australian PM Ola Brun, Bangladeshi PM "
            "Ilse Varga and South African President Ken Dube.\n\n"
            "The meeting is expected to be the last attended by Queen Mirela.\n\n"
            "Addressing the gathering that included Prime Minister Rosa Penn, the queen spoke "
            "of continuity.",
            "2018-04-20",
        )
    )
    got = _pairs(x)
    assert (frozenset({"Dev Raman", "Ola Brun"}), "2018-04-19") in got
    assert (frozenset({"Dev Raman", "Ilse Varga"}), "2018-04-19") in got
    everyone = set().union(*(p for p, _ in got))
    assert not everyone & {"Mirela", "Queen Mirela", "Aldo", "Prince Aldo", "Rosa Penn"}


def test_a_pleasure_to_meet_is_a_meeting_but_a_hope_to_meet_is_not() -> None:
    x = run(
        'Foreign Minister Teodor Vask said it was a "real pleasure" to meet with Secretary of '
        "Foreign Affairs Ana Quiroga of Lumeria on Sunday.",
        "2023-09-25",
    )
    assert _pairs(x) == {(frozenset({"Teodor Vask", "Ana Quiroga"}), "2023-09-24")}
    y = run(
        "Foreign Minister Teodor Vask said it would be a pleasure to meet Secretary Ana Quiroga.",
        "2023-09-25",
    )
    assert y.events == []


def test_leaders_exchanging_courtesies_at_a_dinner_met() -> None:
    x = run(
        "Later, Dev Raman and President Chen Wei exchanged courtesies at the end of the dinner on "
        "Tuesday.",
        "2022-11-16",
    )
    assert _pairs(x) == {(frozenset({"Dev Raman", "Chen Wei"}), "2022-11-15")}


def test_a_plenary_meeting_is_no_person_and_a_plural_possessive_is_the_person() -> None:
    x = extract_article(
        article(
            "Prime Minister Tomas Keel met Prime Minister Ivo Marsh before the Plenary Meeting "
            "in Alofa.\n\n"
            "Officials issued two statements on Keels' meeting with Marsh.",
            None,
        )
    )
    assert {e.name for e in x.entities} == {"Tomas Keel", "Ivo Marsh"}


def test_rule_helpers() -> None:
    assert long_before("2024-09-09", "2024-09-26")
    assert not long_before("2024-09-24", "2024-09-26")
    assert not long_before("2024-09", "2024-09-26")
    text = 'Glad to meet Rolf Anker," Vask wrote.'
    assert quoted(text, text.index("Rolf")) and not quoted(text, text.index("Vask"))


def test_a_day_before_the_forum_is_dated_from_the_forums_stated_dates() -> None:
    x = run(
        "President Lin Hao and Premier Zhou Min met with heads of state from Chile, Peru and "
        "Ghana, one day before the second river ports forum in the capital.\n\n"
        "Lin first met with Chilean President Ana Soto and Peruvian President Raul Ccori "
        "respectively for bilateral talks.\n\n"
        "Premier Zhou later met with Ghanaian President Kofi Mensah for talks.\n\n"
        "A total of 30 foreign leaders are due to attend the April 25-27 forum.",
        "2019-04-25",
    )
    assert _pairs(x) == {
        (frozenset({"Lin Hao", "Ana Soto"}), "2019-04-24"),
        (frozenset({"Lin Hao", "Raul Ccori"}), "2019-04-24"),
        (frozenset({"Zhou Min", "Kofi Mensah"}), "2019-04-24"),
    }


def test_the_second_day_of_a_summit_and_an_unresolvable_one() -> None:
    from ingest.forum_days import forum_day_refs, forum_span

    text = "The summit, held from 8-11 September, opened in the capital."
    span = forum_span(text, "2015-09-12")
    assert span is not None and span[0].isoformat() == "2015-09-08"
    refs = forum_day_refs("On the second day of the summit, Ivo Marsh met Ana Soto.", 0, span)
    assert [r.value for r in refs] == ["2015-09-09"]
    closing = forum_day_refs("On the closing day of the summit they met.", 0, span)
    assert [r.value for r in closing] == ["2015-09-11"]
    assert forum_day_refs("On the second day of the summit they met.", 0, None) == []


def test_a_datelines_day_dates_an_encounter_the_story_does_not_date() -> None:
    x = run(
        "By Staff Writer\nLAKEPORT, Sept. 7 (Agency) -- President Lin Hao and his Chilean "
        "counterpart Ana Soto met in Lakeport on the sidelines of the summit.\n\n"
        "At their first summit in Brindor in June, the two leaders agreed to deepen ties.",
        "2013-09-07",
    )
    assert (frozenset({"Lin Hao", "Ana Soto"}), "2013-09-07") in _pairs(x)


def test_a_date_of_another_event_after_the_encounter_does_not_date_it() -> None:
    x = run(
        "Prime Minister Ivo Marsh met President Ana Soto in Suva to discuss reconstruction "
        "following the cyclone in April.",
        "2024-06-20",
    )
    assert [ev.date for ev in x.events] == ["2024-06-20"]  # the publication day, not April
    y = run(
        "Prime Minister Ivo Marsh met President Ana Soto in Suva on Tuesday to discuss "
        "reconstruction following the cyclone in April.",
        "2024-06-20",
    )
    assert [ev.date for ev in y.events] == ["2024-06-18"]


def test_later_talks_with_someone_are_the_story_subjects_talks() -> None:
    x = run(
        "Secretary-General Omar Haddad on Wednesday met President Lena Ward in Male, where "
        "both attend the regional summit.\n\n"
        "The two discussed trade.\n\n"
        "Later, climate change topped the agenda in bilateral talks with the Fijian "
        "Parliamentary Secretary Tom Reed.",
        "2011-11-10",
    )
    assert (frozenset({"Omar Haddad", "Tom Reed"}), "2011-11-09") in _pairs(x)


def test_meanwhile_witnesses_of_a_signing_do_not_join_the_meeting_before() -> None:
    x = run(
        "President Lin Hao met President Ana Soto on Saturday.\n\n"
        "Meanwhile, Lin and his Chilean counterpart, Rosa Penn, witnessed the signing of a "
        "deal upgrading the free trade agreement.",
        "2017-11-12",
    )
    got = _pairs(x)
    assert (frozenset({"Lin Hao", "Ana Soto"}), "2017-11-11") in got
    assert not any("Rosa Penn" in p and "Ana Soto" in p for p, _ in got)


def test_a_lone_surname_that_met_someone_is_a_person() -> None:
    x = run(
        "Okonkwo, who also met with Prime Minister Ivo Marsh of Chile, commended him for "
        "keeping the peace.",
        "2022-02-07",
    )
    assert {frozenset(p) for p, _ in pairs(x)} == {frozenset({"Okonkwo", "Ivo Marsh"})}


def test_meanwhile_in_his_meeting_with_x_he_is_the_main_clauses_subject() -> None:
    x = run(
        "President Ana Soto met on Sunday with an array of leaders at the summit in Kigali.\n"
        "In his meeting with Sudanese president Omar Kanu, Soto stressed the historic ties.\n"
        "Meanwhile, in his meeting with the Somali president Hassan Ali Farah, he pledged "
        "support.",
        "2016-07-18",
    )
    got = {frozenset(p) for p, _ in pairs(x)}
    assert frozenset({"Ana Soto", "Hassan Ali Farah"}) in got
    assert frozenset({"Omar Kanu", "Hassan Ali Farah"}) not in got


def test_he_also_after_an_aside_is_the_protagonist_and_an_earlier_arrival_is_background() -> None:
    x = run(
        "Prime Minister Dev Raman on Monday met with leaders of several island countries.\n\n"
        "Raman arrived here on Sunday on his first visit to the islands to host the summit.\n\n"
        "During Raman's meeting with Fijian counterpart Tomasi Vuni, the two leaders "
        "reviewed the partnership.\n\n"
        "On behalf of the President of Fiji, Vuni bestowed on the Prime Minister the highest "
        "honour.\n\n"
        'He also held a "wonderful meeting" with President Kal Remeliik of Palau.',
        "2023-05-22",
    )
    got = _pairs(x)
    assert (frozenset({"Dev Raman", "Tomasi Vuni"}), "2023-05-22") in got
    assert (frozenset({"Dev Raman", "Kal Remeliik"}), "2023-05-22") in got
    assert not any("Tomasi Vuni" in p and "Kal Remeliik" in p for p, _ in got)


def test_meetings_a_summit_preview_announces_are_not_encounters() -> None:
    x = run(
        "On Saturday (9 September), Prime Minister Dev Raman is likely to hold a bilateral "
        "meeting with his counterpart Ola Brun and President Ilse Varga.\n\n"
        "And on Sunday, Raman will have a working lunch meeting with President Ken Dube. He "
        "will be having a pull-aside meeting with Prime Minister Tom Reed.",
        "2023-09-08",
    )
    assert pairs(x) == []


def test_a_capitalised_batch_of_instruments_is_no_person() -> None:
    x = extract_article(
        article(
            "Four Memoranda of Understanding and one Agreement were signed between Chile and "
            "Peru, in the presence of President Ana Soto and President Raul Ccori.",
            "2025-05-05",
        )
    )
    assert {e.name for e in x.entities} == {"Ana Soto", "Raul Ccori"}


def test_two_leaders_beginning_their_last_round_of_talks_met() -> None:
    x = run(
        "WUHAN: Prime Minister Dev Raman and President Lin Hao began their last round of "
        "one-on-one talks here today as they wind up the two-day informal summit.",
        "2018-04-28",
    )
    assert _pairs(x) == {(frozenset({"Dev Raman", "Lin Hao"}), "2018-04-28")}


def test_an_arrival_before_a_datelines_day_still_dates_the_visit() -> None:
    x = run(
        "LAKEPORT, Nov 16 - President Ana Soto arrived in Lakeport on Friday for a one-day "
        "working visit.\n\n"
        "She was welcomed at the airport by Vice President Ivo Marsh.\n\n"
        "Soto then held talks with President Lena Ward at State House.",
        "2024-11-16",
    )
    assert {d for _, d in pairs(x)} == {"2024-11-15"}


def test_the_signing_took_place_on_monday_dates_the_signing_just_told() -> None:
    x = run(
        "Four agreements were signed between Chile and Peru, in the presence of President Ana "
        "Soto and President Raul Ccori.\n\n"
        "The signing took place following bilateral discussions held at the palace in Lima on "
        "Monday.",
        "2025-05-05",
    )
    assert _pairs(x) == {(frozenset({"Ana Soto", "Raul Ccori"}), "2025-05-05")}


def test_at_their_first_summit_in_june_is_an_earlier_encounter_of_the_pair() -> None:
    x = run(
        "President Lin Hao and President Ana Soto met in Lakeport on Tuesday.\n\n"
        "At their first summit at the Brindor estate in June, the two leaders agreed to "
        "build a new type of relations.",
        "2013-09-07",
    )
    assert _pairs(x) == {
        (frozenset({"Lin Hao", "Ana Soto"}), "2013-09-03"),
        (frozenset({"Lin Hao", "Ana Soto"}), "2013-06"),
    }
