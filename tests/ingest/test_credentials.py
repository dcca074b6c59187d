"""Envoys presenting credentials, told in a press report's shapes (ingest/envoy_lists.py via
extract)."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def test_each_envoy_of_a_credentials_list_met_the_head_of_state():
    x = run(
        "President Amos Kiwanuka has received the credentials of three new ambassadors.\n\n"
        "On March 4, 2024, the envoys presented their credentials at State House, Entebbe.\n\n"
        "The envoys included H.E. Lars Berg from Norway, H.E. Ana Ruiz from Chile and H.E. "
        "Tomas Novak from Czechia.",
        "2024-03-05",
    )
    assert sorted(sorted(p) + [d] for p, d in pairs(x)) == [
        ["Amos Kiwanuka", "Ana Ruiz", "2024-03-04"],
        ["Amos Kiwanuka", "Lars Berg", "2024-03-04"],
        ["Amos Kiwanuka", "Tomas Novak", "2024-03-04"],
    ]


def test_credentials_presented_to_the_president_in_one_sentence():
    x = run(
        "Norway's ambassador Lars Berg and Chile's ambassador Ana Ruiz on Monday presented "
        "their letters of credence to President Amos Kiwanuka.",
        "2024-03-05",
    )
    assert sorted(sorted(p) for p, _ in pairs(x)) == [
        ["Amos Kiwanuka", "Ana Ruiz"],
        ["Amos Kiwanuka", "Lars Berg"],
    ]


def test_a_list_of_people_without_credentials_is_left_alone():
    x = run(
        "President Amos Kiwanuka received Foreign Minister Lars Berg on Monday.\n\nThe talks "
        "included trade and energy.",
        "2024-03-05",
    )
    assert [sorted(p) for p, _ in pairs(x)] == [["Amos Kiwanuka", "Lars Berg"]]
