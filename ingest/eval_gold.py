"""Gold files for `diplograph evaluate`, in either of two formats, read into one shape.

- the *corpus* format (samples/gold.yaml): `people` (id, name, aliases, optional), `articles`
  keyed by file stem whose meetings name people by id, and `corpus` checks;
- the *per-article* format: one top-level entry per article stem, people written inline in
  each meeting (`{name, country, title, aliases}`), `date` or, when the text gives no date
  expression, `date_alt` (the day a reader takes from the dateline), `evidence` quotes.

A person of the per-article format is one gold person across articles when their names share
a comparison key, or when one name's words hold the other's and the surname is the same
("Joe Biden" and "Biden", an initial for a given name) with no conflicting country."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ingest.names import name_key


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and the entry."""


def load_gold(path: Path) -> dict[str, Any]:
    """The gold file at `path` in the corpus format (a per-article file is converted)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GoldError(f"{path}: not valid YAML: {exc}") from exc
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc.strerror}") from exc
    if not isinstance(data, dict) or not data:
        raise GoldError(f"{path}: a gold file is a mapping (`people` + `articles`, or articles)")
    if "articles" in data or "people" in data:
        return _check_corpus(path, data)
    return from_per_article(path, data)


def _check_corpus(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    if "articles" not in data or "people" not in data:
        raise GoldError(f"{path}: a gold file needs `people` and `articles`")
    people = data["people"] or []
    for i, p in enumerate(people):
        if not isinstance(p, dict) or not p.get("id") or not p.get("name"):
            raise GoldError(f"{path}: people[{i}] needs an `id` and a `name`")
    known = {p["id"] for p in people}
    data["articles"] = data["articles"] or {}
    for stem, art in data["articles"].items():
        art = art or {}
        data["articles"][stem] = art
        meetings = list(art.get("meetings") or []) + list(
            (art.get("optional") or {}).get("meetings") or []
        )
        for m in meetings:
            unknown = [p for p in m.get("participants") or [] if p not in known]
            if unknown:
                raise GoldError(f"{path}: article {stem}: unknown people {unknown} in a meeting")
        _check_agreements(path, stem, art)
    return data


def _check_agreements(path: Path, stem: str, art: dict[str, Any]) -> None:
    items = list(art.get("agreements") or []) + list(
        (art.get("optional") or {}).get("agreements") or []
    )
    for i, a in enumerate(items):
        if not isinstance(a, dict) or not a.get("name") or not a.get("status"):
            raise GoldError(f"{path}: article {stem}: agreement {i} needs a `name` and a `status`")


def _held(short: list[str], long: list[str]) -> bool:
    """Every word of `short` is a word of `long` or the initial of one ("S Rao", "Sita Rao")."""
    return all(w in long or (len(w) == 1 and any(x.startswith(w) for x in long)) for w in short)


class _People:
    """Gold people of a per-article file, unified across articles."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.keys: list[set[str]] = []

    def find(self, person: dict[str, Any]) -> str:
        names = [person["name"], *(person.get("aliases") or [])]
        keys = {k for k in (name_key(n) for n in names) if k}
        country = person.get("country")
        for row, known in zip(self.rows, self.keys, strict=True):
            if keys & known:
                return self._add(row, known, names, keys)
        own = name_key(person["name"]).split()
        for row, known in zip(self.rows, self.keys, strict=True):
            if country and row.get("country") and country != row["country"]:
                continue
            for k in known:
                other = k.split()
                same_surname = bool(own and other and own[-1] == other[-1])
                if same_surname and (_held(own, other) or _held(other, own)):
                    return self._add(row, known, names, keys)
        gid = "-".join(own) or f"p{len(self.rows)}"
        while any(r["id"] == gid for r in self.rows):
            gid += "+"
        row = {"id": gid, "name": person["name"], "aliases": [], "country": country}
        self.rows.append(row)
        self.keys.append(set())
        return self._add(row, self.keys[-1], names, keys)

    @staticmethod
    def _add(row: dict[str, Any], known: set[str], names: list[str], keys: set[str]) -> str:
        for n in names:
            if n != row["name"] and n not in row["aliases"]:
                row["aliases"].append(n)
        known |= keys
        return str(row["id"])


def from_per_article(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """A per-article gold file in the corpus format (dates: `date`, else `date_alt`)."""
    people = _People()
    articles: dict[str, Any] = {}
    for stem, art in data.items():
        art = art or {}
        if not isinstance(art, dict):
            raise GoldError(f"{path}: article {stem}: expected a mapping of meetings/agreements")
        for i, p in enumerate(art.get("people") or []):
            if not isinstance(p, dict) or not p.get("name"):
                raise GoldError(f"{path}: article {stem}: people[{i}] needs a `name`")
            people.find(p)
        out: dict[str, Any] = {"agreements": list(art.get("agreements") or [])}
        opt = art.get("optional") or {}
        out["optional"] = {"agreements": list(opt.get("agreements") or [])}
        for key, meetings, into in (
            ("meetings", art.get("meetings") or [], out),
            ("optional.meetings", opt.get("meetings") or [], out["optional"]),
        ):
            rows = []
            for i, m in enumerate(meetings):
                who = m.get("participants") if isinstance(m, dict) else None
                if not who or not all(isinstance(p, dict) and p.get("name") for p in who):
                    raise GoldError(
                        f"{path}: article {stem}: {key}[{i}] needs participants with a `name`"
                    )
                rows.append(
                    {
                        "participants": [people.find(p) for p in who],
                        "date": m.get("date") or m.get("date_alt"),
                        "kind": m.get("kind"),
                        "evidence": m.get("evidence"),
                    }
                )
            into["meetings"] = rows
        _check_agreements(path, str(stem), out)
        articles[str(stem)] = out
    return {"people": people.rows, "articles": articles, "corpus": {}}
