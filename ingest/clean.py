"""Strip page furniture from article text: share buttons, tag lists, comment blocks, lists of
other stories ("Related Articles", "Read more", "You may also like"), navigation and promotion
lines, repeated whitespace. Rules are general (line shapes and generic headings seen on news
sites), applied only to standalone short lines so that a sentence of the article is never cut.
Every removal is recorded in the notes so a reader can see what was dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A furniture line is short; longer lines are article prose and always kept.
_MAX_FURNITURE_LINE = 100
# A trailing-block heading only cuts the rest of the text when at least this much article
# text precedes it; earlier, it is treated as a stray line (removed alone).
_MIN_BODY_BEFORE_CUT = 150


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)


# Headings after which the rest of the page belongs to other stories or to readers' comments.
_TRAILING_BLOCK = _rx(
    r"(?:related|similar|recommended|more|other|latest|trending|popular|top|suggested)"
    r"\s+(?:articles?|stories|news|posts|reads|reading|content|coverage|links|videos)",
    r"read more|more to read|recommended(?: for you)?|you (?:may|might) (?:also )?"
    r"(?:like|enjoy|be interested in)|also on .{1,40}|more from .{1,40}",
    r"also read|read also|see also|also see|related|more on this(?: story| topic)?",
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|in case you missed it",
    r"comments?(?: \(\d+\))?|\d+ comments?|no comments(?: yet)?\W*|leave a (?:comment|reply)",
    r"post a comment|add a comment|join the (?:discussion|conversation)|show comments",
)
_TRAILING_BLOCK_END = re.compile(r"[\s:.…-]*$")
# Link-list headings that may also sit inside an article: the story may resume after them.
_LINKS_HEADING = _rx(
    r"(?:related|similar|recommended|more|other|latest)\s+(?:articles?|stories|news|posts|reads"
    r"|links)",
    r"read more|more to read|recommended(?: for you)?|you (?:may|might) (?:also )?"
    r"(?:like|enjoy|be interested in)|more from .{1,40}|also read|read also|see also|also see"
    r"|related|more on this(?: story| topic)?",
)
# The headings of one or two links set inside the story ("ALSO READ" + a headline).
_INLINE_LINKS = _rx(r"also read|read also|see also|also see|related|more on this(?: story| topic)?")
# A prose line: long enough, a finished sentence.
_PROSE = re.compile(r"^.{60,}[.!?\"”’)]$")
_NAME_WORD = re.compile(r"(?<=[\w,;] )[A-Z][a-z]{3,}(?:[-’'][A-Za-z]+)?")
_GENERIC_CAPS = {
    "Minister", "Ministers", "President", "Prime", "Foreign", "Affairs", "Ministry", "Government",
    "State", "Secretary", "General", "Deputy", "National", "Council", "Republic", "United",
    "Nations", "International", "Committee", "Office", "Embassy", "Ambassador", "Federal",
}  # fmt: skip

# Headings of tag lists: the heading and the tag-like lines right after it go.
_TAG_HEADING = _rx(r"hashtags?|tags|topics|keywords|filed under")
_TAG_LINE = re.compile(r"^(?:#\S+(?:\s+#\S+)*|[\w .'&-]{1,30}(?:\s*[,|·•]\s*[\w .'&-]{1,30})*)$")

_SHARE_WORDS = {
    "share", "shares", "sharing", "tweet", "facebook", "twitter", "x", "whatsapp", "linkedin",
    "telegram", "email", "e-mail", "mail", "print", "copy", "link", "url", "pinterest",
    "reddit", "messenger", "on", "via", "this", "the", "article", "story", "post", "page",
    "save", "bookmark", "gift", "comment", "comments",
}  # fmt: skip
# A share line needs at least one of these (so "the article" alone is not a share line).
_SHARE_MARKERS = {
    "share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "email",
    "e-mail", "pinterest", "reddit", "messenger", "print", "bookmark",
}  # fmt: skip
_SHARE_TOKEN = re.compile(r"[\w-]+")

# Navigation, subscription and promotion lines, timestamps of teaser lists, credits.
_FURNITURE_LINE = _rx(
    r"(?:try|explore|discover|meet) (?:our|the) .{0,40}\b(?:ai|app|apps|features?|tools?)\b.*",
    r"explore what .{1,50} can do(?: for you)?\W*",
    r"(?:subscribe|sign up|signup|register|log ?in|sign in)\b.{0,80}",
    r"(?:get|receive) (?:our|the) .{0,40}newsletter.*|newsletters?(?: sign-?up)?\W*",
    r".{0,60}\b(?:in|to) your inbox\W*",
    r"follow us(?: on .{1,60})?\W*|(?:download|get) (?:our|the) (?:free )?(?:mobile )?app.*",
    r"advertisement|advert|sponsored(?: content)?|ads?|promoted|skip to (?:main )?content",
    r"(?:click|tap) here\b.*|back to top|next (?:article|story)|previous (?:article|story)",
    r"home|menu|search|close|print|listen(?: to this article)?.{0,20}|reading time.{0,20}",
    r"home\s*[>/»›|].*",  # breadcrumbs
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}.{0,80}|all rights reserved\W*",
    r"\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago",
    r"(?:updated|published)\s*:?\s*\d+\s+(?:minutes?|hours?|days?)\s+ago",
    r"(?:also read|read also|read more|see also|related|more)\s*[:|»>-]\s*.{1,150}",
    # metadata: a timestamp line, a reading time, a menu of pipe-separated links
    r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*,?\s*)?(?:\w+,?\s+)?\w+\.?\s+\d{1,2},?\s+\d{4}"
    r"(?:\s*[/|,-]?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\w{2,4})?)?(?:\s*/.{0,30})?",
    r"(?:\w+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}(?:\s*[|,-]?\s*\d{1,2}:\d{2}.{0,12})?",
    r"\d+\s*min(?:ute)?s?\s+read",
    r"contact us|about us|(?:privacy|cookie) policy|terms (?:of (?:use|service)|and conditions)",
    r"[\w .:,/-]{1,40}(?:\s*\|\s*[\w .:,/-]{1,40}){2,}\s*\|?",
)

# Credits: bylines, reporting/editing credits and photo captions name people who are not in
# the story (reporters, photographers), so they must not reach the extractor.
_BYLINE = re.compile(  # case-sensitive: "By evening, the talks had ended." is prose
    r"^By\s+(?:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}|(?:our|a|the)\s+[\w ]{0,40})"
    r"(?:\s*(?:,|\||/|-|and)\s*[A-Z][^.]{0,50})?$"
)
_CREDIT_LINE = _rx(
    # "Author: Ana Roe | Published: 1 hour ago", "Written by Ana Roe"
    r"(?:author|written by|posted by|reporter|correspondent|edited by)\s*:?\s+[^.|]{1,60}"
    r"(?:\|.{0,60})?",
    r"(?:[A-Z][\w.&-]*\s+){1,3}staff(?:\s+writers?|\s+reporters?)?",  # "Agency Staff"
    r"\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^.]{1,250}\)?\.?",
    r"(?:photo|image|picture|file photo|photograph|credit)s?\s*[:|/]\s*.{0,120}",
)
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")
# "among others.Mekonnen said": scraped copy loses the space after a full stop
_GLUED_STOP = re.compile(r"(?<=[a-z0-9)])\.(?=[A-Z][a-z]{2,})")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass
class Cleaned:
    text: str
    notes: list[str] = field(default_factory=list)


def _quote(line: str, width: int = 40) -> str:
    return repr(line if len(line) <= width else line[: width - 1] + "…")


def _is_share_line(line: str) -> bool:
    tokens = _SHARE_TOKEN.findall(line.lower())
    return bool(tokens) and set(tokens) <= _SHARE_WORDS and bool(set(tokens) & _SHARE_MARKERS)


def _is_tag_line(line: str) -> bool:
    """A line of a tag list: hashtags, or a short list of names without sentence punctuation,
    that is not itself another kind of furniture."""
    if len(line) > 60 or _TRAILING_BLOCK.match(line) or _furniture_kind(line):
        return False
    return bool(_TAG_LINE.match(line))


def _furniture_kind(line: str) -> str | None:
    if len(line) > _MAX_FURNITURE_LINE:
        # a long credit line is still a credit line (several reporters and editors)
        return "credits" if len(line) <= 300 and _CREDIT_LINE.match(line) else None
    if _is_share_line(line):
        return "share buttons"
    if _FURNITURE_LINE.match(line):
        return "navigation/promotion"
    if _BYLINE.match(line) or _CREDIT_LINE.match(line):
        return "credits"
    return None


def normalize_whitespace(text: str) -> str:
    """Unify newlines, drop zero-width characters, collapse runs of spaces within lines and
    runs of blank lines; strip every line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    lines = [_GLUED_STOP.sub(". ", _HSPACE.sub(" ", line)).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def clean_text(text: str) -> Cleaned:
    """Remove page furniture; return the article text and notes on what was removed."""
    lines = normalize_whitespace(text).split("\n")
    kept: list[str] = []
    notes: list[str] = []
    removed: list[str] = []
    body_chars = 0
    seen: set[str] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        heading = _TRAILING_BLOCK_END.sub("", line)
        if line and len(line) <= _MAX_FURNITURE_LINE and _TRAILING_BLOCK.match(heading):
            resume = _resume_at(heading, lines, i, kept) if body_chars else None
            if resume is not None:
                # a link block inside the article: the story goes on after it
                links = [x for x in lines[i + 1 : resume] if x]
                what = f" and {len(links)} link lines" if links else ""
                notes.append(f"removed the {_quote(heading)} heading{what} inside the article")
                i = resume
                continue
            if body_chars >= _MIN_BODY_BEFORE_CUT:
                rest = [x for x in lines[i:] if x]
                notes.append(
                    f"removed the {_quote(heading)} block to the end ({len(rest)} lines: "
                    "other stories, comments or links)"
                )
                break
            removed.append(line)
            i += 1
            continue
        if line and _TAG_HEADING.match(heading):
            j = i + 1
            while j < len(lines) and (not lines[j] or _is_tag_line(lines[j])):
                j += 1
            tags = [x for x in lines[i + 1 : j] if x]
            what = f" and {len(tags)} tag lines" if tags else ""
            notes.append(f"removed tag-list heading {_quote(heading)}{what}")
            i = j
            continue
        kind = _furniture_kind(line) if line else None
        if kind:
            removed.append(line)
        elif line and line in seen and len(line) <= 300:
            removed.append(line)  # a headline or caption printed twice
        else:
            kept.append(line)
            seen.add(line)
            body_chars += len(line)
        i += 1
    if removed:
        shown = ", ".join(_quote(x) for x in removed[:5])
        more = f" and {len(removed) - 5} more" if len(removed) > 5 else ""
        notes.insert(0, f"removed {len(removed)} page-furniture lines: {shown}{more}")
    kept, joined = unwrap_lines(kept)
    if joined:
        notes.append(f"joined {joined} hard-wrapped lines")
    cleaned = normalize_whitespace("\n".join(kept))
    return Cleaned(text=cleaned, notes=notes)


def _resume_at(heading: str, lines: list[str], i: int, kept: list[str]) -> int | None:
    """After a link-list heading inside the article, where the article goes on: the first
    prose line that names someone or something the article named before, right after the
    heading or (for "Also read" and the like) after its one or two link lines."""
    if not _LINKS_HEADING.match(heading):
        return None
    links = 0
    for j in range(i + 1, min(len(lines), i + 8)):
        line = lines[j]
        if not line:
            continue
        if _PROSE.match(line) and len(line.split()) >= 10:
            return j if _names_seen(line, kept, _INLINE_LINKS.match(heading) is not None) else None
        links += 1
        if links > 2 or len(line) > 160 or not _INLINE_LINKS.match(heading):
            return None
    return None


def _names_seen(line: str, kept: list[str], inline: bool) -> bool:
    """The line names something the article named before (after an inline "Also read", a
    line that names nothing at all goes on with the story too)."""
    body = "\n".join(kept)
    names = {w for w in _NAME_WORD.findall(line) if w not in _GENERIC_CAPS}
    if not names:
        return inline
    return any(re.search(rf"\b{re.escape(w)}\b", body) for w in names)


# A hard-wrapped paragraph: consecutive lines of similar width, most not ending a sentence.
_WRAP_MIN, _WRAP_MAX = 35, 100
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")


_DATELINE_START = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,|:|\s[-–—])")


def _title_case(line: str) -> bool:
    """A headline: most of its words capitalised (wrapped prose lines are not)."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def unwrap_lines(lines: list[str]) -> tuple[list[str], int]:
    """Join the lines of hard-wrapped blocks (text broken at a fixed width, "President Omar"
    / "Khalid met ..."): inside a block of 3+ lines of 35-100 characters where most lines end
    mid-sentence, a line that does not end a sentence runs on into the next."""
    out: list[str] = []
    joined = 0
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (
            _WRAP_MIN <= len(lines[j]) <= _WRAP_MAX
            # the short last line of a wrapped paragraph
            or (j > i and 0 < len(lines[j]) < _WRAP_MIN and not _SENTENCE_END.search(lines[j - 1]))
        ):
            j += 1
        block = lines[i:j]
        open_ends = sum(1 for x in block[:-1] if not _SENTENCE_END.search(x))
        prose = any(x[:1].islower() for x in block[1:])  # a list of titles never breaks so
        if len(block) >= 3 and prose and open_ends * 2 >= len(block) - 1:
            cur = block[0]
            for nxt in block[1:]:
                headline = i == 0 and cur == block[0] and _title_case(cur)
                headline = headline and not _DATELINE_START.match(cur)
                if _SENTENCE_END.search(cur) or _DATELINE_START.match(nxt) or headline:
                    out.append(cur)
                    cur = nxt
                    continue
                joined += 1
                # "Afghan-" / "led": a word hyphenated at the break
                cur = cur + nxt if cur.endswith("-") and nxt[:1].islower() else f"{cur} {nxt}"
            out.append(cur)
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out, joined
