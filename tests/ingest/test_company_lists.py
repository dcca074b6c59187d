"""Names in a list of companies are no people (ingest/company_lists.py)."""

from __future__ import annotations

from ingest.company_lists import in_company_list
from ingest.pipeline import extract_article
from tests.ingest.helpers import article, event_people

TEXT = (
    "On Monday, Prime Minister Ilse Marquand held separate meetings with the heads of firms "
    "including Norvex Systems, General Foundry and Altan Materials in Korvel."
)


def test_items_of_a_company_list() -> None:
    assert in_company_list(TEXT, TEXT.index("Norvex"))
    assert in_company_list(TEXT, TEXT.index("General Foundry"))
    assert in_company_list(TEXT, TEXT.index("Altan"))
    assert not in_company_list(TEXT, TEXT.index("Ilse"))


def test_no_meetings_with_companies() -> None:
    x = extract_article(article(TEXT, "2024-02-06"))
    assert all(len(people) < 2 for people in event_people(x))
    assert all(n not in {e.name for e in x.entities} for n in ("Norvex Systems", "Foundry"))


def test_a_signed_copy_is_no_signing() -> None:
    x = extract_article(
        article(
            "President Oskar Belnick gave Prime Minister Ilse Marquand a signed copy of his "
            "memoirs.",
            "2024-02-06",
        )
    )
    assert all(len(people) < 2 for people in event_people(x))
