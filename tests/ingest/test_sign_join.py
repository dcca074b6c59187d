"""One ceremony told over several sentences (ingest/sign_join.py): invented readouts."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def test_witnesses_and_later_signers_are_one_signing() -> None:
    x = run(
        "Two memoranda of understanding were signed in Valdora on Tuesday in the presence of "
        "President Ilse Marquand and her Tarvanian counterpart Oskar Belnick.\n\n"
        "The MoU on fisheries was signed by Trade Secretary Dario Fennick and Ambassador "
        "Lumi Ostrava.\n\n"
        "The MoU on forestry was signed by Water Secretary Hanne Quill and Deputy Minister "
        "Teodor Vask.",
        "2024-05-16",
    )
    signings = [p for p, _ in pairs(x) if len(p) > 2]
    assert {
        "Ilse Marquand",
        "Oskar Belnick",
        "Dario Fennick",
        "Lumi Ostrava",
        "Hanne Quill",
        "Teodor Vask",
    } <= set().union(*signings)
    assert len([ev for ev in x.events if ev.kind == "signing"]) == 1


def test_a_signing_on_another_day_stays_apart() -> None:
    x = run(
        "Minister Ilse Marquand and Minister Oskar Belnick signed a fisheries accord in Valdora "
        "on Tuesday.\n\n"
        "On Friday, Minister Dario Fennick and Minister Lumi Ostrava signed a forestry accord "
        "in Korvel.",
        "2024-05-18",
    )
    got = {p for p, _ in pairs(x)}
    assert frozenset({"Ilse Marquand", "Oskar Belnick"}) in got
    assert frozenset({"Dario Fennick", "Lumi Ostrava"}) in got


def test_leaders_who_grace_a_signing_share_it_with_the_signers() -> None:
    x = run(
        "President Ilse Marquand and Prime Minister Oskar Belnick graced the signing ceremony "
        "of three accords in Valdora on Tuesday.\n\n"
        "The accords were signed by Trade Secretary Dario Fennick and Ambassador Lumi Ostrava.",
        "2024-05-16",
    )
    everyone = {"Ilse Marquand", "Oskar Belnick", "Dario Fennick", "Lumi Ostrava"}
    assert any(everyone <= p for p, _ in pairs(x))


def test_signed_in_presence_of_without_the_article() -> None:
    x = run(
        "Two accords were signed in presence of President Ilse Marquand and her Tarvanian "
        "counterpart Oskar Belnick on Tuesday.\n\n"
        "The accords were signed by Trade Secretary Dario Fennick and Ambassador Lumi Ostrava.",
        "2024-05-16",
    )
    everyone = {"Ilse Marquand", "Oskar Belnick", "Dario Fennick", "Lumi Ostrava"}
    assert any(everyone <= p for p, _ in pairs(x))
