"""Links a later sentence adds to an activity or a gift: guests with the host, new
recipients with the donors (and new donors with the recipients), never with each other."""

import pytest
from test_extract_support import country_pairs

from kg.extract import hosts
from kg.extract.lists import Actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight Zambian prosecutors completed a course on asset recovery hosted by the "
            "South African Police Service in Pretoria. Officers from Malawi and Botswana took "
            "part in the same course.",
            {("ZAF", "ZMB"), ("MWI", "ZAF"), ("BWA", "ZAF")},
        ),
        (
            "The Jordanian Public Security Directorate hosted a workshop on dog handling for "
            "Iraqi customs officers. Lebanese handlers also attended the workshop.",
            {("IRQ", "JOR"), ("JOR", "LBN")},
        ),
        (
            "Mexico trained 25 forensic experts from Guatemala in March. The same training was "
            "later delivered to experts from Honduras.",
            {("GTM", "MEX"), ("HND", "MEX")},
        ),
        (
            "Thai trainers gave a course on container profiling to Cambodian officers. The "
            "course was also attended by officials from Viet Nam and Myanmar.",
            {("KHM", "THA"), ("THA", "VNM"), ("MMR", "THA")},
        ),
        (
            "Senegal's customs school trained officers from Mali and Niger in May. The same "
            "course will be offered to Burkina Faso next year.",
            {("MLI", "SEN"), ("NER", "SEN"), ("BFA", "SEN")},
        ),
    ],
)
def test_guests_added_later_link_with_the_host_not_with_each_other(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_a_meetings_host_gains_no_partners_from_later_attendees() -> None:
    text = (
        "Uzbekistan hosted a regional meeting on precursors for Afghan and Tajik officials. "
        "Officials from Kyrgyzstan also attended the meeting."
    )
    assert not {p for p in country_pairs(text) if "UZB" in p}


def test_guests_too_far_from_the_course_are_read_on_their_own() -> None:
    course = "Peru trained Bolivian police officers in Lima."
    between = " Peru and Ecuador met in Quito. Brazil and Chile signed a memorandum." * 2
    later = " Officers from Paraguay took part in the same course."
    assert not {p for p in country_pairs(course + between + later) if "PRY" in p}


def test_an_activity_whose_host_is_unclear_adds_no_host() -> None:
    text = (
        "Kenya and Uganda organized a joint course for their customs officers. Officers from "
        "Rwanda took part in the same course."
    )
    assert not {p for p in country_pairs(text) if "RWA" in p and "KEN" in p and "UGA" not in p}


@pytest.mark.parametrize(
    ("sentence", "host_country"),
    [
        ("The course was hosted by the Government of India.", "IND"),
        ("India, through its police academy, trained officers.", "IND"),
        ("Brazil's federal police academy trained officers.", "BRA"),
        ("Officers attended a course given by Brazil.", "BRA"),
        ("Officers of Brazil attended a course.", None),
    ],
)
def test_the_host_is_the_giver_or_the_subject_that_trained(
    sentence: str, host_country: str | None
) -> None:
    country = next(n for n in ("India", "Brazil") if n in sentence)
    start = sentence.index(country)
    actor = Actor(start, start + len(country), f"country/{host_country}", host_country or "BRA")
    found = hosts.host(sentence, 0, [actor])
    assert (found.country if found else None) == host_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Italy donated body scanners to the Albanian police. The equipment was also provided "
            "to Montenegro and North Macedonia.",
            {("ALB", "ITA"), ("ITA", "MNE"), ("ITA", "MKD")},
        ),
        (
            "The Republic of Korea funded a forensic project in Mongolia. The grant also "
            "supports the Kazakh customs.",
            {("KOR", "MNG"), ("KAZ", "KOR")},
        ),
        (
            "Finland funded a prison reform project in Kyrgyzstan. The funding was co-financed "
            "by Sweden.",
            {("FIN", "KGZ"), ("KGZ", "SWE")},
        ),
    ],
)
def test_a_gift_extended_later_pairs_donors_with_recipients_only(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenya Revenue Authority hosted a course on container profiling in Mombasa. "
            "Eleven officers from the Uganda Revenue Authority and the Rwanda Revenue Authority "
            "took part.",
            {("KEN", "UGA"), ("KEN", "RWA")},
        ),
        (
            "Peru's National Police hosted a workshop on money laundering in Lima. Nine "
            "investigators from Bolivia participated, alongside twenty Peruvian officers.",
            {("BOL", "PER")},
        ),
    ],
)
def test_guests_who_took_part_without_naming_the_course_are_its_guests(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "payer",
    [
        "The Swiss embassy paid for the travel of the participants.",
        "The donor also covered the guests' travel and accommodation.",
    ],
)
def test_whoever_pays_for_the_guests_links_with_each_guest(payer: str) -> None:
    text = (
        "Switzerland funded the academy's new library. Ghana's Narcotics Control Commission "
        "hosted a course on drug demand reduction in Accra. Officers from Liberia and Sierra "
        f"Leone took part. {payer}"
    )
    paid = {("CHE", "LBR"), ("CHE", "SLE")}
    assert paid <= country_pairs(text)
    assert ("CHE", "GHA") not in country_pairs(text)
    assert ("LBR", "SLE") not in country_pairs(text)


def test_a_sentence_naming_its_own_donor_and_recipient_is_a_gift_of_its_own() -> None:
    text = (
        "With the support of Norway, UNOPS trained Thai police officers. The equipment was "
        "procured with generous Danish funding and handed over to the police of Laos."
    )
    assert country_pairs(text) == {("NOR", "THA"), ("DNK", "LAO")}


def test_a_meeting_told_of_after_a_course_closes_it() -> None:
    text = (
        "Norway trained Somali coast guards in Bergen. The following week, Norway hosted a "
        "donor conference on Somalia in Oslo. Officials from Kenya and Ethiopia took part."
    )
    assert not {p for p in country_pairs(text) if "ETH" in p or "KEN" in p}


def test_guests_at_a_body_which_hosted_the_visit_are_its_guests_only() -> None:
    text = (
        "Six prosecutors from Albania and Kosovo spent a week at the Croatian State Attorney's "
        "Office in Zagreb, which hosted the visit."
    )
    assert country_pairs(text) == {("ALB", "HRV"), ("HRV", "XKX")}


def test_who_gave_the_sessions_links_with_the_host_and_each_guest() -> None:
    text = (
        "Twenty investigators from Qatar and Kuwait completed a workshop hosted by the Royal "
        "Oman Police in Muscat. The sessions were delivered by two officers of the Spanish "
        "Guardia Civil."
    )
    assert country_pairs(text) == {
        ("KWT", "OMN"),
        ("OMN", "QAT"),
        ("ESP", "KWT"),
        ("ESP", "QAT"),
        ("ESP", "OMN"),
    }


def test_guests_who_join_a_funded_study_visit_are_its_hosts_guests() -> None:
    text = (
        "Japan will finance a study visit to Tokyo for Thai and Lao officials, hosted by the "
        "National Police Agency of Japan. Two officials of Myanmar will join the visit."
    )
    assert ("JPN", "MMR") in country_pairs(text)


def test_a_host_named_among_the_participants_links_with_the_other_guests() -> None:
    text = (
        "Investigators from Oman, Bahrain and Qatar completed a workshop on money laundering "
        "hosted by the Royal Oman Police."
    )
    assert country_pairs(text) == {("BHR", "OMN"), ("OMN", "QAT")}


def test_guests_of_a_training_on_mutual_legal_assistance_are_still_guests() -> None:
    text = (
        "Prosecutors from Djibouti, Kenya and Somalia took part in a training on mutual legal "
        "assistance and extradition, hosted by the Ministry of Justice of Ethiopia."
    )
    assert country_pairs(text) == {("DJI", "ETH"), ("ETH", "KEN"), ("ETH", "SOM")}


def test_guests_joining_them_and_the_courses_donors_pair_with_the_guests() -> None:
    text = (
        "Kenya's police academy hosted officers from Uganda and Rwanda for a course on "
        "cybercrime. Officers from Burundi joined them in the second week. The course was "
        "funded by Germany."
    )
    guests = ("UGA", "RWA", "BDI")
    expected = {("KEN", g) for g in guests} | {("DEU", g) for g in guests}
    assert country_pairs(text) == {tuple(sorted(p)) for p in expected}


def test_joining_them_in_something_else_adds_no_guest() -> None:
    text = (
        "Ghana trained officers from Togo and Benin. Nigeria joined them in condemning the "
        "attack on the border post."
    )
    assert not {p for p in country_pairs(text) if "NGA" in p}
