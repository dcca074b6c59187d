"""Names in a list of companies are not people: "met the heads of firms including Norvex
Systems, General Foundry and Altan Materials". Capitalised two-word company names look like
"Given Surname" (and "General X" like a rank and a surname); the list's head noun tells
what they are. Used by ingest/person_filter.py on every mention of a would-be person."""

from __future__ import annotations

import re

# the head noun of a list of companies and the word that opens its items
_HEAD = (
    r"\b(?:companies|firms|corporations|businesses|brands|banks|conglomerates|enterprises"
    r"|manufacturers|makers|groups|multinationals|giants)\b[^.;:]{0,40}?"
    r"\b(?:includ\w*|such\s+as|like|namely|among\s+them)\s+"
)
# the items before this one: capitalised words separated by commas and "and"
_ITEMS = r"(?:[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*(?:\s*,\s*|\s+and\s+|,\s+and\s+))*$"
IN_COMPANY_LIST = re.compile(_HEAD + _ITEMS)
LOOK_BACK = 200


def in_company_list(text: str, start: int) -> bool:
    """The name starting at `start` is an item of a list of companies."""
    return bool(IN_COMPANY_LIST.search(text[max(0, start - LOOK_BACK) : start]))
