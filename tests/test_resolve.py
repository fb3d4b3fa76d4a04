"""Resolution: canonical names, stable keys, acronyms and short forms joining full forms."""

from kg.resolve import Candidate, candidate_key, canonical, resolve
from kg.types import Entity


def describe(key: str, cands: list[Candidate]) -> Entity:
    return Entity(key, cands[0].type, cands[0].name)


def org(start: int, text: str, name: str | None = None, **kw) -> Candidate:
    return Candidate(start, start + len(text), text, "Organization", name or text, **kw)


def test_canonical_folds_spelling_possessives_and_plural_heads() -> None:
    assert canonical("The Women's Empowerment Centres") == canonical("Women’s Empowerment Center")
    assert canonical("Country Program") == canonical("country programme")
    assert canonical("Border Liaison Offices") == "border liaison office"


def test_keys_are_stable_functions_of_names() -> None:
    assert candidate_key(
        org(0, "Iranian Prisons Organization", "Prisons Organization", country="IRN")
    ) == ("organization/prisons-organization-irn")
    assert candidate_key(org(99, "UNODC", registry="unodc")) == "organization/unodc"
    prog = Candidate(0, 5, "x", "Programme", "Country Programme", "IRN", years="2011-2014")
    assert candidate_key(prog) == "programme/country-programme-2011-2014-irn"
    assert candidate_key(Candidate(0, 4, "Iran", "Country", "IRN", "IRN")) == "country/IRN"


def test_acronym_takes_the_key_of_its_definition() -> None:
    full = org(0, "Drug Control Agency", country="TJK", acronym="DCA")
    use = org(40, "DCA")
    res = resolve([full, use], describe)
    assert res.keys[(40, 43, "Organization")] == "organization/drug-control-agency-tjk"


def test_short_form_joins_the_only_qualified_form() -> None:
    full = org(0, "Iranian Prisons Organization", "Prisons Organization", country="IRN")
    short = org(50, "Prisons Organization")
    res = resolve([full, short], describe)
    assert [e.key for e in res.entities] == ["organization/prisons-organization-irn"]


def test_short_form_stays_apart_when_two_countries_share_the_name() -> None:
    a = org(0, "Spanish Anti-Narcotics Police", "Anti-Narcotics Police", country="ESP")
    b = org(40, "Iranian Anti-Narcotics Police", "Anti-Narcotics Police", country="IRN")
    bare = org(80, "Anti-Narcotics Police")
    res = resolve([a, b, bare], describe)
    assert len(res.entities) == 3


def test_resolution_is_independent_of_candidate_order() -> None:
    cands = [org(0, "UNODC", registry="unodc"), org(10, "Ministry of Interior", country="AFG")]
    first = resolve(cands, describe)
    second = resolve(list(reversed(cands)), describe)
    assert first == second
