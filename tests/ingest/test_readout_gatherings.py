"""Joint appearances and attendance lists of government readouts
(ingest/readout_gatherings.py via ingest/extract.py). Own-words sentences, invented people."""

from __future__ import annotations

from tests.ingest.helpers import event_people, pairs, run


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


def test_ministers_attending_the_talks_join_them():
    x = run(
        "Prime Minister Ana Kolo hosted talks with President Tomas Reyes in Port Vila today.\n"
        "Attending the talks were Finance Minister Iosefa Lemalu and Trade Minister Pita Manu; "
        "and the visiting Health Minister Carla Duarte.",
        "2024-02-14",
    )
    assert event_people(x) == [
        ["Ana Kolo", "Carla Duarte", "Iosefa Lemalu", "Pita Manu", "Tomas Reyes"]
    ]


def test_attendees_named_before_the_principals_join_the_first_encounter_told():
    x = run(
        "The two leaders discussed the railway and the port.\n\n"
        "The meeting was attended by senior officials who included Ambassador Rosa Imbali, "
        "Engineer Paul Kiprono and Governor Amani Waweru.\n\n"
        "President Daniel Otieno was received by President Grace Nakato at State House.",
        "2024-03-01",
    )
    assert event_people(x) == [
        ["Amani Waweru", "Daniel Otieno", "Grace Nakato", "Paul Kiprono", "Rosa Imbali"]
    ]


def test_ministers_accompanying_a_visitor_meet_no_one_by_it():
    x = run(
        "Finance Minister Omar Haddad, Foreign Minister Layla Nasser and several officials are "
        "accompanying Emir Khalid Rahman on his visit to Ruritania.",
        "2024-03-01",
    )
    assert event_people(x) == []


def test_attendees_of_another_gathering_told_in_between_join_nothing():
    x = run(
        "Foreign Minister Ivo Brandt and Foreign Minister Lea Sorel are holding a bilateral "
        "meeting in Valdor after the four-party talks.\n\n"
        "As the agency reported, Foreign Ministers Ivo Brandt, Omar Tal, Lea Sorel and Jonas "
        "Berg arrived in Valdor to participate in the talks. Attending were also the envoy "
        "Paul Reyes and the monitor Ana Kolo.",
        "2024-02-12",
    )
    assert event_people(x) == [["Ivo Brandt", "Lea Sorel"]]


def test_each_side_listed_at_the_talks_joins_them():
    x = run(
        "On Friday Foreign Secretary Ana Kolo held an hour-long meeting with her Freedonian "
        "counterpart Tomas Reyes.\n"
        "Kolo said the exchange of views had been useful.\n"
        "Reyes said the talks were held in a friendly atmosphere.\n"
        "He said both sides wanted the process to continue.\n"
        "Besides Kolo, the Ruritanian delegation at the talks comprised Joint Secretary Iosefa "
        "Lemalu and Director Pita Manu.\n"
        "The Freedonian foreign secretary was assisted by Director General Carla Duarte.",
        "2024-02-10",
    )
    assert event_people(x) == [
        ["Ana Kolo", "Carla Duarte", "Iosefa Lemalu", "Pita Manu", "Tomas Reyes"]
    ]
