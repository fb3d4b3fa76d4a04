"""Held-out reports: extraction must not fall below the scores measured on unseen text.

The reports in tests/data/heldout*/ were written for this check, each set blind to the
engineers of the extractor when it was first scored (the first score of each is noted).
Matching follows ../shared/eval/score.py: countries by ISO3 code, links as unordered country
pairs per document; gold entries marked "optional" are neither required nor held against a
prediction. The floors sit slightly below the measured scores, so a regression fails.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from kg.documents import read_document
from kg.extract import extract, extraction_record

DATA = Path(__file__).resolve().parent / "data"

#: Floors (country F1, link F1, per-document link macro F1) a little below the scores
#: measured 2026-11-22, so a regression fails.
FLOORS: dict[str, tuple[float, float, float]] = {
    # first scored 0.994, 0.723, 0.770; 1.000 on all three after fixing what it revealed
    "heldout": (0.98, 0.95, 0.95),
    # first scored blind 1.000, 0.857, 0.834; 1.000 on all three after fixing what it revealed
    "heldout2": (0.98, 0.95, 0.95),
    # first scored blind 0.989, 0.857, 0.883; 0.989, 0.987, 0.989 after fixing what it revealed
    "heldout3": (0.97, 0.95, 0.95),
    # first scored blind 0.996, 0.692 (P 0.561, R 0.902), 0.734; 1.000 on all three after
    # fixing what it revealed (attendance lists inheriting the last link, flag/registry/seat
    # countries, origins, demonym donors in names, a passive's agent, registry names "of"
    # another country)
    "heldout4": (0.98, 0.95, 0.95),
    # first scored blind: country 1.000, links P 0.862 R 0.980 F1 0.917, macro 0.921;
    # country 1.000, links P/R/F1 1.000, macro 1.000 after fixing what it revealed ("the
    # border of A with B", "the Kyrgyz national liaison unit" read as a nationality, "the
    # meeting" borrowing an unrelated funding link, a donor's funded countries and "officers
    # from A, B and C trained by D" read as cliques)
    "heldout5": (0.98, 0.95, 0.95),
    # first scored blind: country P 0.961 R 0.992 F1 0.976, links P 0.784 R 0.952 F1 0.860,
    # macro 0.851; country 0.996 (P 1.000, R 0.992: "Korean" before a registry body left
    # unresolved), links P/R/F1 1.000, macro 1.000 after fixing what it revealed (PDF text:
    # hyphenated line breaks, footnote markers after a period, stacked "Related news"
    # headlines; territories and "Panama City"; co-donors on a "Donors:" line; proposals not
    # decided; observers; a donor and the body its trainees attend at; hosted guests; a
    # country section's national body; "will benefit from" a donor's project)
    "heldout6": (0.98, 0.95, 0.95),
    # first scored blind: country 0.996, links P 0.521 R 0.962 F1 0.676, macro 0.683
    # (organization 0.916, programme 0.687); country 0.996, links F1 0.954 after fixing what
    # it revealed (acts said not to have happened or only planned, a city's country as a
    # venue, clauses of two donors, counted guests of a host, sentences of a list item,
    # several star lists in a clause, "hereinafter" short names, code-named projects)
    "heldout7": (0.98, 0.92, 0.92),
    # first scored blind: country 1.000, links P 0.587 R 0.902 F1 0.712, macro 0.748; links
    # P 0.878 R 0.878 F1 0.878, macro 0.871 after fixing what it revealed (proposals made,
    # the venue of a meeting named at length, hosts of visits and trainings and their guests,
    # run-in headline lists, sums granted); 0.916 (macro 0.924) after guests added to "the
    # same course" (session 6); the rest needs reference across sentences ("our training
    # centre", "both BLOs")
    "heldout8": (0.98, 0.89, 0.90),
    # first scored blind: country 0.990, links P 0.764 R 0.875 F1 0.816, macro 0.824
    # (organization 0.944, programme 0.917); country 1.000, links P 0.935 R 0.896 F1 0.915,
    # macro 0.909 after fixing what it revealed (drafts discussed, "agreed to explore the
    # possibility", two donors thanked in one sentence, "work alongside", a visit hosted by
    # the visited country's body, people named like countries in a title-case line)
    "heldout9": (0.98, 0.88, 0.87),
    # first scored blind: country 0.993, links P 0.915 R 0.977 F1 0.945, macro 0.937
    # (organization 0.943, programme 0.900); links 0.956 after narrowing two over-broad rules
    # it exposed (guests who exchange views with their host; "proposed joint patrols")
    "heldout10": (0.97, 0.92, 0.91),
    # first scored blind: country 1.000, links P 0.800 R 0.692 F1 0.742, macro 0.694
    # (organization 0.929, programme 0.769); links P 0.980 R 0.942 F1 0.961, macro 0.950
    # after fixing what it revealed (guests who "took part" in a host's course, payers of
    # "the guests", a gift extended to more recipients, "the grant supports A, B and C", "the
    # three beneficiary countries", named operations, "of course", refusals and declined
    # invitations, a gapped second "with" partner, "their Bolivian colleagues")
    "heldout11": (0.98, 0.94, 0.93),
    # first scored blind: country 0.995, links P 0.604 R 0.784 F1 0.682, macro 0.758
    # (organization 0.871, programme 0.571); country 1.000, links P 0.919 R 0.919 F1 0.919,
    # macro 0.887 after fixing what it revealed (rows of a dated table, postponed and
    # negotiated acts, "planned activities", years in parentheses in a list, hosted foreign
    # officers, "the two units", "Korea" alone, a "for the … Committee" complement, a
    # subjectless "with" list naming a partner twice, courses conducted for two countries)
    "heldout12": (0.98, 0.89, 0.86),
    # first scored blind: country 0.982, links P 0.776 R 0.927 F1 0.844, macro 0.846
    # (organization 0.967, programme 0.800); country 0.994, links P 0.952 R 0.976 F1 0.964,
    # macro 0.955 after fixing what it revealed (beneficiaries named at length, trainings
    # "being discussed", proposals "presented", "arrived from … by way of", secondments,
    # mentoring, the Republic of China, a person called France)
    "heldout13": (0.98, 0.93, 0.92),
    # first scored blind: country 0.993, links P 0.658 R 0.694 F1 0.676, macro 0.714
    # (organization 0.953, programme 0.842); country 1.000, links P 0.973 R 1.000 F1 0.986,
    # macro 0.982 after fixing what it revealed (who delivered a course's sessions, a funded
    # study visit others join, a host among the participants, trainings on "mutual legal
    # assistance", a "Donors" list, "paid for by", invitations, "a possible …", an office's
    # seat, a person called Argentina)
    "heldout14": (0.98, 0.95, 0.95),
    # first scored blind near the session's end: country 1.000, links P 0.969 R 0.969 F1
    # 0.969, macro 0.950 (organization 0.939, programme 0.842); 0.867 with the rules of the
    # session's start; 1.000 after two fixes (an intro that states no link, "the two
    # ministers" after a visit to the issuing ministry)
    "heldout15": (0.98, 0.95, 0.95),
    # first scored blind with the session's final rules: country 1.000, links P 0.933
    # R 0.933 F1 0.933, macro 0.908 (organization 0.949, programme 0.714); 0.893 with the
    # rules of the session's start; nothing tuned on it
    "heldout16": (0.98, 0.92, 0.90),
    # first scored blind at the seventh session's start: country 1.000, links P 0.750 R 0.750
    # F1 0.750, macro 0.763 (organization 0.985, programme 0.727); 0.881 after fixing what it
    # and a probe of 31 reports revealed (donor field lines, quoted operation names, a joint
    # operation "with" one country in a national bulletin, guests' travel paid later, a lake
    # "shared by" its shores)
    "heldout17": (0.98, 0.86, 0.84),
    # first scored blind at the eighth session's start: country 1.000, links P 0.737 R 0.824
    # F1 0.778, macro 0.800 (organization 0.905, programme 0.667); links P 0.906 R 0.853
    # F1 0.879, macro 0.893 after fixing what it and heldout19 revealed (invitations and
    # requests nobody answered, "respectively" after a third list, "share a border", a
    # "National" agency of the report's country); 0.896 after those for heldout20
    "heldout18": (0.98, 0.86, 0.87),
    # first scored blind at the eighth session's start: country 0.993, links P 0.912 R 0.721
    # F1 0.805, macro 0.788 (organization 0.906, programme 0.909); links P 0.951 R 0.907
    # F1 0.929, macro 0.917 after those fixes (a speech's "our country", a decided "will
    # fund" for two beneficiaries, an acronym of a body the title names with its country)
    "heldout19": (0.98, 0.91, 0.90),
    # first scored blind late in the eighth session (after the fixes for sets 18 and 19):
    # country 0.987, links P 0.771 R 0.730 F1 0.750, macro 0.738 (organization 0.913,
    # programme 0.588); links P 0.971 R 0.892 F1 0.930, macro 0.915 after fixing what it
    # revealed ("Donor:" and "Beneficiaries:" lines of a project card, recipients that
    # "receive" sums, officers "seconded to", "the two agencies" and "all three countries" in
    # a sentence about one country's own bodies, "proposed to host"); 0.943 with co-trainers
    "heldout20": (0.98, 0.91, 0.89),
    # first scored blind at the ninth session's start: country 0.994, links P 0.829 R 0.763
    # F1 0.795, macro 0.783 (organization 0.969, programme 1.000); 1.000 after fixing what it
    # and heldout22 revealed (cancelled, declined and unmaterialized acts, a body seated in a
    # city of the report's country, disclosures to a foreign unit, an interviewee's "we",
    # "both navies" and "the four signatory countries", gapped "one for A and one for B")
    "heldout21": (0.98, 0.95, 0.95),
    # first scored blind at the ninth session's start: country 1.000, links P 0.800 R 0.933
    # F1 0.862, macro 0.863 (organization 0.988, programme 0.800); 1.000 after those fixes
    # ("the two sides" after two countries, a donor to "both countries", a statistic's
    # countries, a delegation's guests, separate recipients, "decided not to take part")
    "heldout22": (0.98, 0.95, 0.95),
    # first scored blind at the tenth session's start: country 0.994, links P 0.878 R 0.935
    # F1 0.905, macro 0.901 (organization 0.923, programme 0.889); 1.000 after fixing what it
    # revealed (recipients after a colon or a "recipients were as follows" intro, a host's
    # training cycles, "no commitment has been made", invitees who did not attend, countries
    # named as not funded, a view's "which A describes as")
    "heldout23": (0.98, 0.95, 0.95),
    # first scored blind at the tenth session's start: country 1.000, links P 0.718 R 0.778
    # F1 0.747, macro 0.717 (organization 0.877, programme 0.462); links P 1.000 R 0.944
    # F1 0.971, macro 0.938 after those fixes ("the two ministers" of a readout, pipe-table
    # rows, a row's status cell, announced sums, proposals only noted, declined offers)
    "heldout24": (0.98, 0.95, 0.91),
    # first scored blind at the eleventh session's start: country 1.000, links P 0.605 R 0.839
    # F1 0.703, macro 0.767 (organization 0.951, programme 1.000); links P 1.000 R 0.968
    # F1 0.984, macro 0.982 after those fixes (a programme's colon list of countries served,
    # a regional office's report, guests of a course and its later host, unit codes such as
    # "(C04)", a report's own acronym over the registry's)
    "heldout25": (0.98, 0.95, 0.95),
    # first scored blind at the eleventh session's start: country 0.995, links P 0.892 R 0.868
    # F1 0.880, macro 0.858 (organization 0.958, programme 1.000); 1.000 after those fixes
    # (information "passed to" a body, a capital giving as its government, staff joining
    # another country's body, "the course was hosted by", goods "ordered from" a country)
    "heldout26": (0.98, 0.95, 0.95),
}


def _pairs(links: list[dict]) -> set[tuple[str, str]]:
    return {p for link in links for p in combinations(sorted(set(link["countries"])), 2)}


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _gold(folder: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((folder / "gold").glob("*.json"))]


@pytest.fixture(scope="module", params=sorted(FLOORS))
def held_out(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def scores(held_out: str) -> dict[str, float]:
    folder = DATA / held_out
    country = [0, 0, 0]
    link = [0, 0, 0]
    per_doc = []
    for gold in _gold(folder):
        pred = extraction_record(extract(read_document(folder / gold["document"])))
        got = {e["iso3"] for e in pred["entities"] if e["type"] == "Country" and e.get("iso3")}
        countries = [g for g in gold["entities"] if g["type"] == "Country"]
        need = {g["iso3"] for g in countries if not g.get("optional")}
        maybe = {g["iso3"] for g in countries if g.get("optional")}
        country = [a + b for a, b in zip(country, _counts(got, need, maybe), strict=True)]
        got_pairs = _pairs(pred["links"])
        need_pairs = _pairs([g for g in gold["links"] if not g.get("optional")])
        maybe_pairs = _pairs([g for g in gold["links"] if g.get("optional")]) - need_pairs
        counts = _counts(got_pairs, need_pairs, maybe_pairs)
        link = [a + b for a, b in zip(link, counts, strict=True)]
        per_doc.append(_f1(*counts) if need_pairs or got_pairs - maybe_pairs else 1.0)
    return {
        "country": _f1(*country),
        "link": _f1(*link),
        "link_macro": sum(per_doc) / len(per_doc),
    }


def _counts(got: set, need: set, maybe: set) -> tuple[int, int, int]:
    return len(got & need), len(got - need - maybe), len(need - got)


def test_every_gold_file_describes_its_report(held_out: str) -> None:
    folder = DATA / held_out
    golds = _gold(folder)
    reports = {p.name for p in folder.iterdir() if p.is_file() and p.name != "README.md"}
    assert {gold["document"] for gold in golds} == reports
    assert len(reports) >= 8
    for gold in golds:
        text = (folder / gold["document"]).read_text(encoding="utf-8")
        codes = {g.get("iso3") for g in gold["entities"] if g["type"] == "Country"}
        for link in gold["links"]:  # sentences apart are joined by " [...] "
            assert all(part in text for part in link["evidence"].split(" [...] "))
            assert set(link["countries"]) <= codes


def test_scores_stay_above_floors(held_out: str, scores: dict[str, float]) -> None:
    country, link, link_macro = FLOORS[held_out]
    assert scores["country"] >= country, scores
    assert scores["link"] >= link, scores
    assert scores["link_macro"] >= link_macro, scores
