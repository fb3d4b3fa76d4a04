"""A deterministic synthetic corpus: reports written from the family's sentence patterns.

Run: ``.venv/bin/python benchmarks/corpus.py N FOLDER [--seed 0]`` writes N ``.txt`` reports.

Each report has a country title line, a headline and paragraphs mixing link sentences
(agreements and memoranda signed, joint operations, funding and donations by donors, demonym
donors included, meetings to strengthen cooperation, trainings, knowledge transfer) with
sentences that name countries without linking them (trafficking routes, seizure statistics,
borders) and plain filler. Names are real: kg's country table and organization registry. A
few focus countries appear more often, as in real collections. Report ``i`` depends only on
``(seed, i)``, so any prefix of a corpus is the smaller corpus.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.extract.countries import all_countries, find_countries

ORGANIZATIONS = Path(__file__).resolve().parents[1] / "data" / "reference" / "organizations.json"

#: Countries that recur across reports (with this many times the weight of any other).
FOCUS = ("IRN", "AFG", "PAK", "COL", "MEX", "NGA", "KEN", "THA", "MMR", "TJK", "BRA", "IDN")
FOCUS_WEIGHT = 12
#: Territories without a government of their own that reports would not name as partners.
NOT_STATES = frozenset({"ATA", "ATF", "BVT", "HMD", "IOT", "UMI", "SGS", "PCN", "ESH"})
DONORS = ("JPN", "NOR", "DEU", "SWE", "GBR", "USA", "FRA", "ITA", "CAN", "AUS", "NLD", "DNK")
#: Share of link sentences: about 3 links per KB of text, as in the bundled reports.
LINK_SHARE = 0.2
MONTHS = ("January", "March", "April", "June", "September", "October", "November", "December")
AGENCIES = (
    "Anti-Narcotics Force",
    "Drug Control Agency",
    "National Police",
    "Customs Service",
    "Financial Intelligence Unit",
)
OFFICIALS = ("police officers", "customs officers", "judges", "prosecutors", "border guards")
DRUGS = ("heroin", "opium", "cocaine", "methamphetamine", "hashish", "cannabis resin")
FILLER = (
    "The problem of drug use is heavily stigmatized and cultural norms may make it difficult "
    "to acknowledge such a problem.",
    "Programme organization and setting are important aspects of planning and developing "
    "services for people who use drugs.",
    "Treatment and after-care services help recovered people return to work and to their families.",
    "Generally, women with substance use problems have fewer resources than men and face "
    "more severe problems.",
    "The centre offers job creation and social reintegration services to its clients.",
    "Prevention in schools remains a priority of the national drug control strategy.",
    "Data collection on drug use improved thanks to a new household survey.",
    "The bakery workshop will provide the opportunity for recovered women to have a job and "
    "an income, and to support themselves and their dependents.",
    "Participants discussed the latest trends in illicit drug markets, new psychoactive "
    "substances and the diversion of precursor chemicals.",
    "The curriculum covered investigation techniques, risk profiling, the handling of "
    "evidence and the protection of human rights during arrests.",
    "Community-based treatment reduces relapse and helps people who use drugs to stay in "
    "contact with health and social services.",
    "The report recommends better coordination between law enforcement, health and "
    "education authorities at national and provincial level.",
)


@dataclass(frozen=True)
class Country:
    """A country as reports name it: its name and, when unambiguous, its demonym."""

    iso3: str
    name: str
    demonym: str | None


@dataclass(frozen=True)
class Names:
    """The names the templates draw from."""

    countries: tuple[Country, ...]
    weights: tuple[int, ...]
    donors: tuple[Country, ...]
    organizations: tuple[str, ...]


def _reads_as(text: str, iso3: str) -> bool:
    """Whether kg reads ``text`` (alone) as exactly one mention of ``iso3``."""
    mentions = find_countries(f"They met {text} officials.")
    return len(mentions) == 1 and mentions[0].iso3 == iso3 and mentions[0].text == text


def _country(info: object) -> Country | None:
    iso3, name = info.iso3, info.name  # type: ignore[attr-defined]
    if iso3 in NOT_STATES or any(mark in name for mark in (",", " and ", "(")):
        return None
    if not _reads_as(name, iso3):
        return None
    demonyms = [d for d in info.demonyms if _reads_as(d, iso3)]  # type: ignore[attr-defined]
    return Country(iso3, name, demonyms[0] if demonyms else None)


@cache
def names() -> Names:
    """Countries kg recognises by name, focus-weighted, donors and organization names."""
    countries = tuple(c for c in map(_country, all_countries()) if c is not None)
    weights = tuple(FOCUS_WEIGHT if c.iso3 in FOCUS else 1 for c in countries)
    donors = tuple(c for c in countries if c.iso3 in DONORS and c.demonym)
    records = json.loads(ORGANIZATIONS.read_text("utf-8"))
    organizations = tuple(
        (r.get("acronyms") or [r["label"]])[0]
        for r in records
        if r.get("country") is None and r.get("category") in ("un-body", "intergovernmental")
    )
    return Names(countries, weights, donors, organizations or ("UNODC",))


class Writer:
    """Draws names and writes sentences for one report."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = names()

    def countries(self, k: int) -> list[Country]:
        """``k`` distinct countries, focus countries more likely."""
        picked: dict[str, Country] = {}
        while len(picked) < k:
            c = self.rng.choices(self.names.countries, self.names.weights)[0]
            picked.setdefault(c.iso3, c)
        return list(picked.values())

    def with_demonym(self) -> Country:
        """A country that has a demonym."""
        while True:
            (c,) = self.countries(1)
            if c.demonym:
                return c

    def donor(self) -> Country:
        """A donor country."""
        return self.rng.choice(self.names.donors)

    def org(self) -> str:
        """An international organization's acronym or name."""
        return self.rng.choice(self.names.organizations)

    def year(self) -> int:
        """A plausible report year."""
        return self.rng.randrange(2005, 2025)

    def pick(self, options: tuple[str, ...]) -> str:
        """One of ``options``."""
        return self.rng.choice(options)

    def sentence(self) -> str:
        """A link sentence (``LINK_SHARE``) or a sentence that links nothing."""
        templates = LINKS if self.rng.random() < LINK_SHARE else NON_LINKS
        return self.rng.choice(templates)(self)


def _listing(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


def agreement(w: Writer) -> str:
    a, b = w.countries(2)
    return (
        f"{a.name} and {b.name} signed a memorandum of understanding on drug control in {w.year()}."
    )


def bilateral_agreements(w: Writer) -> str:
    hub, *others = w.countries(4)
    partners = _listing([o.name for o in others])
    return f"{hub.name} has established bilateral agreements with {partners}."


def joint_operation(w: Writer) -> str:
    members = [c.name for c in w.countries(w.rng.randrange(2, 5))]
    return (
        f"Police officers from {_listing(members)} took part in a joint operation "
        f"coordinated by {w.org()}."
    )


def funding(w: Writer) -> str:
    donor, recipient = w.donor(), w.with_demonym()
    amount = f"US$ {w.rng.randrange(1, 40) / 10:.1f} million"
    return (
        f"The training was funded by {donor.name} with {amount} and delivered by {w.org()} to "
        f"{recipient.demonym} {w.pick(OFFICIALS)}."
    )


def demonym_donor(w: Writer) -> str:
    donor = w.donor()
    (recipient,) = w.countries(1)
    return (
        f"The equipment was procured under generous {donor.demonym} funding and handed over to "
        f"the {w.pick(AGENCIES)} of {recipient.name}."
    )


def support_from(w: Writer) -> str:
    donor, recipient = w.donor(), w.with_demonym()
    return (
        f"With the support of the Government of {donor.name}, {w.org()} trained "
        f"{recipient.demonym} {w.pick(OFFICIALS)}."
    )


def donation(w: Writer) -> str:
    donor = w.donor()
    (recipient,) = w.countries(1)
    return (
        f"The {w.pick(AGENCIES)} of {recipient.name} received vehicles donated by the "
        f"Government of {donor.name}."
    )


def meeting(w: Writer) -> str:
    a, b = w.countries(2)
    return (
        f"The Ministers of {a.name} and {b.name} met in {w.pick(MONTHS)} {w.year()} to "
        "strengthen cooperation against drug trafficking."
    )


def strengthen(w: Writer) -> str:
    a, b = w.countries(2)
    return (
        f"{a.name} and {b.name} agreed to strengthen cooperation in the field of combating "
        "narcotic drugs."
    )


def training(w: Writer) -> str:
    c = w.with_demonym()
    count = w.rng.randrange(12, 200)
    return f"{w.org()} trained {count} {c.demonym} {w.pick(OFFICIALS)} in {w.year()}."


def knowledge(w: Writer) -> str:
    a, b = w.countries(2)
    return f"{a.name} and {b.name} exchanged information on trafficking networks."


def route(w: Writer) -> str:
    a, b = w.countries(2)
    drug = w.pick(DRUGS).capitalize()
    return f"{drug} trafficked from {a.name} through {b.name} reaches markets in Europe."


def seizures(w: Writer) -> str:
    names_ = [c.name for c in w.countries(3)]
    pct = w.rng.randrange(5, 60)
    return f"Drug seizures in {_listing(names_)} increased by {pct} per cent in {w.year()}."


def border(w: Writer) -> str:
    a, b = w.countries(2)
    return f"{a.name} shares a {w.rng.randrange(100, 2500)} km border with {b.name}."


def seizure(w: Writer) -> str:
    a, b = w.countries(2)
    kg = w.rng.randrange(10, 5000)
    return f"{a.name} seized {kg} kg of {w.pick(DRUGS)} near the border with {b.name}."


def filler(w: Writer) -> str:
    return w.pick(FILLER)


Template = Callable[[Writer], str]
LINKS: tuple[Template, ...] = (
    agreement,
    bilateral_agreements,
    joint_operation,
    funding,
    demonym_donor,
    support_from,
    donation,
    meeting,
    strengthen,
    training,
    knowledge,
)
NON_LINKS: tuple[Template, ...] = (route, seizures, border, seizure, filler, filler)


def paragraph(w: Writer) -> str:
    """Four to eight sentences."""
    count = w.rng.randrange(4, 9)
    return " ".join(w.sentence() for _ in range(count))


def report(seed: int, index: int) -> str:
    """The text of report ``index`` of the corpus ``seed``."""
    w = Writer(random.Random(f"{seed}:{index}"))
    (home,) = w.countries(1)
    headline = f"{home.name} and {w.org()} to Strengthen Cooperation in the Field of Drug Control"
    body = [paragraph(w) for _ in range(w.rng.randrange(4, 9))]
    return "\n\n\n".join([home.name, headline, *body]) + "\n"


def reports(count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``(file name, text)`` of the first ``count`` reports."""
    for i in range(count):
        yield f"{i:06d}_synthetic.txt", report(seed, i)


def write_corpus(folder: str | Path, count: int, seed: int = 0) -> int:
    """Write ``count`` reports into ``folder``; return the bytes of text written."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, text in reports(count, seed):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    """Write a corpus from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    size = write_corpus(args.folder, args.count, args.seed)
    print(f"{args.count} reports, {size / 1e6:.2f} MB in {args.folder}")


if __name__ == "__main__":
    main()
