"""Date expressions resolved against the publication date (ingest/dates.py)."""

from __future__ import annotations

import pytest

from ingest.dates import DateResolver, compatible


def values(published: str | None, text: str) -> list[tuple[str | None, str]]:
    return [(d.value, d.precision) for d in DateResolver(published).find(text)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # 2024-03-14 is a Thursday: "on Thursday" is the publication day itself
        ("2024-03-14", "The envoys met on Thursday.", "2024-03-14"),
        # published on a Saturday: Thursday is two days earlier
        ("2024-03-16", "The envoys met on Thursday.", "2024-03-14"),
        # Sunday published on a Monday: the day before
        ("2024-03-18", "They spoke on Sunday evening.", "2024-03-17"),
        # "last Monday" on a Monday means a week earlier
        ("2024-03-18", "They spoke last Monday.", "2024-03-11"),
    ],
)
def test_weekday_is_latest_such_day_on_or_before_publication(published, text, expected):
    assert values(published, text) == [(expected, "day")]


def test_month_without_year_across_a_year_boundary():
    assert values("2024-01-10", "The talks took place in December.") == [("2023-12", "month")]
    assert values("2024-01-10", "The talks took place in January.") == [("2024-01", "month")]
    assert values("2024-06-30", "In February, the two sides met.") == [("2024-02", "month")]


def test_that_year_refers_to_the_last_explicit_year():
    r = DateResolver("2025-05-01")
    first = r.find("The two generals met in April 2019.")
    later = r.find("They met again in October that year.")
    assert first[0].value == "2019-04"
    assert later[0].value == "2019-10" and later[0].kind == "anaphoric"


def test_that_year_in_the_same_sentence():
    got = values("2025-05-01", "She met him in June 2021, and again in August that year.")
    assert got == [("2021-06", "month"), ("2021-08", "month")]


def test_last_year_and_month_last_year():
    assert values("2025-02-03", "Relations improved last year.") == [("2024", "year")]
    assert values("2025-02-03", "In November last year, a visit took place.") == [
        ("2024-11", "month")
    ]


def test_explicit_forms():
    assert values(None, "It was signed on 4 May 2022.") == [("2022-05-04", "day")]
    assert values(None, "It was signed on May 4, 2022.") == [("2022-05-04", "day")]
    assert values(None, "It was agreed in March 2020.") == [("2020-03", "month")]
    assert values(None, "Ties began in 1998.") == [("1998", "year")]


def test_no_publication_date_leaves_relative_dates_unresolved():
    assert values(None, "They met on Thursday.") == [(None, "unknown")]
    assert values(None, "They met in February.") == [(None, "unknown")]
    assert values(None, "Trade grew last year.") == [(None, "unknown")]


def test_modal_may_is_not_a_month():
    assert values("2024-06-01", "May the talks go well.") == []
    assert values("2024-06-01", "The ministers may meet again.") == []


def test_same_day_follows_the_previous_day_date():
    r = DateResolver("2024-02-02")
    r.find("The emir arrived on Thursday.")
    assert r.find("He met the premier later that day.")[0].value == "2024-02-01"


def test_compatible_at_coarser_precision():
    assert compatible("2025-07", "2025-07-10")
    assert compatible("2025", "2025-07-10")
    assert not compatible("2025-07-10", "2025-09-11")
    assert not compatible(None, "2025-07")


def kinds(published, text):
    return [(r.value, r.kind) for r in DateResolver(published).find(text)]


def test_bare_may_after_a_preposition_is_the_month():
    # a month name without a year: the latest such month on or before publication
    assert values("2024-06-03", "The envoys met in Oslo in May.")[0][0] == "2024-05"
    assert values("2024-06-03", "She had hosted him in May at the palace.") == [
        ("2024-05", "month")
    ]
    assert values("2024-06-03", "Talks began in mid-May.")[0][0] == "2024-05"
    assert values("2024-04-03", "They last met in May.")[0][0] == "2023-05"
    assert values("2024-06-03", "May both sides prosper.") == []


def test_last_month_name_and_last_month():
    assert values("2024-06-03", "They met last May.")[0][0] == "2024-05"
    assert values("2024-05-20", "They met last May.")[0][0] == "2023-05"
    assert values("2024-01-15", "They met last month.") == [("2023-12", "month")]
    assert values("2024-06-20", "They met earlier this month.") == [("2024-06", "month")]


def test_future_expressions_are_not_past_dates():
    pub = "2024-06-05"  # a Wednesday
    assert kinds(pub, "The ministers will meet again next month.") == [(None, "future")]
    assert kinds(pub, "The envoy travels next week.") == [(None, "future")]
    assert kinds(pub, "They meet next Tuesday.") == [(None, "future")]
    assert kinds(pub, "The two sides are expected to sign the pact on Tuesday.") == [
        (None, "future")
    ]
    assert kinds(pub, "He will visit the capital in July.") == [(None, "future")]
    # a reporting verb after the future marker: the weekday is when it was said
    assert kinds(pub, "He will visit, the ministry said on Tuesday.") == [
        ("2024-06-04", "relative")
    ]


def test_day_forms():
    pub = "2024-06-03"
    assert values(pub, "They met on May 5.") == [("2024-05-05", "day")]
    assert values(pub, "They met May 5.") == [("2024-05-05", "day")]
    assert values(pub, "It was signed on 5 May 2024.") == [("2024-05-05", "day")]
    assert values(pub, "It entered into force on 2019-05-30.") == [("2019-05-30", "day")]
    assert values(pub, "They met on the 2nd.") == [("2024-06-02", "day")]
    assert values(pub, "They met on the 12th.") == [("2024-05-12", "day")]
    assert values(None, "They met on the 12th.") == [(None, "unknown")]


def test_dateline_gives_the_day():
    got = values("2024-05-06", "NAIROBI, May 5 (Reuters) - The two presidents met.")
    assert got == [("2024-05-05", "day")]


def test_month_after_a_year_in_the_same_sentence_takes_that_year():
    text = "The thaw came last year: envoys returned in July and the leaders met in September."
    assert values("2024-02-20", text) == [
        ("2023", "year"),
        ("2023-07", "month"),
        ("2023-09", "month"),
    ]
    assert values("2024-02-20", "Ties were cut in 2017 and restored in May.")[1][0] == "2017-05"


def test_ordinal_that_is_not_a_day():
    assert values("2024-06-03", "They spoke on the 25th anniversary of the treaty.") == []
    assert values("2024-06-03", "They met on the 12th in Geneva.") == [("2024-05-12", "day")]


def test_last_night_is_the_evening_before_publication():
    assert values("2023-05-19", "The prime minister hosted a dinner last night.") == [
        ("2023-05-18", "day")
    ]


def test_the_cues_never_change_what_is_found() -> None:
    """DateResolver.find skips the patterns whose words a sentence lacks: on every sentence
    of the invented corpora (and phrases of every kind) that finds what running all finds."""
    from pathlib import Path

    from ingest.loaders import load_paths
    from ingest.text import split_sentences

    root = Path(__file__).resolve().parents[2]
    folders = [root / "samples" / "articles", *sorted((root / "bench").glob("*/articles"))]
    folders += sorted((root / "bench" / "realstyle").glob("*/articles"))
    texts = [s.text for a in load_paths([str(f) for f in folders]) if hasattr(a, "text")
             for s in split_sentences(a.text)]  # fmt: skip
    texts += [
        "They met on 3 March 2024 and again on March 5, 2024, then 2024-03-07.",
        "In March 2023 and since 2019, early 2020; on the 12th, they talked.",
        "Last Tuesday, yesterday, last night, later this year, that day, next month.",
        "The talks last year and in May that year; the same day; earlier this week.",
        "Held this morning, this evening, tonight and a short while ago; today too.",
        "Le 3 mars, Žilina: meeting on Monday 4 ſeptember with the ﬁnance team.",
    ]
    assert len(texts) > 300
    with_cues, without = DateResolver("2024-06-15"), DateResolver("2024-06-15")
    for text in texts:
        assert with_cues.find(text, 0) == without.find(text, 0, cues=False), text


def test_this_morning_and_a_short_while_ago_are_the_publication_day():
    from ingest.dates import DateResolver

    r = DateResolver("2019-11-29")
    for text in ("held this morning.", "met a short while ago.", "this evening at the hotel"):
        assert [d.value for d in r.find(text, 0)] == ["2019-11-29"], text
