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
    while i < len(toks):
        code, n = self._country_at(i)
        if code:
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
            j, end = i, -1
            while j < len(toks) and (
                _is_cap(toks[j])
                or toks[j].text in ("of", "for", "and", "the", "-", "–", "'s")
                or toks[j].text[0].isdigit()
            ):
                if toks[j].text in lex.org_heads:
                    end = j + 1
                j += 1
            if end > i and not any(s <= toks[i].start < e for s, e in taken):
                name = self.s.text[toks[i].start - self.s.start : toks[end - 1].end - self.s.start]
                head = toks[end - 1].text
                kind = lex.org_heads[head]
                if toks[i].text in ("Ministry",) or name.startswith("Ministry"):
                    kind = "ministry"
                self.orgs.append(
                    OrgMention(
                        start=toks[i].start,
                        end=toks[end - 1].end,
                        sent=self.s.index,
                        name=name,
                        kind=kind,
                        country=code,  # type: ignore[arg-type]
                    )
                )
                i = end
                continue
        # places: a known city, or "at (the) Capitalised ... Venue"
        for n in (3, 2, 1):
            city = " ".join(t.text for t in toks[i : i + n])
            # inside a longer capitalised name ("New York", "Manama Fort") it is no city
            inside = (i > 0 and _is_cap(toks[i - 1]) and toks[i - 1].text not in FUNCTION_CAPS) or (
                i + n < len(toks) and _is_cap(toks[i + n])
            )
            if (
                i + n <= len(toks)
                and city in lex.cities
                and not inside
                and not any(s <= toks[i].start < e for s, e in taken)
            ):
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
                break
        if toks[i].text == "at" and i + 1 < len(toks):
            k = i + 1 + (1 if toks[i + 1].text == "the" else 0)
            m = k
            while m < len(toks) and (_is_cap(toks[m]) or (toks[m].text == "-" and m > k)):
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
