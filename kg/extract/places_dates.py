"""Places (cities, provinces of the countries a report names, "X Province") and dates.

Capitals and large cities and ports come from the table below (general knowledge); provinces from
pycountry's ISO 3166-2 subdivisions, looked up only for countries the report names,
so that common words elsewhere are not read as places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pycountry

from kg.extract.cues import Cue, Lowered
from kg.extract.gazetteer import Hit, PhraseIndex, Token, fold, tokenize, word_set
from kg.extract.names import is_name_word, span_text
from kg.extract.view import DocView
from kg.resolve import Candidate

_CAPITALS = """
AFG Kabul|ALB Tirana|DZA Algiers|AGO Luanda|ARG Buenos Aires|ARM Yerevan|AUS Canberra|AUT Vienna
AZE Baku|BHR Manama|BGD Dhaka|BLR Minsk|BEL Brussels|BEN Porto-Novo|BTN Thimphu|BOL La Paz
BIH Sarajevo|BWA Gaborone|BRA Brasilia|BRN Bandar Seri Begawan|BGR Sofia|BFA Ouagadougou
BDI Gitega|KHM Phnom Penh|CMR Yaounde|CAN Ottawa|CPV Praia|CAF Bangui|TCD N'Djamena
CHL Santiago|CHN Beijing|COL Bogota|COM Moroni|COG Brazzaville|COD Kinshasa|CRI San Jose
CIV Abidjan|HRV Zagreb|CUB Havana|CYP Nicosia|CZE Prague|DNK Copenhagen|DJI Djibouti
DOM Santo Domingo|ECU Quito|EGY Cairo|SLV San Salvador|GNQ Malabo|ERI Asmara|EST Tallinn
SWZ Mbabane|ETH Addis Ababa|FJI Suva|FIN Helsinki|FRA Paris|GAB Libreville|GMB Banjul
GEO Tbilisi|DEU Berlin|GHA Accra|GRC Athens|GTM Guatemala City|GIN Conakry|GNB Bissau
GUY Georgetown|HTI Port-au-Prince|HND Tegucigalpa|HUN Budapest|ISL Reykjavik|IND New Delhi
IDN Jakarta|IRN Tehran|IRQ Baghdad|IRL Dublin|ISR Jerusalem|ITA Rome|JAM Kingston|JPN Tokyo
JOR Amman|KAZ Astana|KEN Nairobi|KWT Kuwait City|KGZ Bishkek|LAO Vientiane|LVA Riga
LBN Beirut|LSO Maseru|LBR Monrovia|LBY Tripoli|LTU Vilnius|LUX Luxembourg City|MDG Antananarivo
MWI Lilongwe|MYS Kuala Lumpur|MDV Male|MLI Bamako|MLT Valletta|MRT Nouakchott|MUS Port Louis
MEX Mexico City|MDA Chisinau|MNG Ulaanbaatar|MNE Podgorica|MAR Rabat|MOZ Maputo|MMR Naypyidaw
NAM Windhoek|NPL Kathmandu|NLD Amsterdam|NZL Wellington|NIC Managua|NER Niamey|NGA Abuja
PRK Pyongyang|MKD Skopje|NOR Oslo|OMN Muscat|PAK Islamabad|PSE Ramallah|PAN Panama City
PNG Port Moresby|PRY Asuncion|PER Lima|PHL Manila|POL Warsaw|PRT Lisbon|QAT Doha
ROU Bucharest|RUS Moscow|RWA Kigali|SAU Riyadh|SEN Dakar|SRB Belgrade|SLE Freetown
SGP Singapore|SVK Bratislava|SVN Ljubljana|SOM Mogadishu|ZAF Pretoria|KOR Seoul|SSD Juba
ESP Madrid|LKA Colombo|SDN Khartoum|SUR Paramaribo|SWE Stockholm|CHE Bern|SYR Damascus
TJK Dushanbe|TZA Dodoma|THA Bangkok|TLS Dili|TGO Lome|TTO Port of Spain|TUN Tunis|TUR Ankara
TKM Ashgabat|UGA Kampala|UKR Kyiv|ARE Abu Dhabi|GBR London|USA Washington|URY Montevideo
UZB Tashkent|VEN Caracas|VNM Hanoi|YEM Sanaa|ZMB Lusaka|ZWE Harare|AUT Vienna|CHE Geneva
USA New York|PAK Karachi|PAK Lahore|IND Mumbai|BRA Sao Paulo|TUR Istanbul|NGA Lagos
VNM Ho Chi Minh City|MAR Casablanca|EGY Alexandria|KAZ Almaty|AFG Kandahar|AFG Herat
IRN Mashhad|IRN Isfahan|IRN Shiraz|IRN Tabriz|IRN Zahedan|IRQ Basra|CHN Shanghai
ARE Dubai|SAU Jeddah|KEN Mombasa|TZA Dar es Salaam|ZAF Johannesburg|ZAF Cape Town|ZAF Durban
BEL Antwerp|NLD Rotterdam|DEU Hamburg|ESP Barcelona|ESP Algeciras|ECU Guayaquil|COL Medellin
COL Cartagena|MMR Yangon|PAK Quetta|PAK Peshawar|IND Kolkata|IND Chennai|AUS Sydney
AUS Melbourne|CAN Toronto|CAN Vancouver|CAN Montreal|USA Miami|USA Los Angeles|TUR Izmir
TUR Mersin|CHN Guangzhou|UZB Samarkand|RUS Saint Petersburg|ITA Milan|FRA Marseille
"""
_PLACE_HEADS = "province|governorate|region|state|district|oblast|prefecture"
_PLACE_HEAD = re.compile(rf"(?i)^({_PLACE_HEADS})$")
_PLACE_HEAD_WORDS = frozenset(_PLACE_HEADS.split("|"))
_NOT_PLACES = word_set(
    "central northern southern eastern western north south east west capital national "
    "federal islands coast city centre center border upper lower"
)
_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july"),
    *("august", "september", "october", "november", "december"),
)
_MONTH = "|".join(_MONTHS)
#: A date (a cue: read in lower case, case-insensitive alternations being slow).
DATE = Cue(
    rf"\b(?:(\d{{1,2}})\s+({_MONTH})\s+((?:19|20)\d\d)"
    rf"|({_MONTH})\s+(\d{{1,2}}),\s+((?:19|20)\d\d)"
    rf"|({_MONTH})\s+((?:19|20)\d\d)"
    r"|(?<![-–/\d])((?:19|20)\d\d)(?![-–/]\d|\d))"
)


@dataclass(frozen=True)
class Place:
    """A named place and the country it lies in."""

    name: str
    iso3: str


@cache
def _capitals() -> tuple[Place, ...]:
    pairs = (item.strip().split(" ", 1) for item in _CAPITALS.replace("\n", "|").split("|"))
    return tuple(Place(name, iso3) for iso3, name in (p for p in pairs if len(p) == 2))


@cache
def _subdivisions(iso3: str) -> tuple[Place, ...]:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return ()
    out = []
    for sub in pycountry.subdivisions.get(country_code=country.alpha_2) or ():
        name = re.sub(r"\s*\(.*\)$", "", sub.name)
        if len(name) >= 4 and fold(name) not in _NOT_PLACES:
            out.append(Place(name, iso3))
    return tuple(out)


@dataclass(frozen=True)
class PlaceIndex:
    """Capitals everywhere plus the provinces of some countries, read from one shared index
    of every place (built once: building it per report took half of extraction)."""

    countries: frozenset[str]

    def find(self, tokens: list[Token], text: str) -> list[Hit[Place]]:
        """Leftmost-longest places in ``tokens``, as an index of only these places finds."""
        return _every_place().find(tokens, text, self._knows)

    def find_each(self, token_lists: list[list[Token]], text: str) -> list[list[Hit[Place]]]:
        """:meth:`find` over each token list, in one pass (see :meth:`PhraseIndex.find_each`)."""
        return _every_place().find_each(token_lists, text, self._knows)

    def _knows(self, place: Place) -> bool:
        return place.iso3 in self.countries or (place.name, place.iso3) in _capital_set()


def place_index(countries: Iterable[str]) -> PlaceIndex:
    """Capitals everywhere plus the provinces of ``countries``."""
    return PlaceIndex(frozenset(countries))


@cache
def _every_place() -> PhraseIndex[Place]:
    """Capitals first, then provinces by country code: the order in which ties resolve."""
    index: PhraseIndex[Place] = PhraseIndex((p.name, p) for p in _capitals())
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        for place in _subdivisions(country.alpha_3):
            index.add(place.name, place)
    return index


@cache
def _capital_set() -> frozenset[tuple[str, str]]:
    """Names and countries of the capitals (tuples: a Place hashes in Python, slowly)."""
    return frozenset((p.name, p.iso3) for p in _capitals())


@cache
def _seats() -> frozenset[tuple[str, str]]:
    """Each country's seat of government: the first place the table lists for it."""
    seats: dict[str, str] = {}
    for place in _capitals():
        seats.setdefault(place.iso3, place.name)
    return frozenset((name, iso3) for iso3, name in seats.items())


#: Capitals that also seat an intergovernmental body and, as a subject, mostly stand for it:
#: "Brussels has financed …" is the European Union's act (international: no country).
_SEATS_OF_BODIES = frozenset({("Brussels", "BEL")})


def stands_for_government(name: str, iso3: str) -> bool:
    """Whether ``name``, the subject of an act, stands for the government of ``iso3``: its
    capital (not another large city), unless the name mostly stands for a body seated there."""
    return (name, iso3) in _seats() and (name, iso3) not in _SEATS_OF_BODIES


def find_places(doc: DocView, index: PlaceIndex, taken: set[int]) -> list[Candidate]:
    """Places named in the text: gazetteer names and capitalized "X Province" phrases."""
    out: dict[int, Candidate] = {}
    named = index.find_each(doc.tokens, doc.text)
    for seg, toks, norms, hits in zip(doc.segments, doc.tokens, doc.norms, named, strict=True):
        for hit in hits:
            if hit.start in taken or not toks[hit.first].text[0].isupper():
                continue
            start, end, text = span_text(doc.text, toks, hit.first, hit.last)
            out[start] = Candidate(start, end, text, "Place", hit.value.name, hit.value.iso3)
        if norms.isdisjoint(_PLACE_HEAD_WORDS) and seg.text.isascii():
            continue  # no head word (ASCII norms are the lowercase words)
        for i in range(1, len(toks)):
            prev = toks[i - 1]
            if not (_PLACE_HEAD.match(toks[i].text) and is_name_word(prev)):
                continue
            if prev.start in taken or prev.start in out or doc.country_of(prev):
                continue
            found = index.find([prev], doc.text)
            iso3 = found[0].value.iso3 if found else None
            out[prev.start] = Candidate(prev.start, prev.end, prev.text, "Place", prev.text, iso3)
    return list(out.values())


def place_country(index: PlaceIndex, word: str) -> str | None:
    """Country of a place named by one word ("Kerman" → IRN), for names that start with it."""
    hits = index.find(tokenize(word), word)
    return hits[0].value.iso3 if len(hits) == 1 and hits[0].end == len(word) else None


def find_dates(
    text: str, start: int, end: int, lowered: Lowered | None = None
) -> list[tuple[int, int, str]]:
    """Dates in ``text[start:end]`` as (start, end, "YYYY[-MM[-DD]]"); pass ``lowered`` (of
    ``text``) for a long text."""
    out = []
    for m in DATE.finditer(text, start, end, lowered):
        g = m.groups()
        if g[0]:
            value = f"{g[2]}-{_month(g[1])}-{int(g[0]):02d}"
        elif g[3]:
            value = f"{g[5]}-{_month(g[3])}-{int(g[4]):02d}"
        elif g[6]:
            value = f"{g[7]}-{_month(g[6])}"
        else:
            value = g[8]
        out.append((m.start(), m.end(), value))
    return out


def _month(name: str) -> str:
    return f"{_MONTHS.index(name.lower()) + 1:02d}"
