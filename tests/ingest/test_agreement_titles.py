"""Long parties tails cut from titles (ingest/agreement_titles.py) and the new head words."""

from __future__ import annotations

from ingest.agreement_titles import cut_parties
from tests.ingest.helpers import run


def found(text: str, published: str | None = "2024-05-14"):
    return [(a.name, a.status) for a in run(text, published).agreements]


def test_government_tail_is_cut_short_tail_kept():
    long = (
        "Agreement on Road Transport Between the Government of Norland and the Government "
        "of Vesmark"
    )
    assert cut_parties(long) == "Agreement on Road Transport"
    short = "MoU on Consultations between the Foreign Ministries of Norland and Vesmark"
    assert cut_parties(short) == short


def test_listed_titles_after_double_dash_are_signed():
    text = (
        "Norland and Vesmark issued a Joint Communique in Pellam. The following agreements were "
        "signed during the visit:\n"
        "-- Agreement on Road Transport Between the Government of Norland and the Government of "
        "Vesmark.\n"
        "-- Exchange of Letters on the Project of a Riverside Library."
    )
    assert found(text) == [
        ("Joint Communique", "agreed"),
        ("Agreement on Road Transport", "signed"),
        ("Exchange of Letters on the Project of a Riverside Library", "signed"),
    ]


def test_statement_of_partnership_signed_when_they_came_together_to_sign():
    text = (
        "Today in Pellam, Norland's Foreign Minister Arvo Kettunen and Vesmark's Prime Minister "
        "Lida Osterberg came together to sign a renewed Statement of Partnership."
    )
    assert found(text, "2024-02-09") == [("Statement of Partnership", "signed")]


def test_agreement_establishing_a_commission_and_relating_to():
    text = (
        "Norland and Vesmark held talks. In this regard, the Agreement establishing the "
        "Bi-National Commission (BNC) between the two countries was signed during the visit. "
        "The two Governments also signed the agreement Relating to Inland Waterways."
    )
    assert found(text) == [
        ("Agreement establishing the Bi-National Commission", "signed"),
        ("Agreement Relating to Inland Waterways", "signed"),
    ]


def test_dashed_name_and_quoted_topic():
    text = (
        "Norland and Vesmark held talks. The two ministers approved the 2025-2027 Norland–Vesmark "
        "action plan. The first agreement was signed between the Ministry of Culture of Norland "
        "and the Arts Council of Vesmark on ‘Mutual Loans of Museum Collections’."
    )
    assert found(text) == [
        ("2025-2027 Norland–Vesmark action plan", "agreed"),
        (
            "Agreement between the Ministry of Culture of Norland and the Arts Council of "
            "Vesmark on Mutual Loans of Museum Collections",
            "signed",
        ),
    ]


def test_between_parties_then_a_lowercase_topic():
    text = (
        "Norland and Vesmark held talks. Another MoU was signed between the Coastal Institute of "
        "Norland and the Marine Council of Vesmark for joint surveys of the shelf."
    )
    assert found(text) == [
        (
            "MoU between the Coastal Institute of Norland and the Marine Council of Vesmark for "
            "joint surveys of the shelf",
            "signed",
        )
    ]


def test_agreements_to_be_signed_are_proposed_one_per_semicolon():
    text = (
        "Norland is committed to signing the outstanding agreements with Vesmark. The agreements "
        "to be signed include the Basic Agreement between Governments on Border Posts; a Treaty "
        "of Friendship on River Boundaries; and a Memorandum of Understanding on Joint Patrols."
    )
    assert found(text) == [
        ("Basic Agreement on Border Posts", "proposed"),
        ("Treaty of Friendship on River Boundaries", "proposed"),
        ("Memorandum of Understanding on Joint Patrols", "proposed"),
    ]


def test_counted_agreements_in_areas_including_a_list():
    text = (
        "Norland and Vesmark have signed four (4) cooperation agreements in key areas including "
        "fisheries, forestry, pilot training, and customs issues."
    )
    assert [n for n, _ in found(text)] == [
        "Agreement on fisheries",
        "Agreement on forestry",
        "Agreement on pilot training",
        "Agreement on customs issues",
    ]


def test_a_commission_that_meets_is_not_an_agreement_and_review_is_proposed():
    text = (
        "The agreements were signed during the First Meeting of the Joint Ministerial Commission "
        "between Norland and Vesmark. The agreement on policing deployment signifies trust. The "
        "treaty on ferry rights is currently under review."
    )
    got = found(text)
    assert ("Agreement on policing deployment", "in_force") in got
    assert ("Treaty on ferry rights", "proposed") in got
    assert not [n for n, _ in got if "Commission" in n]


def test_programme_of_exchanges_quoted_title_before_a_weekday_and_progress_towards():
    assert found("The ministers signed a programme of cultural exchanges for 2025-2027.") == [
        ("Programme of cultural exchanges", "signed")
    ]
    text = "Norland and Vesmark signed the “Pellam Declaration on Ocean Protection” on Friday."
    assert found(text) == [("Pellam Declaration on Ocean Protection", "signed")]
    text = "The ministers welcomed progress towards a revised visa agreement."
    assert found(text) == [("Revised visa agreement", "proposed")]
