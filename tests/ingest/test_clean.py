"""Page-furniture removal: general rules on standalone lines, article prose kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean_text, normalize_whitespace

BODY = (
    "The foreign ministers of Chile and Peru met in Lima on Monday to review border trade.\n"
    "Both sides said the talks were productive and agreed to meet again before the end of "
    "the year.\n"
)


def test_related_block_and_everything_after_it_goes() -> None:
    text = BODY + "Related Articles\n\nOther paper\n3 hours ago\nA minister met someone else\n"
    cleaned = clean_text(text)
    assert cleaned.text == BODY.strip()
    assert any("Related Articles" in n and "to the end" in n for n in cleaned.notes)


def test_read_more_and_you_may_also_like_headings_cut_the_tail() -> None:
    for heading in ("Read more", "You may also like", "More stories:", "Most read"):
        cleaned = clean_text(BODY + f"{heading}\nSomething about another story entirely.\n")
        assert cleaned.text == BODY.strip(), heading


def test_comments_block_goes() -> None:
    cleaned = clean_text(BODY + "Comments\nNo comments yet...\nBe the first to comment.\n")
    assert cleaned.text == BODY.strip()
    assert any("'Comments'" in n for n in cleaned.notes)


def test_share_promo_and_navigation_lines_go_but_prose_stays() -> None:
    text = (
        "Home > World > Americas\n"
        "Share this article\n"
        "Facebook Twitter WhatsApp Email\n" + BODY + "Subscribe to our newsletter\n"
        "Follow us on Instagram\n"
        "Try our AI features\n"
        "Advertisement\n"
        "The ministers will also share data on customs checks, officials said on Tuesday.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text == BODY.strip() + (
        "\nThe ministers will also share data on customs checks, officials said on Tuesday."
    )
    assert cleaned.notes and "7 page-furniture lines" in cleaned.notes[0]


def test_hashtag_list_goes_with_its_heading() -> None:
    cleaned = clean_text(BODY + "Hashtags\n#Chile #Peru\ntrade, borders\nPrint\n")
    assert cleaned.text == BODY.strip()
    assert any("Hashtags" in n and "2 tag lines" in n for n in cleaned.notes)


def test_early_heading_does_not_cut_the_article() -> None:
    # "Read more" before any article text is a stray link line, not the end of the story.
    cleaned = clean_text("Read more\n" + BODY)
    assert cleaned.text == BODY.strip()


def test_long_lines_are_never_furniture() -> None:
    line = "Comments " + "made by the minister about trade were welcomed by business groups. " * 2
    assert clean_text(BODY + line).text.endswith(line.strip())


def test_whitespace_is_normalized() -> None:
    raw = "  A\u00a0 minister\t\tmet  another.\r\n\r\n\r\n\r\nThen\u200b they left.  "
    assert normalize_whitespace(raw) == "A minister met another.\n\nThen they left."


def test_script_tag_in_text_survives_as_text() -> None:
    text = "Foreign Minister <script>alert(1)</script> Ruiz met his Peruvian counterpart in Lima."
    assert clean_text(text).text == text
    assert clean_text(text).notes == []


def _shared_seeds() -> Path | None:
    root = Path(__file__).resolve().parents[2]
    for base in (root.parent, root.parent.parent):  # ../shared beside the project or worktrees
        if (base / "shared" / "seeds").is_dir():
            return base / "shared" / "seeds"
    return None


@pytest.mark.skipif(_shared_seeds() is None, reason="../shared/seeds (development set) not here")
def test_development_articles_lose_their_furniture_and_keep_their_prose() -> None:
    seeds = _shared_seeds()
    assert seeds is not None
    for path in sorted(seeds.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        lines = [x.strip() for x in raw.splitlines()]
        cut = lines.index("Related Articles") if "Related Articles" in lines else len(lines)
        # every prose line of the article survives; no line of the other stories does
        assert all(x in cleaned.text for x in lines[:cut] if len(x) > 100), path.name
        assert not any(x in cleaned.text for x in lines[cut:] if len(x) > 100), path.name
        if cut < len(lines):
            assert any("to the end" in n for n in cleaned.notes), path.name


def test_bylines_credits_and_captions_go_but_similar_prose_stays() -> None:
    text = (
        "By Maria Lopez and John Reed\n"
        "By our diplomatic correspondent\n"
        + BODY
        + "By evening, the ministers had agreed on a joint statement.\n"
        "Photo: Ministry of Foreign Affairs\n"
        "(Reporting by Ana Silva in Lima; additional reporting by Tom Okafor; Editing by Kim Lee)\n"
        "Copyright reform was also on the agenda.\n"
        "© 2024 Example Media Group\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text == BODY.strip() + (
        "\nBy evening, the ministers had agreed on a joint statement."
        "\nCopyright reform was also on the agenda."
    )
    assert "5 page-furniture lines" in cleaned.notes[0]


def test_links_heading_inside_the_article_does_not_cut_the_story() -> None:
    text = (
        BODY + "More From This Section\n"
        "Before the talks in Lima, the ministers of Chile and Peru toured the customs post at the "
        "border crossing.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text.endswith("toured the customs post at the border crossing.")
    assert "More From This Section" not in cleaned.text
    assert any("inside the article" in n for n in cleaned.notes)


def test_links_heading_followed_by_other_stories_still_cuts() -> None:
    text = BODY + "More From This Section\nFlood warnings were issued for three northern regions.\n"
    assert clean_text(text).text == BODY.strip()


def test_headline_printed_twice_and_metadata_lines_go() -> None:
    text = (
        "Chile, Peru agree on border trade\n"
        "Chile, Peru agree on border trade\n"
        "13:54, May 31, 2011\n"
        "Email | Print | Subscribe | Comments | Forum\n"
        "2 Min Read\n"
        "Wire Staff\n" + BODY
    )
    cleaned = clean_text(text)
    assert cleaned.text == "Chile, Peru agree on border trade\n" + BODY.strip()


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "LIMA, May 3 (Agency): Foreign Minister Rosa Elena Pinto of Peru\n"
        "received her Chilean counterpart Jorge Andres Soto at the palace and\n"
        "discussed the customs post. Both sides welcomed President Omar\n"
        "Khalid Saleh's offer to host the next round.\n"
        "The ministers also reviewed the Pacific-\n"
        "coast fishing rules and agreed to meet again in September.\n"
    )
    cleaned = clean_text(text)
    assert "President Omar Khalid Saleh's offer" in cleaned.text
    assert "Pacific-coast" in cleaned.text
    assert len(cleaned.text.split("\n")) == 2


def test_a_list_of_headlines_is_not_unwrapped() -> None:
    text = (
        BODY + "Chile and Peru sign a new customs agreement in Lima\n"
        "Bolivia names a new ambassador to the United Nations\n"
        "Ecuador and Colombia open a second border crossing\n"
    )
    assert clean_text(text).text.count("\n") == text.strip().count("\n")


def test_title_case_headline_is_not_joined_to_a_wrapped_body() -> None:
    text = (
        "Ruritania And Utopia Agree To Reopen The Northern Border Post\n"
        "LIMA, May 3 (Agency): Foreign Minister Rosa Elena Pinto of Peru\n"
        "received her Chilean counterpart Jorge Andres Soto at the palace and\n"
        "discussed the customs post with him and his delegation.\n"
    )
    lines = clean_text(text).text.split("\n")
    assert lines[0] == "Ruritania And Utopia Agree To Reopen The Northern Border Post"
    assert lines[1].startswith("LIMA, May 3") and lines[1].endswith("his delegation.")


def test_also_read_link_inside_the_article_goes_and_the_story_goes_on() -> None:
    text = (
        BODY + "ALSO READ\n"
        "Bolivia names a new envoy to the Andean Community\n\n"
        "In Lima, the ministers of Chile and Peru also discussed a joint fisheries patrol "
        "along the coast.\n"
    )
    cleaned = clean_text(text)
    assert "Bolivia" not in cleaned.text and "ALSO READ" not in cleaned.text
    assert cleaned.text.endswith("a joint fisheries patrol along the coast.")


def test_author_line_and_site_links_go() -> None:
    text = "Author: Lena Marsh | Published: 2 hours ago\nContact Us\nPrivacy Policy\n" + BODY
    assert clean_text(text).text == BODY.strip()


def test_a_full_stop_glued_to_the_next_sentence_gets_its_space() -> None:
    from ingest.clean import normalize_whitespace

    text = "He paid a visit from May 2 to 4.Velde said the talks went well, among others.Quist"
    assert normalize_whitespace(text) == (
        "He paid a visit from May 2 to 4. Velde said the talks went well, among others. Quist"
    )
    assert normalize_whitespace("the U.S. envoy and www.example.org") == (
        "the U.S. envoy and www.example.org"
    )
