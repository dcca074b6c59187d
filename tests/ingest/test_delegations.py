"""Named members of a delegation that met somebody (ingest/delegations.py via extract)."""

from __future__ import annotations

from tests.ingest.helpers import event_people, pairs, run


def test_members_of_a_received_delegation_join_its_encounter():
    x = run(
        "Vice President Okon Adeyemi on Saturday received President Kofi Mensah-Bonsu at his "
        "residence in Abuja.\n\nThe two leaders discussed regional trade.\n\nMensah-Bonsu "
        "thanked Adeyemi for receiving his delegation at short notice.\n\nHe praised the "
        "long friendship of the two countries.\n\nThey also spoke about the coming summit.\n\n"
        "Both promised closer ties.\n\nMembers of President Mensah-Bonsu's delegation included "
        "Foreign Minister Adjoa Tetteh and Defence Minister Yaw Ofori.",
        "2024-03-11",
    )
    assert event_people(x) == [["Adjoa Tetteh", "Kofi Mensah-Bonsu", "Okon Adeyemi", "Yaw Ofori"]]
    assert {d for _, d in pairs(x)} == {"2024-03-09"}


def test_a_delegation_never_said_to_meet_anyone_adds_nobody():
    x = run(
        "President Kofi Mensah-Bonsu held talks with President Amara Diallo in Conakry on "
        "Monday.\n\nThey discussed the railway.\n\nThey also discussed fishing.\n\nBoth "
        "praised the ties.\n\nA joint statement is expected.\n\nThe weather was hot.\n\n"
        "Mensah-Bonsu's delegation included Trade Minister Adjoa Tetteh and Energy Minister Yaw "
        "Ofori, who toured a power plant.",
        "2024-03-12",
    )
    assert event_people(x) == [["Amara Diallo", "Kofi Mensah-Bonsu"]]
