"""Personal names compared across spellings: honorifics stripped, Arabic nasab chains
(bin / ibn / bint) parsed, "Al-"/"Al"/"El" particles normalised, transliteration variants
(a small table plus rapidfuzz) treated as equal. Used by in-document coreference and by
cross-document resolution alike."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel
from rapidfuzz import fuzz

from graph.model import fold
from ingest.lexicon import lexicon

# Transliteration variants -> one key. Spelling families only; never different names.
VARIANTS = {
    "mohamed": "muhammad",
    "mohammed": "muhammad",
    "mohammad": "muhammad",
    "muhammed": "muhammad",
    "mohamad": "muhammad",
    "muhamad": "muhammad",
    "mohd": "muhammad",
    "md": "muhammad",
    "abdulla": "abdullah",
    "abdallah": "abdullah",
    "hussain": "hussein",
    "husain": "hussein",
    "hossein": "hussein",
    "husayn": "hussein",
    "yousef": "yusuf",
    "youssef": "yusuf",
    "yousuf": "yusuf",
    "yusof": "yusuf",
    "youssouf": "yusuf",
    "khaled": "khalid",
    "saied": "said",
    "mahmoud": "mahmud",
    "mehmood": "mahmud",
    "mahmood": "mahmud",
    "mustapha": "mustafa",
    "moustafa": "mustafa",
    "osman": "usman",
    "uthman": "usman",
    "othman": "usman",
    "omer": "omar",
    "umar": "omar",
    "abdelaziz": "abdulaziz",
    "abdul-aziz": "abdulaziz",
    "feisal": "faisal",
    "faysal": "faisal",
    "hamed": "hamid",
    "tamim": "tamim",
    "nasser": "nasir",
    "naser": "nasir",
    "nasir": "nasir",
    "zayed": "zayed",
    "zaid": "zayed",
    "sheikh": "shaikh",
    "salem": "salim",
    "saleem": "salim",
    "ibrahim": "ibrahim",
    "ebrahim": "ibrahim",
    "youcef": "yusuf",
    "abdelkader": "abdulqadir",
    "abdul qadir": "abdulqadir",
    "vladimir": "vladimir",
    "volodymyr": "volodymyr",
}
NASAB = {"bin", "ibn", "bint", "binti", "ben", "b."}
PARTICLES = {"al", "el"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
INNER_MARK = re.compile(r"(?<=\w)['‘’ʻʼ`](?=\w)")


class NameParts(BaseModel):
    tokens: list[str]  # folded, variant-mapped, particles dropped
    given: str | None
    chain: list[str]  # the names after bin / ibn / bint
    family: list[str]
    nasab: bool


@lru_cache(maxsize=1)
def _honorific_words() -> list[list[str]]:
    lex = lexicon()
    words = [fold(h).replace(".", "").split() for h in lex.honorifics + lex.royal]
    return sorted(words, key=len, reverse=True)


def strip_honorifics(name: str) -> str:
    words = name.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        low = [fold(w).replace(".", "") for w in words]
        for h in _honorific_words():
            if low[: len(h)] == h and len(words) > len(h):
                words = words[len(h) :]
                changed = True
                break
    return " ".join(words)


def _norm_token(t: str) -> str:
    if t in VARIANTS:
        return VARIANTS[t]
    # generic transliteration noise: doubled letters, "ee" / "ou" / "oo" vowel spellings
    t = re.sub(r"(.)\1", r"\1", t)
    t = t.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    if len(t) >= 5 and t.endswith(("ey", "ay")):
        t = t[:-1] + "i"  # Slavic endings spelt either way: "-ey" / "-ei", "-ay" / "-ai"
    return VARIANTS.get(t, t)


@lru_cache(maxsize=4096)
def parse_name(name: str) -> NameParts:
    text = fold(strip_honorifics(name)).replace("’", "'")
    # an apostrophe or okina inside a word is a glottal stop or an elision, often left out
    # ("Ana Fa'asoa" and "Ana Faasoa" are one spelling): never a word boundary
    text = INNER_MARK.sub("", text)
    text = re.sub(r"\([^)]*\)", " ", text)
    raw = [w for w in re.split(r"[\s]+", text) if w]
    tokens: list[str] = []
    for w in raw:
        w = w.strip(".,'")
        m = re.match(r"^(al|el)[-‑'](.+)$", w)
        if m:
            w = m.group(2)
        if not w or w in PARTICLES or (w in SUFFIXES and tokens):
            continue  # "Jr.", "III": a generation mark, not part of the surname
        tokens.append(w if w in NASAB else _norm_token(w))
    given = tokens[0] if tokens and tokens[0] not in NASAB else None
    chain: list[str] = []
    family: list[str] = []
    nasab = False
    i = 1
    while i < len(tokens):
        if tokens[i] in NASAB and i + 1 < len(tokens):
            nasab = True
            chain.append(tokens[i + 1])
            i += 2
            continue
        family.append(tokens[i])
        i += 1
    plain = [t for t in tokens if t not in NASAB]
    return NameParts(tokens=plain, given=given, chain=chain, family=family, nasab=nasab)


def tok_eq(a: str, b: str, initials: bool = True) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return initials and a[0] == b[0]  # an initial: "S" ~ "Subrahmanyam"
    return len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= 88


def _seq_eq(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(tok_eq(x, y) for x, y in zip(a, b, strict=True))


EURO_PARTICLES = {
    "da",
    "de",
    "do",
    "dos",
    "das",
    "del",
    "della",
    "van",
    "von",
    "der",
    "di",
    "la",
    "le",
}


def surnames(full: NameParts) -> list[str]:
    """Words a lone mention may use for this person: the last one, and one standing before a
    particle ("Lula" in "Luiz Inacio Lula da Silva")."""
    t = full.tokens
    out = [t[-1]] if t else []
    out += [t[i] for i in range(1, len(t) - 1) if t[i + 1] in EURO_PARTICLES]
    if len(t) >= 3 and not full.nasab and len(t[-2]) >= 3 and t[-2] not in EURO_PARTICLES:
        # a double surname: "Ana Pereda Ruiz" is "Pereda" on second mention (Spanish and
        # Portuguese usage), "Abebe Kebede Tola" the father's name
        out.append(t[-2])
    return out


def single_matches(token: str, full: NameParts, given_ok: bool = True) -> bool:
    """A one-word mention ("Okafor", "Amina") against a fuller name: surname or given name."""
    if len(token) < 2:
        return False  # an initial alone names nobody
    if len(full.tokens) < 2:
        return tok_eq(token, full.tokens[0]) if full.tokens else False
    if any(tok_eq(token, sn, initials=False) for sn in surnames(full)):
        return True
    return given_ok and full.given is not None and tok_eq(token, full.given, initials=False)


def compatible(a: str, b: str) -> bool:
    """Could two names denote the same person? Conflicting given names or nasab chains never
    are: "X bin Y Al Z" and "X bin W Al Z" are two people, so are "X bin Y" and "V bin Y"."""
    pa, pb = parse_name(a), parse_name(b)
    if not pa.tokens or not pb.tokens:
        return False
    if len(pa.tokens) == 1 or len(pb.tokens) == 1:
        one, full = (pa, pb) if len(pa.tokens) == 1 else (pb, pa)
        return single_matches(one.tokens[0], full)
    if pa.nasab or pb.nasab:
        if not (pa.given and pb.given and tok_eq(pa.given, pb.given)):
            return False
        n = min(len(pa.chain), len(pb.chain))
        if not _seq_eq(pa.chain[:n], pb.chain[:n]):
            return False
        # the family name, when both give one, must agree
        return not (pa.family and pb.family and not _seq_eq(pa.family[-1:], pb.family[-1:]))
    if len(pa.tokens) == 2 and pa.tokens == pb.tokens[::-1] and min(map(len, pa.tokens)) >= 3:
        return True  # family name first (East Asian order): "Tanaka Yumi" ~ "Yumi Tanaka"
    short, long_ = sorted((pa.tokens, pb.tokens), key=len)
    if _seq_eq(short, long_[-len(short) :]):
        return True  # an extra leading given name: "Muhammad X Y" ~ "X Y"
    if _seq_eq(short, long_[: len(short)]):
        return True  # a second family name dropped: "Pedro Sanchez" ~ "Pedro Sanchez Perez"
    return tok_eq(short[0], long_[0]) and tok_eq(short[-1], long_[-1])


def regnal(name: str) -> str | None:
    """The ordinal of a reigning name ("ii" in "Ana II", "Ana II bint Roe"), None for any
    other name ("Ana Roe III" is a family's generation mark, not a reign)."""
    words = fold(strip_honorifics(name)).replace(".", "").split()
    return words[1] if len(words) >= 2 and words[1] in SUFFIXES - {"jr", "sr"} else None


def name_key(name: str) -> str:
    """A canonical comparison key: folded, particles and honorifics dropped, variants mapped."""
    p = parse_name(name)
    return " ".join(p.tokens)


def fullness(name: str) -> tuple[int, int]:
    p = parse_name(name)
    return (len(p.tokens) + len(p.chain), len(name))


def given_name_only(alias: str, full: str) -> bool:
    """ "Mohammed" for "Mohammed bin Salman": a text may call someone by the given name
    ("Sheikh Mohammed"), but as a stored alias it would match every namesake in other
    documents. A surname alone ("Lavrov") stays a useful alias."""
    a, f = alias.split(), full.split()
    return len(a) == 1 and len(f) > 1 and fold(a[0]).strip(".") == fold(f[0]).strip(".")
