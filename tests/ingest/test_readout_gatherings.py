"""Joint appearances and attendance lists of government readouts
(ingest/readout_gatherings.py via ingest/extract.py). Own-words sentences, invented people."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def met(x):
    return sorted((sorted(p), d) for p, d in pairs(x))


def test_a_joint_press_conference_is_a_meeting_of_the_two():
    x = run(
        "On Friday, March 8, President Odile Marchetti and her Lusitanian counterpart Joaquim "
        "Serrano addressed a joint press conference in Porto Alba.\n\n"
        "They said trade between the two nations had doubled.",
        "2024-03-09",
    )
    assert met(x) == [(["Joaquim Serrano", "Odile Marchetti"], "2024-03-08")]


def test_co_chairing_a_bilateral_commission_is_a_meeting():
    x = run(
        "On Tuesday, Minister Keller and Minister Obuya attended the second session of the "
        "Joint Permanent Commission in Kisara, to review the projects agreed last year.",
        "2024-05-16",
    )
    assert met(x) == [(["Keller", "Obuya"], "2024-05-14")]


def test_a_planned_press_conference_is_no_meeting():
    x = run(
        "President Odile Marchetti and Prime Minister Joaquim Serrano will address a joint "
        "press conference on Monday.",
        "2024-03-09",
    )
    assert met(x) == []


def test_the_minister_in_attendance_joins_every_envoy_of_the_ceremony():
    x = run(
        "On Wednesday three new ambassadors presented their letters of credence to President "
        "Teodor Halvorsen at the Amber Palace.\n"
        "The ambassadors are Lucia Ferrante, Italy, Pavel Novak, Czechia and Aiko Tanaka "
        "of Japan.\n"
        "In attendance at the ceremony was the foreign minister, Mr Bruno Sandoval.",
        "2024-04-12",
    )
    got = met(x)
    assert len(got) == 3
    for people, _ in got:
        assert "Teodor Halvorsen" in people and "Bruno Sandoval" in people


def test_officials_also_present_join_the_talks_just_told():
    x = run(
        "Prime Minister Ana Kolo received the visiting Foreign Minister Tomas Reyes at her "
        "office on Monday.\n"
        "Also present at the talks were the deputy minister Iosefa Lemalu and Ambassador "
        "Pita Manu.",
        "2024-02-14",
    )
    assert met(x) == [(["Ana Kolo", "Iosefa Lemalu", "Pita Manu", "Tomas Reyes"], "2024-02-12")]


def test_people_expected_to_attend_join_nothing():
    x = run(
        "Prime Minister Ana Kolo received the visiting Foreign Minister Tomas Reyes at her "
        "office on Monday.\n"
        "Deputy minister Iosefa Lemalu is expected to be present at the dinner.",
        "2024-02-14",
    )
    assert met(x) == [(["Ana Kolo", "Tomas Reyes"], "2024-02-12")]


def test_travelling_together_to_a_forum_is_no_encounter():
    x = run(
        "Minister Peter Lomu and a delegation including Permanent Secretary Colin Bera went "
        "ahead to Nuku'alofa to join the Forum Leaders meeting from 26 to 30 August, 2024.",
        "2024-08-30",
    )
    assert met(x) == []


def test_joining_a_leader_on_a_visit_still_to_come_is_no_encounter():
    x = run(
        "Minister Peter Lomu will be joining Prime Minister Colin Bera on his state visit "
        "to Norland this week.",
        "2024-08-30",
    )
    assert met(x) == []


def test_talks_at_the_end_of_a_planned_programme_are_planned_too():
    x = run(
        "Yesterday the plane carrying President Lungo Bwalya landed at 5pm and he was "
        "received by President Ada Okafor.\n\n"
        "President Bwalya will today visit the railway headquarters, the oil pipeline in "
        "Kigamba and then hold talks with President Okafor at the State House.",
        "2024-11-28",
    )
    assert [d for _, d in met(x)] == ["2024-11-27"]


def test_the_official_who_represented_the_host_side_joins_the_meeting():
    x = run(
        "Foreign Secretary Ilse Marquand held a meeting today with Bordurian Foreign Minister "
        "Oskar Belnick.\n\n"
        "The Korvelian side was represented by the Undersecretary for the Americas, Dana "
        "Ruiz Peral.",
        "2024-03-09",
    )
    assert met(x) == [(["Dana Ruiz Peral", "Ilse Marquand", "Oskar Belnick"], "2024-03-09")]
