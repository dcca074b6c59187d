"""Photo captions naming who was at a told encounter (ingest/caption_groups.py via
ingest/extract.py). Own-words sentences, invented people and places."""

from __future__ import annotations

from tests.ingest.helpers import event_people, run


def test_a_caption_adds_the_third_person_to_the_told_meeting():
    x = run(
        "President Mara Kito with Senator Paul Reyes, Ambassador Lena Ostrova and Foreign "
        "Minister Tomas Obi at State House, Port Alba on March 4, 2024\n\n"
        "President Mara Kito on Monday hosted Senator Paul Reyes and Ambassador Lena Ostrova "
        "at State House.",
        "2024-03-04",
    )
    assert event_people(x) == [["Lena Ostrova", "Mara Kito", "Paul Reyes", "Tomas Obi"]]


def test_a_caption_alone_tells_no_encounter():
    x = run(
        "President Mara Kito with Senator Paul Reyes, Ambassador Lena Ostrova and Foreign "
        "Minister Tomas Obi at State House\n\n"
        "The president spoke about the harvest.",
        "2024-03-04",
    )
    assert event_people(x) == []


def test_a_caption_of_another_day_adds_nobody():
    x = run(
        "President Mara Kito with Senator Paul Reyes, Ambassador Lena Ostrova and Foreign "
        "Minister Tomas Obi at State House on January 9, 2024\n\n"
        "President Mara Kito on Monday hosted Senator Paul Reyes and Ambassador Lena Ostrova "
        "at State House.",
        "2024-03-04",
    )
    assert event_people(x) == [["Lena Ostrova", "Mara Kito", "Paul Reyes"]]
