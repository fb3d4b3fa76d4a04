"""Who is whose partner when a sentence names three or more countries in different roles:
lists paired "respectively", co-donors, trainees, "each" and "separately", donor field lines,
secondments, and acts not (yet) done."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "respectively": the n-th of one list with the n-th of the other
            "Spain and Italy will fund drug treatment centres in Senegal and Ghana, respectively.",
            {("ESP", "SEN"), ("GHA", "ITA")},
        ),
        (
            "Judges from Panama, Peru and Chile, respectively, were trained by the judicial "
            "schools of Colombia, Ecuador and Argentina.",
            {("COL", "PAN"), ("ECU", "PER"), ("ARG", "CHL")},
        ),
        (  # co-donors fund each recipient, and are not each other's partners
            "Norway and Denmark are jointly financing forensic laboratories in Malawi, Zambia and "
            "Mozambique.",
            {(d, r) for d in ("DNK", "NOR") for r in ("MOZ", "MWI", "ZMB")},
        ),
        (
            "Belgium, as well as Luxembourg, has financed drug prevention in Benin and Togo.",
            {("BEL", "BEN"), ("BEL", "TGO"), ("BEN", "LUX"), ("LUX", "TGO")},
        ),
        (  # co-givers are the subject's; countries after the star are not
            "Thai and Lao experts share know-how with farmers in Myanmar, financed by Germany.",
            {("LAO", "MMR"), ("MMR", "THA"), ("DEU", "LAO"), ("DEU", "THA"), ("DEU", "MMR")},
        ),
        (  # trainees named as a verb's object: the trainer's, not each other's
            "Colombia trained Ecuadorian and Panamanian prosecutors in asset forfeiture.",
            {("COL", "ECU"), ("COL", "PAN")},
        ),
        (
            "Morocco hosted Malian and Nigerien police officers for a course on document fraud.",
            {("MAR", "MLI"), ("MAR", "NER")},
        ),
        (  # "each", "separately": every member on its own with the rest of the sentence
            "Kenya and Ethiopia held separate consultations with Somalia on border security.",
            {("ETH", "SOM"), ("KEN", "SOM")},
        ),
        (
            "Customs of Latvia and Lithuania each exchanged risk profiles with Poland.",
            {("LTU", "POL"), ("LVA", "POL")},
        ),
        (  # "with both", "with A and with B": partners of the subject only
            "Viet Nam signed memoranda with both Cambodia and Lao PDR.",
            {("KHM", "VNM"), ("LAO", "VNM")},
        ),
        (
            "Paraguay signed protocols with Uruguay and with Argentina on river patrols.",
            {("PRY", "URY"), ("ARG", "PRY")},
        ),
        (  # secondments, however the experts are counted
            "Chile seconded analysts to the intelligence units of Peru and Bolivia.",
            {("CHL", "PER"), ("BOL", "CHL")},
        ),
        (
            "Austria will second two forensic specialists each to Serbia and Montenegro.",
            {("AUT", "SRB"), ("AUT", "MNE")},
        ),
    ],
)
def test_roles_of_listed_countries(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == {tuple(sorted(p)) for p in expected}


def test_a_donor_field_line_pairs_each_donor_with_what_it_pays_for() -> None:
    text = (
        "PROJECT SUMMARY\n\n"
        "Beneficiaries: customs of Ghana, Togo and Benin.\n\n"
        "Donors: Government of Japan (scanners for the Ghanaian and Togolese customs); "
        "Ministry of Foreign Affairs of Finland (Beninese component); Canada (regional "
        "coordination).\n"
    )
    assert country_pairs(text) == {("GHA", "JPN"), ("JPN", "TGO"), ("BEN", "FIN")}


@pytest.mark.parametrize(
    "line",
    [
        "Donors: Kingdom of Denmark, Japan",  # donors alone: nobody they give to
        "Partner countries: Bhutan, Nepal and Sri Lanka.",
        "Beneficiaries: Guatemala; Honduras; El Salvador.",
    ],
)
def test_a_field_line_that_only_lists_pairs_nobody(line: str) -> None:
    assert country_pairs(f"FACT SHEET\n\n{line}\n") == set()


def test_the_two_sides_after_separate_meetings_are_the_two_countries_named() -> None:
    text = (
        "The Nepali and Bangladeshi delegations met separately with UNODC on 3 May. The two "
        "delegations agreed to exchange data on precursor seizures."
    )
    assert country_pairs(text) == {("BGD", "NPL")}


@pytest.mark.parametrize(
    "text",
    [
        "Georgia and Armenia are negotiating an agreement on joint border patrols.",
        "Kyrgyzstan, Kazakhstan and Uzbekistan discussed the possibility of a joint task force.",
        "A joint exercise with the Border Police of Romania is planned (subject to confirmation).",
        "Lake Tanganyika is shared by Burundi, Tanzania, Zambia and the Congo.",
    ],
)
def test_talks_plans_and_geography_state_no_link(text: str) -> None:
    assert country_pairs("News\n\n" + text) == set()


def test_a_joint_operation_with_one_country_in_a_national_bulletin_is_the_issuers() -> None:
    text = (
        "Ministry of Interior of Montenegro - Police Bulletin\n\n"
        "1. Joint operation with Croatia stops a cigarette smuggling ring\n"
        "Police officers seized 40,000 packs of cigarettes in Bar.\n"
    )
    assert country_pairs(text) == {("HRV", "MNE")}


def test_a_quoted_operation_name_makes_its_actors_partners() -> None:
    text = 'News\n\nThe police of Moldova and the police of Romania ended Operation "Prut Gate".'
    assert country_pairs(text) == {("MDA", "ROU")}


def test_later_sentence_paying_for_the_guests_travel() -> None:
    text = (
        "News\n\nThe Senegalese customs school gave a course on risk analysis to five officers "
        "of the customs of Guinea. Their travel and accommodation were paid by Spain."
    )
    assert country_pairs(text) == {("GIN", "SEN"), ("ESP", "GIN")}


def test_an_agreement_signed_stays_beside_one_not_reached() -> None:
    text = "News\n\nChad and Niger signed a memorandum, but reached no agreement on joint patrols."
    assert country_pairs(text) == {("NER", "TCD")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "respectively" about amounts, not the lists of countries
            "Chile and Peru seized 4 and 2 tonnes respectively in a joint operation with "
            "Bolivia and Ecuador.",
            {("BOL", "CHL"), ("CHL", "ECU"), ("BOL", "PER"), ("ECU", "PER"), ("CHL", "PER")},
        ),
        (  # "each" of a joint act, "each other", "each year"
            "Kenya and Tanzania each sent 30 officers to a joint patrol on the lake.",
            {("KEN", "TZA")},
        ),
        ("Mali and Niger help each other under their 2021 protocol.", {("MLI", "NER")}),
        ("Benin and Togo will each year exchange liaison officers.", {("BEN", "TGO")}),
        (  # talks beside an act done keep the act's link
            "The ministers of Chile and Argentina discussed the possibility of joint patrols "
            "after signing a memorandum on precursors.",
            {("ARG", "CHL")},
        ),
        (
            "Officials who are negotiating a new treaty said Peru and Ecuador already share "
            "intelligence daily.",
            {("ECU", "PER")},
        ),
        (  # a real exchange "shared between" countries
            "Reports on vessels in the river are shared between the police of Ghana and Togo.",
            {("GHA", "TGO")},
        ),
    ],
)
def test_near_misses_of_the_role_rules(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs("News\n\n" + text) == {tuple(sorted(p)) for p in expected}


def test_a_joint_operation_with_one_country_in_running_text_is_not_the_issuers() -> None:
    text = (
        "Ministry of Interior of Montenegro - Police Bulletin\n\n"
        "The Serbian police reported 12 arrests in Nis. A joint operation with Hungary "
        "preceded the arrests.\n"
    )
    assert not {p for p in country_pairs(text) if "MNE" in p}


def test_a_donor_item_names_its_recipients_after_its_agency() -> None:
    text = "FACT SHEET\n\nDonors: Japan (JICA) for the Kenyan and Ugandan customs; Norway.\n"
    assert country_pairs(text) == {("JPN", "KEN"), ("JPN", "UGA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cooperation against cocaine trafficking between Peru and Brazil was reviewed.",
            {("BRA", "PER")},
        ),
        (
            "A memorandum on migrant smuggling between Niger, Chad and Libya entered into force.",
            {("LBY", "NER"), ("LBY", "TCD"), ("NER", "TCD")},
        ),
        ("Cocaine trafficking between Peru and Brazil grew in 2024.", set()),
        (
            "A proposal for cooperation on arms trafficking between Chad and Sudan is pending.",
            set(),
        ),
        (  # the subjects are named: "between" is the trafficking's
            "Ghana and Togo signed a memorandum on smuggling between Benin and Nigeria.",
            {("GHA", "TGO")},
        ),
    ],
)
def test_cooperation_on_trafficking_between_countries(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs("News\n\n" + text) == expected


def test_a_field_label_before_a_sentence_keeps_the_sentences_links() -> None:
    text = "FACT SHEET\n\nPartners: Norway funds the programme in Nepal and Bhutan.\n"
    assert country_pairs(text) == {("BTN", "NOR"), ("NOR", "NPL")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "respectively" after the third list: paired with the nearest list as long
            "The Kazakh and Uzbek ministers thanked Japan and the Republic of Korea, which finance "
            "border crossing points in Kazakhstan and Uzbekistan, respectively.",
            {("JPN", "KAZ"), ("KOR", "UZB")},
        ),
        (  # a decided commitment to fund is a donor's, and its beneficiaries are a star
            "Japan will fund the refit of two patrol boats for Vanuatu and Solomon Islands in "
            "2025.",
            {("JPN", "VUT"), ("JPN", "SLB")},
        ),
        (  # … unless they act jointly
            "Japan will fund a joint patrol of Vanuatu and Solomon Islands.",
            {("JPN", "VUT"), ("JPN", "SLB"), ("SLB", "VUT")},
        ),
        (  # "and" closed the list: the announcer after the comma is no member
            "The Republic of Korea will fund treatment services in Nepal and Sri Lanka, the UNODC "
            "Regional Office for South Asia announced in New Delhi.",
            {("KOR", "NPL"), ("KOR", "LKA")},
        ),
        (  # sharing a border is geography, sharing information an exchange
            "Colombia trained Ecuadorian prosecutors. Peru and Bolivia share a 586 km land border.",
            {("COL", "ECU")},
        ),
        (
            "Brazil and Paraguay share information on border crossings.",
            {("BRA", "PRY")},
        ),
        (
            "India and Bangladesh share a border and intelligence on smuggling networks.",
            {("BGD", "IND")},
        ),
        ("Kazakh and Kyrgyz customs share border crossing data in real time.", {("KAZ", "KGZ")}),
        (
            "Sri Lanka shared maritime boundary surveillance information with India.",
            {("IND", "LKA")},
        ),
        (  # co-trainers each train the trainees, and are not each other's partners
            "NCA officers and experts from the Netherlands jointly trained 30 prosecutors from "
            "North Macedonia.",
            {("GBR", "MKD"), ("MKD", "NLD")},
        ),
        (
            "Both India and Sri Lanka provided training to Maldivian coast guard officers.",
            {("IND", "MDV"), ("LKA", "MDV")},
        ),
        (  # … but fellow trainees "trained together" are one group
            "Officers from Chile and Peru trained together with Bolivian counterparts.",
            {("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")},
        ),
        (  # an operation "against cocaine trafficking": the drug is no place of trafficking
            "A joint operation between Ghana and Togo against cocaine trafficking dismantled a "
            "network.",
            {("GHA", "TGO")},
        ),
        (  # co-donors named as such in an apposition
            "Japan and Norway, the two largest donors, funded the Senegalese container control "
            "unit.",
            {("JPN", "SEN"), ("NOR", "SEN")},
        ),
        (  # "jointly" funding another country: co-donors, not partners
            "Spain and Portugal will jointly fund a patrol boat for Cape Verde.",
            {("CPV", "ESP"), ("CPV", "PRT")},
        ),
        (  # … but a joint patrol with it is the three's
            "Spain and Portugal jointly funded and ran a joint patrol with Cape Verde.",
            {("CPV", "ESP"), ("CPV", "PRT"), ("ESP", "PRT")},
        ),
        (  # co-funders of their own joint unit, with nobody else to fund, are partners
            "Kenya and Tanzania will fund their joint border unit from their own budgets.",
            {("KEN", "TZA")},
        ),
    ],
)
def test_roles_of_lists_commitments_and_borders(text: str, expected: set) -> None:
    assert country_pairs(text) == {tuple(sorted(p)) for p in expected}
