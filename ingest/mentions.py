"""Mentions in one sentence: people (honorifics and titles split off), role mentions,
countries and demonyms, organizations and places. Token rules over `text.tokenize` tokens and
the lexicons; everything has character offsets into the article text."""

from __future__ import annotations

import re

from ingest import lexmatch
from ingest.appositions import appositions, fronted_subject
from ingest.lexicon import Lexicon, lexicon
from ingest.lexicon import word_list as _words
from ingest.name_forms import capital_surname, glottal_mark, reign_office_after
from ingest.name_positions import (
    MONTH_NAMES,
    credit_position,
    ends_name,
    lone_surname_after,
    month_in_name,
    person_position,
)
from ingest.schema import CountryMention, OrgMention, PersonMention, PlaceMention
from ingest.text import Sentence, Token

CONNECTORS = _words("connectors")
FUNCTION_CAPS = _words("function_caps")
SPEECH = _words("speech")
MONTHS_DAYS = _words("months_days")
VENUE_HEADS = _words("venue_heads")


ROMAN = {"II", "III", "IV", "V", "VI", "VII", "VIII", "Jr", "Jr.", "Sr", "Sr."}
PLACE_PREPS = {"at", "in", "to", "from", "near", "inside", "outside", "across"}
_OPEN_PARTICLES = {"Al", "El", "Bin", "Ibn", "Bint", "Abd", "Abu", "Ul", "Ud", "Ben"}
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")  # "J." in "Antonia J. Roe"
_DETERMINERS = ("the", "The", "his", "her", "their", "His", "Her", "Their")
_STARTERS = ("HONORIFIC", "ROYAL", "TITLE", "COUNTRY")  # exact-case lexicon matches


# offices that never stand inside a personal name
_OFFICE_WORDS = {
    "President",
    "Minister",
    "Ambassador",
    "Chancellor",
    "Premier",
    "Secretary",
    "Senator",
    "Governor",
    "Speaker",
}


def _patronymic_at(toks: list[Token], k: int) -> bool:
    """ "bin", "ibn", "bint" at k: the word before is a given name ("Sheikh Sultan bin X")."""
    return k < len(toks) and toks[k].text.lower() in ("bin", "ibn", "bint")


# "a courtesy call from Roe", "spoke to Roe": a person follows, not a place
_PERSON_FROM = {"call", "calls", "visit", "visits", "phone-call"}
_PERSON_TO = {"spoke", "speaking", "talked", "talking", "credentials", "credence"}


def _after_encounter_noun(word: str, prep: str) -> bool:
    w = word.lower()
    return (prep == "from" and w in _PERSON_FROM) or (prep == "to" and w in _PERSON_TO)


def _bare_initial(toks: list[Token], j: int, i: int) -> bool:
    """A lone capital letter between a given name and a surname ("Ana K Roe", "Ana A Roe")."""
    t = toks[j]
    if j == i or len(t.text) != 1 or not t.text.isupper() or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1].text
    return len(nxt) > 1 and nxt[0].isupper() and nxt[1:].islower() and toks[j - 1].text[0].isupper()


def _is_cap(t: Token) -> bool:
    c = t.text[0]
    return c.isupper() and c.isalpha()  # most words are lower case: the cheaper test first


_NO_MATCH: dict[int, int] = {}
_NAME_PARTICLE = re.compile(r"^(?:al|el|ul|ud|bin|ibn|de|da)[-‑][A-Z]")
_WORD_HEADS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _word_heads(lex: Lexicon) -> frozenset[str]:
    """The one-word job-title heads of a lexicon (computed once per lexicon)."""
    cached = _WORD_HEADS.get(id(lex))
    if cached is None or cached[0] is not lex:
        cached = _WORD_HEADS[id(lex)] = (lex, frozenset(h for h in lex.title_heads if " " not in h))
    return cached[1]


class SentenceMentions:
    """Finds the mentions of one sentence."""

    def __init__(self, sentence: Sentence, lex: Lexicon | None = None):
        self.s = sentence
        self.lex = lex or lexicon()
        self.toks = sentence.tokens()
        self.matches, self.matches_ci = lexmatch.find(self.toks)
        # token positions where an honorific, royal title, job title or country starts
        self._starts = {i for label in _STARTERS for i in self.matches.get(label, ())}
        self.people: list[PersonMention] = []
        self.countries: list[CountryMention] = []
        self.orgs: list[OrgMention] = []
        self.places: list[PlaceMention] = []
        words = [t for t in self.toks if t.text[0].isalpha()]
        caps = sum(1 for t in words if t.text[0].isupper())
        # a headline in title case: capitalised words there are not names
        self.headline = (
            len(words) >= 3 and caps / len(words) >= 0.7 and not sentence.text.endswith(".")
        )

    # -- lexicon tests -------------------------------------------------------
    def match(self, label: str, i: int, ci: bool = False) -> int:
        """Length of the longest lexicon phrase of `label` starting at token i (0 if none)."""
        n = self.matches.get(label, _NO_MATCH).get(i, 0)
        return max(n, self.matches_ci.get(label, _NO_MATCH).get(i, 0)) if ci else n

    def _country_at(self, i: int) -> tuple[str | None, int]:
        """Country or demonym at token i: (code, token count)."""
        n = self.match("COUNTRY", i)
        if not n:
            return None, 0
        return self.lex.country_of(lexmatch.phrase_text(self.toks, i, n)), n

    def _surname_head(self, j: int, i: int) -> bool:
        """ "Minister William Duma, ...": a one-word body's name closing a given name is a
        surname (the body itself would not follow a given name)."""
        from ingest.name_words import is_given_name

        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        return (
            j == i + 1
            and self.lex.org_heads.get(self.toks[j].text) == "parliament"
            and is_given_name(self.toks[i].text)
            and (nxt is None or not _is_cap(nxt))
        )

    def _is_lexical(self, t: Token) -> bool:
        w = t.text
        return (
            w in self.lex.title_modifiers
            or w in self.lex.org_heads
            or w in MONTHS_DAYS
            or self.lex.country_of(w) is not None
            or w in VENUE_HEADS
            or w == "City"  # "New York City", "Kuwait City": a place
            or w in self.lex.acronyms
            or w in self.lex.non_person_heads
            or w in _word_heads(self.lex)
        )

    # -- titles ---------------------------------------------------------------
    def parse_title(self, i: int, ci: bool = False) -> tuple[str, str | None, str | None, int]:
        """A job title starting at token i: (title, country, org, end index) or ("", .., i)."""
        toks, lex = self.toks, self.lex
        j, last_head = i, -1
        while j < len(toks):
            n = self.match("TITLE", j, ci)
            if n and last_head >= 0 and (self.match("ROYAL", j) or self.match("HONORIFIC", j)):
                break  # "Foreign Minister Prince X": the prince is the person's rank
            if n:
                j += n
                last_head = j
                continue
            w = toks[j].text
            if w in lex.title_modifiers or (ci and w.capitalize() in lex.title_modifiers):
                j += 1
                continue
            if w == "and" and last_head == j and self.match("TITLE", j + 1, ci):
                j += 1  # "Crown Prince and Prime Minister"
                continue
            break
        if last_head < 0:
            return "", None, None, i
        j = last_head
        title_end, country, org = j, None, None
        # complements: "of the General Staff", "for Home Affairs of Ruritania"
        while j < len(toks) and toks[j].text in ("of", "for"):
            k = j + 1
            if k < len(toks) and toks[k].text in ("the", "The"):
                k += 1
            code, n = self._country_at(k)
            if code and (k + n >= len(toks) or toks[k + n].text != "'s"):
                country, j, title_end = code, k + n, k + n
                continue
            end, m = -1, k
            while m < len(toks) and (
                _is_cap(toks[m])
                or toks[m].text == "and"
                or (toks[m].text == "," and end >= 0 and self._complement_goes_on(m + 1))
                or (
                    ci
                    and toks[m].text.islower()
                    and toks[m].text not in ("and", "of", "the", "who", "in", "at", "on")
                )
            ):
                if self.match("HONORIFIC", m) or self.match("ROYAL", m):
                    break
                w = toks[m].text
                if end >= 0 and self._name_after_complement(m):
                    break  # "Minister of Trade Ana Roe and ...": the name ends the complement
                if (
                    w in lex.complement_heads
                    or w.capitalize() in lex.complement_heads
                    or w in lex.org_heads
                ):
                    end = m + 1
                m += 1
            if end < 0:
                break
            org_words = " ".join(t.text for t in toks[k:end])
            if end - k >= 2 and any(toks[x].text in lex.org_heads for x in range(k, end)):
                org = org_words
            j = title_end = end
        text = self.s.text[toks[i].start - self.s.start : toks[title_end - 1].end - self.s.start]
        if j < len(toks) and toks[j].text == "to" and self._country_at(j + 1)[0]:
            title_end = j + 1 + self._country_at(j + 1)[1]  # "Ambassador of X to Y"
        # "(COAS)" after a title
        if (
            title_end + 2 < len(toks)
            and toks[title_end].text == "("
            and toks[title_end + 2].text == ")"
        ):
            title_end += 3
        return text, country, org, title_end

    def _complement_goes_on(self, m: int) -> bool:
        """After a comma: "(Minister of Police,) Prisons and Fire Service": capitalised words
        and an "and" up to a complement head go on listing the portfolio."""
        lex, toks = self.lex, self.toks
        seen_and = False
        while m < len(toks) and (_is_cap(toks[m]) or toks[m].text == "and"):
            w = toks[m].text
            if w == "and":
                seen_and = True
            elif self._name_after_complement(m):
                return False
            elif w in lex.complement_heads or w in lex.org_heads:
                return seen_and
            m += 1
        return False

    def _name_after_complement(self, m: int) -> bool:
        """Tokens m, m+1 are two capitalised words that end no complement ("Ana Roe")."""
        lex, toks = self.lex, self.toks

        def head(w: str) -> bool:
            return (
                w in lex.complement_heads
                or w.capitalize() in lex.complement_heads
                or (w in lex.org_heads)
            )

        return (
            m + 1 < len(toks)
            and _is_cap(toks[m])
            and _is_cap(toks[m + 1])
            and not head(toks[m].text)
            and not head(toks[m + 1].text)
            and not self._is_lexical(toks[m])
        )

    def _honorifics(self, i: int) -> tuple[list[str], int]:
        found: list[str] = []
        while i < len(self.toks):
            # a royal title only leads: in "Dr. Sultan X" the sultan is a given name
            n = self.match("HONORIFIC", i) or (0 if found else self.match("ROYAL", i))
            if not n or _patronymic_at(self.toks, i + n):
                break  # "Prince Sultan bin Salman": the sultan is a given name
            found.append(" ".join(t.text for t in self.toks[i : i + n]))
            i += n
        return found, i

    def _name(self, i: int, titled: bool = False) -> int:
        """End index of a personal name starting at token i (i if none). After a title a
        short word that usually opens a sentence may be a family name ("Vice Premier He X")."""
        j = i
        while j < len(self.toks):
            t = self.toks[j]
            if (
                titled
                and j == i
                and t.text in FUNCTION_CAPS
                and len(t.text) <= 3
                and j + 1 < len(self.toks)
                and _is_cap(self.toks[j + 1])
                and not self._is_lexical(self.toks[j + 1])
                and not self._is_lexical(t)
            ):
                j += 1
                continue
            if j == i and self.match("TITLE", j) and not _patronymic_at(self.toks, j + 1):
                break  # a name never starts with an office ("Minister of State, Member of ...")
            if (
                titled
                and j > i
                and t.text in _OFFICE_WORDS
                and j + 1 < len(self.toks)
                and _is_cap(self.toks[j + 1])
            ):
                break  # "President X President Y" (a comma lost): the office opens a new name
            if j > i and self._office_of(j):
                break  # "Ana Roe Ambassador of Ruritania": the name ends where the office starts
            if t.text.endswith(("-based", "-led", "-backed", "-owned", "-run")):
                break  # "India-based": an adjective, not a name
            if ends_name(self.toks, j, i, self.headline):
                break  # "X Meets Y" in a headline, "X AGENCY-Credit"
            if j > i and t.text in ROMAN:
                j += 1  # "Abdullah II"
                continue
            if _bare_initial(self.toks, j, i) and not self.headline:
                j += 1  # "Maria A Reyes": a middle initial without its full stop
                continue
            if j > i and _NAME_PARTICLE.match(t.text):
                j += 1  # "el-Sisi"
                continue
            if glottal_mark(self.toks, j, i):
                j += 1  # "Ana 'Ulufonua": the mark opens the next name word
                continue
            if (
                _is_cap(t)
                and (t.text not in MONTHS_DAYS or month_in_name(self.toks, j, i, titled))
                and not self.lex.country_of(t.text)
                and (t.text not in self.lex.org_heads or self._surname_head(j, i))
                and t.text not in FUNCTION_CAPS - {"Al"}
            ):
                if capital_surname(self.toks, j, i, self.lex.acronyms):
                    j += 1  # "Ana Maria ROE": a family name in capitals
                    continue
                if len(t.text) > 1 and t.text.isupper() and j > i and not _INITIAL.match(t.text):
                    break  # an acronym after a name: "... (BNA)"; a middle initial "J." is not
                if reign_office_after(self.toks, j, i):
                    break  # "Ana Empress of Ruritania"
                j += 1
                continue
            k = j
            while k < len(self.toks) and self.toks[k].text.lower() in CONNECTORS:
                k += 1  # "de la Fuente": particles in a row
            if k > j and j > i and k < len(self.toks) and _is_cap(self.toks[k]):
                j = k
                continue
            break
        while j > i and self.toks[j - 1].text.lower() in CONNECTORS:
            last = self.toks[j - 1].text
            if not last.islower() and last not in _OPEN_PARTICLES:
                break  # a capitalised "Das", "Van", "Di" may end a name; "Al", "bin" never do
            j -= 1
        return j

    def _office_of(self, j: int) -> bool:
        """An office written after a name without a comma: "High Commissioner of Q"."""
        m = 0
        while j + m < len(self.toks) - 1 and self.toks[j + m].text in self.lex.title_modifiers:
            m += 1  # "High Commissioner", "Deputy Minister"
        n = self.match("TITLE", j + m)
        n = n + m if n else 0
        nxt = self.toks[j + n].text if n and j + n < len(self.toks) else ""
        return bool(n) and nxt in ("of", "to")

    # -- people ---------------------------------------------------------------
    def _inert(self, i: int) -> bool:
        """Nothing can start at token i: a word that is not capitalised, not a determiner
        ("the", "his") nor "counterpart", not a title modifier, and where no honorific,
        royal title, job title or country starts. Every branch of `find_people` then ends
        in `i += 1` (most tokens of a sentence), so it is skipped at once. A new branch
        there that can start at such a word must be reflected here."""
        t = self.toks[i]
        return (
            not _is_cap(t)
            and t.text not in _DETERMINERS
            and t.text.lower() not in ("counterpart", "counterparts")
            and t.text not in self.lex.title_modifiers
            and i not in self._starts
        )

    def find_people(self) -> None:
        toks = self.toks
        i = 0
        while i < len(toks):
            if self._inert(i):
                i += 1
                continue
            start = i
            country = None
            given = False  # a title word that is the man's given name ("Sultan bin X")
            j = i
            if toks[j].text in _DETERMINERS:
                j += 1
                if j < len(toks) - 1 and toks[j].text == "visiting":
                    j += 1  # "the visiting minister": the role is "minister"
            code, n = self._country_at(j)
            if code:
                country = code
                j += n
                if j < len(toks) and toks[j].text == "'s":
                    j += 1
            if j < len(toks) and toks[j].text.lower() in ("counterpart", "counterparts"):
                title, tcountry, org, k = "", None, None, j + 1
                role = "counterpart"
            else:
                title, tcountry, org, k = self.parse_title(j, ci=start != j)
                if title and k == j + 1 and _patronymic_at(toks, k):
                    title, k, given = "", j, True  # "Sultan bin X": the sultan is a given name
                role = title.lower() if title else None  # type: ignore[assignment]
            country = tcountry or country
            after_title = k
            if (
                k < len(toks)
                and toks[k].text == ","
                and (title or role)
                and not (title[:1].islower() and not self.s.text.endswith((".", '"', "”")))
                and not fronted_subject(self, k + 1)
            ):
                k += 1  # "the president, X" (but a headline's "the leader, X meet": a list)
            hons, k2 = self._honorifics(k)
            end = self._name(k2, titled=bool(title or hons or given))
            if (
                end > k2
                and (title or hons or given or role == "counterpart")
                and not (end == k2 + 1 and toks[k2].text.isupper() and len(toks[k2].text) > 1)
            ):
                self._add_person(start, k2, end, hons, [title] if title else [], country, org, 0.9)
                if role == "counterpart":
                    self.people[-1].role = "counterpart"  # "his Ruritanian counterpart X"
                i = end
                continue
            if country and not (title or role or hons) and start != j and toks[j - 1].text == "'s":
                end = self._name(j)  # "Ruritania's Okafor": headline shorthand with a country
                nxt_head = end < len(toks) and (
                    toks[end].text in self.lex.org_heads
                    or toks[end].text in self.lex.non_person_heads
                )
                if (
                    end > j
                    and end - j <= 3
                    and not nxt_head
                    and not any(self._is_lexical(t) for t in toks[j:end])
                ):
                    self._add_person(j, j, end, [], [], country, None, 0.8)
                    i = end
                    continue
            bare_role = (  # "Prime Minister held talks": an office named alone, then a verb
                title
                and start == j
                and not hons
                and k < len(toks)
                and toks[k].text.islower()
                and toks[k].text not in ("of", "for", "and", "to", "in", "at", "on")
            )
            if (title or role) and (start != j or bare_role) and not hons:
                # a role mention: "the president", "Ruritania's Home Minister", "his counterpart"
                self.people.append(
                    PersonMention(
                        kind="role",
                        start=toks[start].start,
                        end=toks[after_title - 1].end,
                        sent=self.s.index,
                        role=role,
                        country=country,
                        titles=[title] if title else [],
                        confidence=0.7,
                    )
                )
                i = after_title
                continue
            # bare names
            end = self._name(i)
            of_title = i > 1 and toks[i - 1].text == "of" and self.match("TITLE", i - 2) > 0
            if (
                end > i
                and i > 0
                and (toks[i - 1].text in PLACE_PREPS or toks[i - 1].text == "the" or of_title)
                and not (i > 1 and _after_encounter_noun(toks[i - 2].text, toks[i - 1].text))
            ):
                # "at Capitalised Words" is a place, not a person; a title inside it starts one
                inner = [
                    x
                    for x in range(i + 1, end)
                    if self.match("HONORIFIC", x)
                    or self.match("ROYAL", x)
                    or self.match("TITLE", x)
                ]
                if not inner and lone_surname_after(toks, i, end, self._is_lexical):
                    # "a courtesy visit to Roe": a person only if Roe names one seen before
                    self._add_person(i, i, end, [], [], None, None, 0.5)
                    self.people[-1].tentative = True
                i = inner[0] if inner else end
                continue
            if end > i and credit_position(toks, i, end):
                i = end  # "Photo: Ana Roe/Agency": a credit, not a person of the story
                continue
            if end > i and toks[i].text not in FUNCTION_CAPS and not self.headline:
                words = toks[i:end]
                nxt = toks[end].text if end < len(toks) else ""
                lexical = (
                    any(
                        self._is_lexical(t)
                        for n, t in enumerate(words)
                        if not (n and t.text in MONTH_NAMES)  # "Theresa May"
                    )
                    or nxt in self.lex.org_heads
                    or nxt in self.lex.non_person_heads
                    or any(
                        len(t.text) > 1 and t.text.isupper() and not _INITIAL.match(t.text)
                        for t in words
                        if not capital_surname(toks, toks.index(t), i, self.lex.acronyms)
                    )
                    or any(self._country_at(x)[0] for x in range(i, end))
                    or self.match("CITY", i) == end - i  # the run is a city ("Abu Dhabi")
                )
                pair = (
                    len(words) == 1
                    and nxt == "and"
                    and end + 2 < len(toks)
                    and _is_cap(toks[end + 1])
                    and toks[end + 2].text in SPEECH
                    and not self._is_lexical(toks[end + 1])
                )  # "X and Y met"
                if pair:
                    self._add_person(i, i, end, [], [], None, None, 0.6)
                    self._add_person(end + 1, end + 1, end + 2, [], [], None, None, 0.6)
                    i = end + 2
                    continue
                if not lexical and (
                    2 <= len(words) <= 5
                    and all(
                        not t.text.isupper()
                        or len(t.text) == 1
                        or _INITIAL.match(t.text)
                        or capital_surname(toks, toks.index(t), i, self.lex.acronyms)
                        for t in words
                    )
                    or (len(words) == 1 and (nxt in SPEECH or person_position(toks, i, end)))
                ):
                    self._add_person(i, i, end, [], [], None, None, 0.6)
                    i = end
                    continue
                if not lexical and len(words) == 1:
                    self._add_person(i, i, end, [], [], None, None, 0.5)
                    self.people[-1].tentative = True
                    i = end
                    continue
                i += 1  # a title or a country may start inside this capitalised run
                continue
            i += 1
        appositions(self)

    def _add_person(
        self,
        start: int,
        name_start: int,
        end: int,
        hons: list[str],
        titles: list[str],
        country: str | None,
        org: str | None,
        conf: float,
    ) -> None:
        toks = self.toks
        more, peeled = self._honorifics(name_start)
        if more and peeled < end:  # "(His) Highness Sheikh X": the finder started mid-honorific
            hons, name_start = hons + more, peeled
        name = self.s.text[toks[name_start].start - self.s.start : toks[end - 1].end - self.s.start]
        if start > 0 and toks[start - 1].text.lower() in ("former", "ex"):
            titles = [f"former {t}" for t in titles if t]  # "former President A": not in office
        self.people.append(
            PersonMention(
                start=toks[start].start,
                end=toks[end - 1].end,
                sent=self.s.index,
                name=name,
                honorifics=hons,
                titles=[t for t in titles if t],
                country=country,
                org=org,
                confidence=conf,
            )
        )


def sentence_mentions(sentence: Sentence) -> SentenceMentions:
    from ingest.kin_names import kin_and_contacts
    from ingest.mention_filters import drop_non_names
    from ingest.places import find_others

    sm = SentenceMentions(sentence)
    sm.find_people()
    sm.people = drop_non_names(sentence, sm.people)  # handles, agencies, "Port Vila"
    sm.people = kin_and_contacts(sentence, sm.people)  # "his wife, Ana", "Enquiries: Ana Roe"
    find_others(sm)
    return sm
