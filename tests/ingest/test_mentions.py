"""People, titles, honorifics, countries and role mentions (ingest/mentions.py, coref.py)."""

from __future__ import annotations

from ingest.mentions import sentence_mentions
from ingest.text import split_sentences
from tests.ingest.helpers import run


def people(text: str):
    return [p for s in split_sentences(text) for p in sentence_mentions(s).people]


def test_title_country_and_honorific_split_off():
    (p,) = [m for m in people("Kenyan Foreign Minister Dr. Alfred Mutua arrived.") if m.name]
    assert p.name == "Alfred Mutua"
    assert p.titles == ["Foreign Minister"]
    assert p.country == "KE"
    assert p.honorifics == ["Dr."]


def test_title_with_complement_and_country():
    (p,) = people("Minister for Foreign Affairs of Indonesia Sugiono spoke first.")
    assert p.name == "Sugiono" and p.country == "ID"
    (p,) = people("Chief of the Defence Staff General Christopher Musa visited troops.")
    assert p.name == "Christopher Musa" and p.titles == ["Chief of the Defence Staff"]


def test_appositions_give_title_and_country():
    text = "Paolo Rinaldi, Italy's Interior Minister, met reporters."
    (p,) = [m for m in people(text) if m.kind == "name"]
    assert p.name == "Paolo Rinaldi" and p.country == "IT"
    assert p.titles == ["Interior Minister"]
    text = "Ghana's Defence Minister, Air Marshal Kwame Boateng, spoke."
    (p,) = people(text)
    assert p.name == "Kwame Boateng" and p.country == "GH"


def test_nasab_chain_name_kept_whole():
    (p,) = people("Emir of Qatar Sheikh Tamim bin Hamad Al Thani opened the forum.")
    assert p.name == "Tamim bin Hamad Al Thani" and p.country == "QA"


def test_headline_and_org_words_are_not_people():
    assert people("Why Regional Trade Matters Now") == []
    x = run("The Joint Border Committee and the National Guard met in Accra.")
    assert x.entities == []


def test_coreference_surname_given_name_and_roles():
    text = (
        "French President Emmanuel Macron received Brazilian President Luiz Inacio Lula da Silva "
        "in Paris on Monday. Macron said the talks were warm. The Brazilian president thanked "
        "his host."
    )
    x = run(text, "2024-03-28")
    assert [e.name for e in x.entities] == ["Emmanuel Macron", "Luiz Inacio Lula da Silva"]
    macron, lula = x.entities
    assert len(macron.mentions) == 2  # full name, surname
    assert len(lula.mentions) == 2  # full name, "The Brazilian president"
    assert macron.country == "FR" and lula.country == "BR"


def test_the_title_refers_to_the_person_introduced_with_it():
    text = (
        "Prime Minister Anthony Albanese hosted Chinese Premier Li Qiang in Canberra. "
        "The prime minister later thanked the premier."
    )
    x = run(text)
    albanese, li = x.entities
    assert (len(albanese.mentions), len(li.mentions)) == (2, 2)


def test_counterpart_resolves_to_the_person_of_that_country():
    text = (
        "Thai Foreign Minister Maris Sangiampongsa met Vietnamese Deputy Prime Minister "
        "Bui Thanh Son in Hanoi. Maris thanked his Vietnamese counterpart."
    )
    x = run(text)
    son = next(e for e in x.entities if e.name == "Bui Thanh Son")
    assert len(son.mentions) == 2


def test_country_possessive_shorthand_names_a_person():
    x = run("India's Modi met China's Xi Jinping in Kazan on Wednesday.", "2024-10-24")
    assert [(e.name, e.country) for e in x.entities] == [("Modi", "IN"), ("Xi Jinping", "CN")]
    x = run("Russia's Foreign Ministry said talks were useful.")
    assert x.entities == []


def test_regional_honorifics_and_dotted_abbreviations():
    x = run(
        "Nigerian Vice President Alhaji Kashim Shettima met Hon. Tajudeen Abbas in Abuja. "
        "Malaysian Prime Minister Datuk Seri Anwar Ibrahim received Pak Prabowo Subianto."
    )
    assert [e.name for e in x.entities] == [
        "Kashim Shettima",
        "Tajudeen Abbas",
        "Anwar Ibrahim",
        "Prabowo Subianto",
    ]
    assert len(x.events) == 2


def test_names_with_initials_particles_and_short_family_names():
    def names(text):
        return [p.name for p in people(text) if p.name]

    assert names("Secretary Maren K. Holt met Minister Tomas A. Berg.") == [
        "Maren K. Holt",
        "Tomas A. Berg",
    ]
    assert names("Minister Juan Pablo de la Cruz met Minister Anil Das.") == [
        "Juan Pablo de la Cruz",
        "Anil Das",
    ]
    assert names("Vice Premier He Jianmin met Minister Sara Lind.") == ["He Jianmin", "Sara Lind"]


def test_a_name_ends_a_ministry_complement_before_a_second_title():
    from ingest.mentions import sentence_mentions
    from ingest.text import split_sentences

    s = split_sentences(
        "He was accompanied by Minister of State-Owned Enterprises Budi Hartono and Trade "
        "Minister Eko Prasetyo."
    )[0]
    got = [(p.name, p.titles) for p in sentence_mentions(s).people]
    assert ("Budi Hartono", ["Minister of State-Owned Enterprises"]) in got
    assert ("Eko Prasetyo", ["Trade Minister"]) in got


def test_royal_word_before_bin_is_a_given_name():
    # "Sultan" before "bin" names the man; after "Sheikh" or "Prince" it is not peeled as a title
    (p,) = [
        m for m in people("His Highness Dr Sheikh Sultan bin Rashid Al Mazrui spoke.") if m.name
    ]
    assert p.name == "Sultan bin Rashid Al Mazrui"
    (p,) = people("Prince Sultan bin Fahd Al Amri opened the fair.")
    assert p.name == "Sultan bin Fahd Al Amri"
    (p,) = people("On Monday, Sultan bin Hilal Al Mazrui opened the fair.")
    assert p.name == "Sultan bin Hilal Al Mazrui" and p.titles == []
    # a royal title before a given name stays a title
    (p,) = people("Sultan Khalid bin Omar opened the fair.")
    assert p.name == "Khalid bin Omar" and p.titles == ["Sultan"]


def test_an_office_inside_a_run_of_capitals_opens_a_new_name():
    text = "At the invitation of President Ama Owusu President Lindqvist was on a visit."
    got = [(p.name, p.titles) for p in people(text) if p.name]
    assert got == [("Ama Owusu", ["President"]), ("Lindqvist", ["President"])]


def test_an_office_after_a_name_without_a_comma_ends_the_name():
    # "NAME Ambassador of Q": readouts list envoys with the office after the name
    ms = sentence_mentions(
        split_sentences(
            "The envoys were Lars Nyberg Ambassador of the Kingdom of Sweden, Omar Said Farah "
            "High Commissioner of the Republic of Kenya and Carla Mendes Ambassador of Portugal."
        )[0]
    )
    assert [p.name for p in ms.people if p.kind == "name"] == [
        "Lars Nyberg",
        "Omar Said Farah",
        "Carla Mendes",
    ]


def test_a_social_media_handle_is_not_a_name():
    from ingest.mentions import sentence_mentions
    from ingest.text import split_sentences

    s = split_sentences("Vice President @ProfAlabi received the envoy, wrote @KasumaGov.")[0]
    assert [p.name for p in sentence_mentions(s).people if p.kind == "name"] == []


def test_right_honourable_is_an_honorific():
    from ingest.mentions import sentence_mentions
    from ingest.text import split_sentences

    s = split_sentences("Minister Ana Kolo met Rt Hon. Patricia Vell on Monday.")[0]
    names = [p.name for p in sentence_mentions(s).people if p.kind == "name"]
    assert names == ["Ana Kolo", "Patricia Vell"]


def test_a_middle_initial_without_its_full_stop_stays_in_the_name() -> None:
    from tests.ingest.helpers import names, run

    x = run("Minister Ilse Marquand paid a courtesy call on Tomas A Velde, the Trade Secretary.")
    assert "Tomas A Velde" in names(x)


def test_a_surname_spelled_like_a_parliament_closes_a_given_name():
    from ingest.mentions import sentence_mentions
    from ingest.text import split_sentences

    s = split_sentences("They were joined by Trade Minister Peter Duma, who led the talks.")[0]
    assert [p.name for p in sentence_mentions(s).people if p.kind == "name"] == ["Peter Duma"]


def test_the_short_name_of_papua_new_guinea_is_a_country():
    from ingest.lexicon import lexicon

    assert lexicon().country_of("PNG") == "PG"
    assert lexicon().country_of("Ni-Vanuatu") == "VU"


def test_a_portfolio_listed_with_a_comma_is_no_name():
    found = [
        p
        for p in people(
            "The Minister of Police, Prisons and Fire Service Tavita Lemalu met the "
            "Minister of Finance Iosefa Manu."
        )
        if p.name
    ]
    assert [p.name for p in found] == ["Tavita Lemalu", "Iosefa Manu"]
    assert found[0].titles == ["Minister of Police, Prisons and Fire Service"]


def test_the_full_rank_of_an_ambassador_is_a_title_not_a_name() -> None:
    x = run(
        "On Monday Foreign Minister Ana Kolo received Ambassador Extraordinary and "
        "Plenipotentiary of Chile to Mongolia Tomas Varga at his request.",
        "2022-01-12",
    )
    assert sorted(e.name for e in x.entities) == ["Ana Kolo", "Tomas Varga"]
