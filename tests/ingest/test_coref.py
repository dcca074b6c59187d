"""In-document coreference (ingest/coref.py): invented names."""

from __future__ import annotations

from tests.ingest.helpers import run


def test_a_surname_two_people_share_is_alias_of_neither() -> None:
    x = run(
        "President Oskar Belnick and First Lady Mara Belnick hosted Prime Minister Ilse "
        "Marquand for dinner on Monday.\n\n"
        "Belnick also gave the guest a book.",
        "2021-03-09",
    )
    for e in x.entities:
        if e.name.endswith("Belnick"):
            assert "Belnick" not in e.aliases
