"""Countries, organizations and places in one sentence (the people are in mentions.py)."""

from __future__ import annotations

from ingest.mentions import FUNCTION_CAPS, MONTHS_DAYS, SentenceMentions, _is_cap
from ingest.schema import CountryMention, OrgMention, PlaceMention


def find_others(self: SentenceMentions) -> None:
    """Countries (and demonyms), organizations (capitalised run ending in a head word) and
    places (known cities, venues after "at") of one sentence."""
    toks, lex = self.toks, self.lex
    taken = [(p.start, p.end) for p in self.people if p.kind == "name"]
    i = 0
    country_end = 0  # "Equatorial Guinea", "Papua New Guinea": no second country inside
    while i < len(toks):
        code, n = self._country_at(i) if i >= country_end else (None, 0)
        if code:
            country_end = i + n
            self.countries.append(
                CountryMention(
                    start=toks[i].start,
                    end=toks[i + n - 1].end,
                    sent=self.s.index,
                    code=code,
                    text=" ".join(t.text for t in toks[i : i + n]),
                )
            )
        # organizations: capitalised run ending in an organization head word
        if _is_cap(toks[i]) and toks[i].text not in FUNCTION_CAPS:
            org = _organization(self, i)
            if org is not None and not any(s <= org.start < e for s, e in taken):
                self.orgs.append(org)
                i = next(k for k in range(i, len(toks)) if toks[k].end >= org.end) + 1
                continue
        # places: a known city, or "at (the) Capitalised ... Venue"
        n = self.match("CITY", i)
        if n:
            city = " ".join(t.text for t in toks[i : i + n])
            # inside a longer capitalised name ("New York", "Lagos Island Fort") it is no city
            inside = (i > 0 and _is_cap(toks[i - 1]) and toks[i - 1].text not in FUNCTION_CAPS) or (
                i + n < len(toks) and _is_cap(toks[i + n])
            )
            if not inside and not any(s <= toks[i].start < e for s, e in taken):
                self.places.append(
                    PlaceMention(
                        start=toks[i].start,
                        end=toks[i + n - 1].end,
                        sent=self.s.index,
                        name=city,
                        kind="city",
                        country=lex.cities[city],
                    )
                )
        if toks[i].text == "at" and i + 1 < len(toks):
            k = i + 1 + (1 if toks[i + 1].text == "the" else 0)
            m = k
            while m < len(toks) and (
                _is_cap(toks[m])
                or (toks[m].text == "-" and m > k)
                or (  # "Palacio de Viana", "Palais de l'Elysee"
                    toks[m].text in ("de", "del", "da", "di", "la", "le", "of", "al", "el")
                    and m > k
                    and m + 1 < len(toks)
                    and _is_cap(toks[m + 1])
                )
            ):
                m += 1
            run = " ".join(t.text for t in toks[k:m])
            if (
                m > k
                and not self.lex.country_of(run)
                and run not in self.lex.cities
                and toks[m - 1].text not in self.lex.org_heads
                and toks[k].text not in MONTHS_DAYS
            ):
                name = self.s.text[toks[k].start - self.s.start : toks[m - 1].end - self.s.start]
                self.places.append(
                    PlaceMention(
                        start=toks[k].start,
                        end=toks[m - 1].end,
                        sent=self.s.index,
                        name=name,
                        kind="venue",
                    )
                )
        i += 1


def _organization(self: SentenceMentions, i: int) -> OrgMention | None:
    """ "Ministry of Interior", "Ruritania's Border Force", "Radio Ruritania"."""
    toks, lex = self.toks, self.lex
    country = None
    code, n = self._country_at(i)
    if code and i + n < len(toks) and toks[i + n].text == "'s":
        country, i = code, i + n + 1  # "Country's Ministry of ..." belongs to that country
    if i >= len(toks) or not _is_cap(toks[i]):
        return None
    if _title_head(self, i):
        return None  # "Chairman of the Committee": a person's title, not the body itself
    j, end = i, -1
    while j < len(toks) and (
        _is_cap(toks[j])
        or toks[j].text in ("of", "for", "the", "-", "–")
        or toks[j].text[0].isdigit()
    ):
        if toks[j].text in lex.org_heads:
            end = j + 1
        j += 1
    if end < 0:
        return None
    # a complement after the head: "Ministry of Foreign Affairs", a country: "Radio Ruritania"
    k = end
    if k < len(toks) and toks[k].text in ("of", "for"):
        m = k + 1 + (1 if k + 1 < len(toks) and toks[k + 1].text == "the" else 0)
        while m < len(toks) and _is_cap(toks[m]) and toks[m].text not in MONTHS_DAYS:
            m += 1
        if m > k + 1 and _is_cap(toks[m - 1]):
            end = m
    elif (
        k < len(toks)
        and self._country_at(k)[0]
        and self._country_at(k)[1]
        and (
            k + self._country_at(k)[1] >= len(toks) or toks[k + self._country_at(k)[1]].text != "'s"
        )
    ):
        end = k + self._country_at(k)[1]
    while end > i and toks[end - 1].text in ("of", "for", "the", "-", "–"):
        end -= 1
    name = self.s.text[toks[i].start - self.s.start : toks[end - 1].end - self.s.start]
    heads = [t.text for t in toks[i:end] if t.text in lex.org_heads]
    kind = "ministry" if name.startswith("Ministry") else lex.org_heads[heads[-1]]
    if country is None:
        for x in range(i, end):
            country = country or self._country_at(x)[0]
    return OrgMention(
        start=toks[i].start,
        end=toks[end - 1].end,
        sent=self.s.index,
        name=name,
        kind=kind,  # type: ignore[arg-type]
        country=country,  # type: ignore[arg-type]
    )


def _title_head(self: SentenceMentions, i: int) -> bool:
    n = self.match("TITLE", i)
    return bool(n) and i + n < len(self.toks) and self.toks[i + n].text in ("of", "for")
