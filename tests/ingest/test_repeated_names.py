"""A long full name told again bare (ingest/repeated_names.py via extract)."""

from __future__ import annotations

from tests.ingest.helpers import event_people, run


def test_a_long_name_repeated_bare_is_the_same_person_in_the_same_encounter():
    x = run(
        "Governor-General Ratu Semi Vakarua received a courtesy visit from the Head of State of "
        "Tokelau Aliki Tamapua Leota Fanua Seumalo II at Government House in Suva.\n\n"
        "Governor-General Vakarua welcomed Aliki Tamapua Leota Fanua Seumalo II and the First "
        "Lady, Masiofo Lealofi Seumalo, to Government House.\n\nAlso present at the meeting "
        "was the High Commissioner to Fiji, Pita Lauina."
    )
    assert event_people(x) == [
        [
            "Aliki Tamapua Leota Fanua Seumalo II",
            "Lealofi Seumalo",
            "Pita Lauina",
            "Ratu Semi Vakarua",
        ]
    ]
