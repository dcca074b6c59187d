"""Invented news-agency reports for bench/bench_ingest.py, shaped like real wire copy (a
headline, a dateline, a lead, eight to fourteen paragraphs of quotes, background, other
encounters, agreements, figures and what comes next: 350-700 words), written for this project
with invented names. Deterministic for a seed."""

from __future__ import annotations

import datetime as dt
import random

# (country, demonym, capital)
COUNTRIES = [
    ("Chile", "Chilean", "Santiago"), ("Peru", "Peruvian", "Lima"),
    ("Norway", "Norwegian", "Oslo"), ("Kenya", "Kenyan", "Nairobi"),
    ("Ghana", "Ghanaian", "Accra"), ("Japan", "Japanese", "Tokyo"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Brazil", "Brazilian", "Brasilia"),
    ("Canada", "Canadian", "Ottawa"), ("Poland", "Polish", "Warsaw"),
    ("Portugal", "Portuguese", "Lisbon"), ("Morocco", "Moroccan", "Rabat"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Mexico", "Mexican", "Mexico City"),
    ("Egypt", "Egyptian", "Cairo"), ("Kazakhstan", "Kazakh", "Astana"),
    ("Austria", "Austrian", "Vienna"), ("Senegal", "Senegalese", "Dakar"),
    ("Thailand", "Thai", "Bangkok"), ("Jordan", "Jordanian", "Amman"),
    ("Finland", "Finnish", "Helsinki"), ("Argentina", "Argentine", "Buenos Aires"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
]  # fmt: skip
GIVEN = [
    "Ana", "Luis", "Ingrid", "Mateo", "Kwame", "Akosua", "Hiroshi", "Sari", "Joao", "Elena",
    "Tomasz", "Amina", "Youssef", "Linh", "Carlos", "Nadia", "Aigerim", "Lukas", "Awa",
    "Somchai", "Rania", "Mikko", "Valeria", "Farid", "Abebe", "Marta", "Ivo", "Leila",
]  # fmt: skip
FAMILY = [
    "Ruiz", "Soto", "Dahl", "Rojas", "Mensah", "Owusu", "Tanaka", "Wibowo", "Pereira",
    "Novak", "Kowalski", "Benali", "Tran", "Herrera", "Haddad", "Nurlanova", "Gruber", "Diop",
    "Chaiyaporn", "Khalil", "Virtanen", "Castillo", "Rahman", "Tadesse", "Lindqvist", "Costa",
]  # fmt: skip
TITLES = [
    "Foreign Minister", "Defence Minister", "Trade Minister", "Interior Minister",
    "Prime Minister", "President", "Energy Minister", "Finance Minister",
]  # fmt: skip
TOPICS = [
    "border trade", "energy supply", "fisheries", "student exchanges", "port investment",
    "counter-narcotics cooperation", "climate finance", "railway links", "public health",
    "water management", "digital payments", "food security",
]  # fmt: skip
AGENCIES = ["NPA", "Meridian Wire", "Continental Press", "RNS"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [dt.date(2024, m, 1).strftime("%B") for m in range(1, 13)]

LEADS = [
    "{c1d} {t1} {n1} met {c2d} {t2} {n2} in {city} on {day}, the two governments said, as "
    "both sides sought to expand cooperation on {topic}.",
    "{n1}, {c1}'s {t1}, held talks with {t2} {n2} of {c2} in {city} on {day} on {topic} and "
    "on the security situation in the region.",
    "{c1d} {t1} {n1} arrived in {city} on {day} for a two-day official visit, the first by a "
    "{c1d} {t1short} in almost a decade, and was received by {t2} {n2}.",
    "{t1} {n1} of {c1} spoke by phone on {day} with {c2d} {t2} {n2}, the foreign ministry in "
    "{cap1} said in a statement.",
]
BODY = [
    '"We have agreed to move quickly on {topic}," {n1} told reporters after the meeting, '
    "adding that officials would meet again before the end of the year.",
    "{n2} said relations between {c1} and {c2} had rarely been better, pointing to a rise in "
    "investment and in the number of students travelling between the two countries.",
    "The two sides signed a memorandum of understanding on {topic} and agreed to set up a "
    "joint working group on {topic2}, according to a joint statement.",
    "Bilateral trade reached {billions} billion dollars last year, up {pct} percent on the year "
    "before, according to official figures published in {month}.",
    "{c1} and {c2} established diplomatic relations in {year} and opened embassies in each "
    "other's capitals two years later.",
    "Earlier in the week, {n3}, {c3}'s {t3}, held a phone call with {n1} on regional trade "
    "routes and on the coming summit.",
    "{n2} is expected to travel to {cap1} in {month} to attend a conference on {topic2}, a "
    "spokesperson for the ministry said.",
    "Analysts said the visit signalled a shift in {c1}'s foreign policy towards closer ties "
    "with partners in the region, though few expected quick results.",
    "Asked about {topic2}, {surname1} declined to give details, saying only that talks were "
    '"constructive and frank" and would continue at the technical level.',
    "The ministers also discussed preparations for the next session of the joint commission, "
    "which last met in {cap2} in {month} {year2}.",
    "Opposition lawmakers in {cap1} criticised the government for what they called a lack of "
    "transparency about the terms of the {topic} deal.",
    "On the sidelines of the talks, {n1} met business leaders and visited a {topic} project on "
    "the outskirts of {city}.",
    "{surname2} thanked {n1} for {c1}'s support during last year's floods and said the two "
    "countries would cooperate more closely on disaster relief.",
    "The visit comes after {n3} of {c3} met {c2d} officials in {cap2} last month to discuss "
    "{topic}.",
    "Officials from both sides will meet in {cap3} next month to draft a plan for {topic2}, "
    "the statement said.",
    "{n1} later laid a wreath at a memorial in {city} before flying on to {cap3}, where {he} is "
    "due to meet {n3} on {day2}.",
]
TAIL = "\nRelated Articles\nMarkets close higher\nWeather warning for the coast\n"


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(TITLES), f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(rng: random.Random, i: int) -> tuple[str, str]:
    """(file name, content) of one generated report."""
    (c1, d1, k1), (c2, d2, k2), (c3, _, k3) = rng.sample(COUNTRIES, 3)
    (t1, n1), (t2, n2), (t3, n3) = _person(rng), _person(rng), _person(rng)
    published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    topic, topic2 = rng.sample(TOPICS, 2)
    city = rng.choice((k1, k2))
    fields = {
        "c1": c1, "c1d": d1, "c2": c2, "c2d": d2, "c3": c3, "cap1": k1, "cap2": k2,
        "cap3": k3, "t1": t1, "t1short": t1.split()[-1].lower(), "t2": t2, "t3": t3,
        "n1": n1, "n2": n2, "n3": n3, "surname1": n1.split()[-1], "surname2": n2.split()[-1],
        "city": city, "day": rng.choice(WEEKDAYS), "day2": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS), "year": rng.randrange(1950, 2000),
        "year2": published.year - 1, "topic": topic, "topic2": topic2,
        "billions": rng.randrange(2, 40), "pct": rng.randrange(3, 25),
        "he": rng.choice(("he", "she")),
    }  # fmt: skip
    headline = f"{c1} and {c2} Agree to Deepen Ties on {topic.title()}"
    dateline = f"{city.upper()}, {published:%B} {published.day} ({rng.choice(AGENCIES)}) - "
    lead = dateline + rng.choice(LEADS).format(**fields)
    body = [p.format(**fields) for p in rng.sample(BODY, rng.randrange(8, 15))]
    text = "\n\n".join([headline, lead, *body]) + "\n" + TAIL
    return f"report_{i:05d}.txt", f"date {published.isoformat()}\n{text}"
