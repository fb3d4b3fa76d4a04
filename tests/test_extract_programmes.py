"""Programmes, initiatives, operations and national plans, with owner, years and country."""

import pytest
from test_extract_support import entities

from kg.extract.programme_names import abbreviates

PROG = "Programme"


def test_country_programme_with_owner_years_and_country_is_one_entity() -> None:
    text = (
        "South-South Cooperation under UNODC Country Programme 2011-2014\n\n"
        "UNODC Country Programme for the Islamic Republic of Iran 2011-2014 builds bridges."
    )
    progs = entities(text, PROG)
    assert list(progs) == ["programme/country-programme-2011-2014-irn"]
    assert progs["programme/country-programme-2011-2014-irn"].parent == "organization/unodc"


def test_leading_years_are_the_programmes_years() -> None:
    text = (
        "In the framework of the 2015-2020 Country Partnership Program of UNODC, courses were held."
    )
    assert "programme/country-partnership-programme-2015-2020" in entities(text, PROG)


def test_generic_name_alone_is_not_a_programme() -> None:
    assert entities("The National Plan and the Joint Programme were discussed.", PROG) == {}


def test_named_initiative_and_operation_forms_are_one_entity() -> None:
    text = (
        "Operation TARCET (Targeted Anti-trafficking Regional Communication Expertise "
        "Training) began. The TARCET Operation in Iran seized chemicals. "
        "The Paris Pact Initiative met."
    )
    progs = entities(text, PROG)
    assert set(progs) == {"programme/operation-tarcet", "programme/paris-pact-initiative"}
    assert len(progs["programme/operation-tarcet"].mentions) == 2


def test_quoted_name_after_a_plan_noun() -> None:
    text = 'The ministry launched the national plan "Safe Families, Safe Communities" in May.'
    progs = entities(text, PROG)
    assert [e.label for e in progs.values()] == ["Safe Families, Safe Communities"]


def test_complement_makes_a_generic_name_specific() -> None:
    text = "Sweden funds the Global Programme against Money Laundering."
    assert "programme/global-programme-against-money-laundering" in entities(text, PROG)


def test_name_to_name_programme_with_lowercase_head() -> None:
    text = "Under the Financial Intelligence Unit to Financial Intelligence Unit programme, it met."
    labels = [e.label for e in entities(text, PROG).values()]
    assert labels == ["Financial Intelligence Unit to Financial Intelligence Unit programme"]


def test_spelling_variants_share_a_key() -> None:
    text = "The Container Control Programme and the Container Control Program are one."
    assert list(entities(text, PROG)) == ["programme/container-control-programme"]


def test_programme_acronym_binds_later_uses() -> None:
    text = "The Global Maritime Crime Programme (GMCP) trained coast guards. GMCP also funds boats."
    (prog,) = entities(text, PROG).values()
    assert [m.text for m in prog.mentions] == ["Global Maritime Crime Programme", "GMCP", "GMCP"]


def test_generic_programme_without_country_is_the_reports_countrys() -> None:
    text = "Kenya\n\nUnder the 2018-2022 Country Programme, UNODC trained judges."
    assert "programme/country-programme-2018-2022-ken" in entities(text, PROG)


def test_national_strategy_belongs_to_the_reports_country() -> None:
    text = "Afghanistan\n\nThe National Drug Control Strategy was adopted by the cabinet."
    assert "programme/national-drug-control-strategy-afg" in entities(text, PROG)


def test_possessive_owner_is_not_part_of_the_name() -> None:
    text = "UNODC's Global Programme against Money Laundering trained officers."
    (prog,) = entities(text, PROG).values()
    assert prog.label == "Global Programme against Money Laundering"
    assert prog.parent == "organization/unodc"


def _labels(text: str) -> set[str]:
    return {e.label for e in entities(text, PROG).values()}


def test_name_in_apposition_after_a_lowercase_programme_noun() -> None:
    text = "The five-year project, Safe Borders for the Sahel, will train customs officers."
    assert _labels(text) == {"Safe Borders for the Sahel"}


def test_acronym_before_project_names_it_and_parenthesis_spells_it() -> None:
    text = "The two-year HARMONY project (Health and Rights in Malawi) will open clinics."
    (prog,) = entities(text, PROG).values()
    assert prog.label == "HARMONY" and "Health and Rights in Malawi" in prog.aliases


def test_name_after_project_spelled_out_by_its_acronym() -> None:
    text = "It is part of the Japan-funded project Strengthening Border Control in Asia (SBCA)."
    (prog,) = entities(text, PROG).values()
    assert prog.label == "Strengthening Border Control in Asia" and "SBCA" in prog.aliases


def test_name_before_an_appositive_project_noun() -> None:
    text = "The Early Warning System (EWS), a joint project of UNODC and WHO, publishes data."
    assert _labels(text) == {"Early Warning System"}


def test_owner_head_and_region_with_years() -> None:
    text = "The offices run under the UNODC Programme for West Africa 2023-2026."
    assert _labels(text) == {"Programme for West Africa 2023-2026"}


def test_a_project_coordinator_is_not_a_project() -> None:
    assert _labels("Mr. Juan Perez, a project coordinator, said the training ended.") == set()


def test_place_before_the_acronym_belongs_to_the_name() -> None:
    text = (
        "The Special Programme for the Control of Poppy Cultivation in the Upper Chitral "
        "(SPCP) ended."
    )
    assert _labels(text) == {
        "Special Programme for the Control of Poppy Cultivation in the Upper Chitral"
    }


def test_name_after_known_as() -> None:
    assert _labels("The initiative, known as Clean Ports Pacific, was launched.") == {
        "Clean Ports Pacific"
    }


def test_parenthesised_long_name_of_an_acronym_project_is_not_a_second_programme() -> None:
    text = "The SAFE project (Border Security Assistance Program) trained officers."
    (prog,) = entities(text, PROG).values()
    assert prog.label == "SAFE" and "Border Security Assistance Program" in prog.aliases


def test_programme_on_a_topic_keeps_its_complement() -> None:
    text = "The UNODC-UNDP Programme on Prison Reform and Rehabilitation supports Malawi."
    assert _labels(text) == {"UNODC-UNDP Programme on Prison Reform and Rehabilitation"}


def test_a_campaign_an_organization_is_named_for_is_not_a_programme() -> None:
    text = (
        "The Commission for the Campaign Against Drug Trafficking and Abuse (CCDTA) trained "
        "teachers in Lusaka."
    )
    assert entities(text, "Programme") == {}
    assert any("Commission" in o.label for o in entities(text, "Organization").values())


def test_name_spelled_out_by_a_bracketed_acronym_before_its_head() -> None:
    text = "WHO presented its Joint Action on Rural Treatment (JART) Programme in Ghana."
    found = entities(text, "Programme")
    labels = {e.label for e in found.values()}
    assert "Joint Action on Rural Treatment Programme" in labels, labels


def test_a_roman_numeral_phase_is_part_of_an_acronym_name() -> None:
    assert _labels("Norway backs the three-year BRIDGE II project in Malawi.") == {"BRIDGE II"}
    assert _labels("The EU-funded MARLIN IV programme equips coast guards.") == {"MARLIN IV"}


def test_a_quoted_title_set_off_by_commas_after_a_programme_noun() -> None:
    text = 'The initiative, "Roots of Resilience: Youth Voices", reached 40 schools in Peru.'
    assert _labels(text) == {"Roots of Resilience: Youth Voices"}


def test_a_quotation_after_a_programme_noun_is_not_its_name() -> None:
    text = 'Speaking of the plan, "we will double the budget", the minister left.'
    assert _labels(text) == set()


def test_an_owners_project_is_not_a_named_project() -> None:
    assert _labels("A Japan-funded UNDP project supports courts in Nepal.") == set()
    assert _labels("The Canadian-funded INTERPOL programme trains analysts.") == set()


def test_a_quoted_name_before_a_programme_noun() -> None:
    text = 'The ministry launched the third phase of the "Families Together" campaign in Peru.'
    assert _labels(text) == {"Families Together"}


def test_a_quoted_name_reaches_its_noun_across_an_acronym_and_modifiers() -> None:
    text = 'Norway funds the "Coastal Light Watch" (CLW) programme in Benin. CLW teams patrol.'
    (prog,) = entities(text, PROG).values()
    assert prog.label == "Coastal Light Watch"
    assert [m.text for m in prog.mentions] == ["Coastal Light Watch", "CLW", "CLW"]
    text = 'Denmark supports the "Open Doors" community-outreach project in Nepal.'
    assert _labels(text) == {"Open Doors"}


def test_a_quotation_before_modifiers_of_a_project_noun_is_no_name() -> None:
    text = 'He said "we trained them all" two-year project staff noted.'
    assert _labels(text) == set()


def test_a_pact_is_a_programme() -> None:
    assert _labels("Officials of the Budapest Pact exchanged data on routes.") == {"Budapest Pact"}


def test_a_country_and_its_neighbours_are_a_region_in_the_name() -> None:
    text = "The Subregional Project for Myanmar and Neighbouring States is financed by Japan."
    progs = entities(text, "Programme")
    (prog,) = progs.values()
    assert prog.label == "Subregional Project for Myanmar and Neighbouring States"
    assert prog.country is None


def test_plan_of_action_keeps_its_complement() -> None:
    text = "Delegates reviewed the Lima Plan of Action on synthetic drugs."
    assert _labels(text) == {"Lima Plan of Action"}


def test_a_headline_programme_the_body_calls_the_programme_is_kept() -> None:
    text = (
        "Andean Riverine Interdiction Programme\n\n"
        "In 2024 the programme trained 80 Peruvian and Bolivian officers in Puno."
    )
    labels = [p.label for p in entities(text, "Programme").values()]
    assert labels == ["Andean Riverine Interdiction Programme"]


def test_a_capitals_headline_programme_the_body_names_by_acronym_is_kept() -> None:
    text = (
        "SAHEL FORENSIC SCIENCE INITIATIVE (SFSI) - PROGRESS NOTE\n\n"
        "Under SFSI, Niger and Mali exchanged ballistic data in 2024."
    )
    names = entities(text, "Programme").values()
    assert [p.mentions[0].text for p in names] == ["SAHEL FORENSIC SCIENCE INITIATIVE"]


def test_code_name_after_a_lowercase_programme_noun_with_its_expansion() -> None:
    text = (
        "Italy finances the regional programme NAVIS-MED (Naval Action against Vessel "
        "Interference at Sea), which started in 2021. In 2024, NAVIS-MED reached Malta."
    )
    (prog,) = entities(text, PROG).values()
    assert prog.label == "NAVIS-MED"
    assert "Naval Action against Vessel Interference at Sea" in prog.aliases
    assert len(prog.mentions) == 2
    assert entities(text, "Organization") == {}


def test_mixed_case_and_two_word_code_names_are_programmes() -> None:
    text = (
        "Spain supports the project ReCAP, which trains judges. The initiative AL TaMAM (Arab "
        "League Training and Mentoring against Money Laundering) opened an office."
    )
    assert _labels(text) == {"AL TaMAM", "ReCAP"}


def test_code_name_with_a_short_lowercase_tail_before_the_noun() -> None:
    text = "The Council of Europe presented its BORDEX-e project to Ghana and Togo."
    assert _labels(text) == {"BORDEX-e"}


def test_capitals_that_open_a_clause_or_a_funded_adjective_are_no_code_name() -> None:
    assert _labels("Under the project DCI implements, police were trained.") == set()
    assert _labels("A UNODC-funded project trained ten judges.") == set()


def test_exercise_and_code_named_operations() -> None:
    text = (
        "The two navies held Exercise Coral Shield in May. In an operation code-named Night "
        "Harbour, which ran in June, police of both countries seized boats. Exercise of "
        "jurisdiction remains difficult."
    )
    assert _labels(text) == {"Exercise Coral Shield", "Night Harbour"}


def test_roadmap_heads_a_programme_name() -> None:
    text = "Norway funds the Danube Region Roadmap on firearms control, with EUR 2 million."
    assert _labels(text) == {"Danube Region Roadmap"}


def test_a_trust_or_challenge_fund_is_a_programme_but_a_body_named_fund_is_not() -> None:
    text = (
        "Norway's Ocean Crime Challenge Fund supports fishers in Ghana, and the Multi-Partner "
        "Trust Fund for Peace pays for training. The International Monetary Fund advised."
    )
    progs = entities(text, PROG)
    assert sorted(e.label for e in progs.values()) == [
        "Multi-Partner Trust Fund for Peace",
        "Ocean Crime Challenge Fund",
    ]
    fund = next(e for e in progs.values() if e.label.startswith("Ocean"))
    assert fund.country == "NOR"
    assert [m.text for m in fund.mentions] == ["Ocean Crime Challenge Fund"]


def test_the_title_of_a_project_fact_sheet_is_the_programme() -> None:
    text = (
        "PROJECT FACT SHEET\n\nSahel Precursor Watch (SAPREW)\n\n"
        "Donor: Government of Norway\n\nSAPREW trains customs officers of Mali and Niger."
    )
    (prog,) = entities(text, PROG).values()
    assert prog.label == "Sahel Precursor Watch" and "SAPREW" in prog.aliases
    text = "Programme brief\n\nRegional Data Exchange (RDX)\n\nRDX links five police services."
    assert _labels(text) == {"Regional Data Exchange"}


def test_a_fact_sheet_title_naming_a_body_or_country_is_no_programme() -> None:
    text = "PROJECT FACT SHEET\n\nNational Drug Control Agency (NDCA)\n\nThe NDCA trains staff."
    assert _labels(text) == set()
    text = "PROJECT FACT SHEET\n\nSupport to Ghana (STG)\n\nSTG trains staff."
    assert _labels(text) == set()
    text = "ANNUAL REPORT\n\nSahel Precursor Watch (SAPREW)\n\nSAPREW trains staff."
    assert _labels(text) == set()


def test_a_fund_that_money_goes_through_is_a_funding_window() -> None:
    text = "Canada granted CAD 4 million through the Caribbean Port Integrity Fund (CPIF) to Haiti."
    (prog,) = entities(text, PROG).values()
    assert prog.label == "Caribbean Port Integrity Fund" and "CPIF" in prog.aliases
    text = "Ireland made two grants under the Atlantic Coastal Watch Fund this year."
    assert _labels(text) == {"Atlantic Coastal Watch Fund"}
    assert _labels("The Coastal Watch Fund donated boats to Cabo Verde.") == set()
    assert _labels("Japan gave USD 2 million through the Global Fund to Vanuatu.") == set()


def test_the_value_of_a_programme_field_line_is_the_programme() -> None:
    text = (
        "EVALUATION SUMMARY\n\nProject: Andes Precursor Tracking Alliance (APTA), 2021-2024\n"
        "Donors: Spain, Norway\n\nAPTA trained chemists in Bolivia."
    )
    (prog,) = entities(text, PROG).values()
    assert prog.label == "Andes Precursor Tracking Alliance" and "APTA" in prog.aliases
    text = "REVIEW\n\nProject: Regional Customs Authority (RCA)\n\nThe RCA trained staff."
    assert _labels(text) == set()


def test_no_code_name_after_a_programme_noun_from_documents_or_lists() -> None:
    """Capitals after a lowercase programme noun that are a document's or report's shorthand,
    a plural of capitals, a common word or the first item of a list name no programme."""
    for text in (
        "A mid-term review of the programme KPIs, targets and budget was completed in 2023.",
        "Activities started after the signing of the project MOU, in March 2022.",
        "Partners drafted the project SOPs, which Kenya and Uganda adopted.",
        "The evaluation found that the project TOR. was unclear.",
        "Delays affected the programme COVID-19, travel bans and staff changes being causes.",
        "Funding for the project TBD. Kenya and Uganda will co-chair the board.",
        "Staff of the project NGOs, CSOs and community groups met in Nairobi.",
        "The initiative AND, which links Ghana and Togo, was launched.",
        "Reviewers praised the programme NORTE, SAFE and other tools in Peru.",
    ):
        assert _labels("Report\n\n" + text) == set(), text
    assert _labels("Spain funds the project SAFE-WAY, which works in Peru.") == {"SAFE-WAY"}


def test_exercise_after_a_capitalized_word_or_before_a_role_is_no_exercise() -> None:
    for text in (
        "Exercise Control staff from Ghana and Benin monitored the drill.",
        "The Table-Top Exercise Held in Accra brought Ghana and Togo together.",
        "The Exercise Director said Ghana and Togo shared radar data.",
    ):
        assert _labels("Report\n\n" + text) == set(), text
    assert _labels("Exercise Coral Shield brought Ghana and Togo together.") == {
        "Exercise Coral Shield"
    }


def test_sheet_title_needs_a_sheet_label_and_names_no_region() -> None:
    for text in (
        "Programme Brief\n\nEastern Africa (EA)\n\nThe programme supports Kenya and Uganda.",
        "Project Profile\n\nGreater Mekong Subregion (GMS)\n\nThe project supports Thailand.",
        "Project Update\n\nCountering Transnational Organized Crime (CTOC)\n\n"
        "The project supports Kenya and Uganda.",
        "PROJECT FACT SHEET\n\nAndean Drug Intelligence Exchange (ANDIX)\n\nUNODC met Peru.",
    ):
        assert _labels(text) == set(), text
    text = "PROJECT FACT SHEET\n\nAndean Drug Intelligence Exchange (ANDIX)\n\nANDIX links Peru."
    assert _labels(text) == {"Andean Drug Intelligence Exchange"}


def test_field_line_placeholder_or_phase_is_no_programme() -> None:
    def field(value: str) -> str:
        return f"EVALUATION SUMMARY\n\n{value}\nDonors: Spain, Norway\n\nPolice of Bolivia met."

    for value in (
        "Project: To Be Confirmed",
        "Initiative: Not Applicable",
        "Project: Phase II",
        "Project: Global Programme, Phase III",
        "Project: Drug Demand Reduction, Treatment and Care",  # not cut at its comma
    ):
        assert _labels(field(value)) == set(), value
    assert _labels(field("Project: Andean Coca Data Exchange (ACDE), 2022-2025")) == {
        "Andean Coca Data Exchange"
    }


def test_a_development_fund_of_a_country_or_body_is_no_funding_window() -> None:
    for text in (
        "Kenya received grants under the OPEC Fund for International Development in 2023.",
        "Loans were channelled via the Kuwait Fund for Arab Economic Development to Jordan.",
    ):
        assert _labels(text) == set(), text
    assert _labels("Japan gave $2 million through the Island Resilience Fund to Fiji.") == {
        "Island Resilience Fund"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The patrols are funded through the UNODC project Safe Waters for West Africa "
            "(SAWAWA).",
            "Safe Waters for West Africa",
        ),
        (
            "Caribbean Port Watch (CAPOW) is a regional project supported by UNODC.",
            "Caribbean Port Watch",
        ),
    ],
)
def test_a_project_named_before_its_acronym_or_described_after_it(text: str, name: str) -> None:
    assert name in {e.label for e in entities(text, "Programme").values()}


def test_an_acronym_that_does_not_spell_the_words_names_no_project() -> None:
    text = "The patrols are funded through the UNODC project Safe Waters for West Africa (UNODC)."
    assert not entities(text, "Programme")


@pytest.mark.parametrize(
    ("code", "words", "expected"),
    [
        ("SBS", ["Support", "to", "Border", "Security"], True),
        ("SACOSA", ["Safe", "Corridors", "for", "Southern", "Africa"], True),
        ("CAPOW", ["Caribbean", "Port", "Watch"], True),
        ("UNODC", ["Safe", "Waters", "for", "West", "Africa"], False),
        ("WASA", ["Safe", "Waters", "for", "West", "Africa"], False),
    ],
)
def test_abbreviation_matches_capitals_or_letters_in_order(
    code: str, words: list[str], expected: bool
) -> None:
    assert abbreviates(code, words) is expected


def test_a_programme_named_by_its_acronym_and_noun_is_the_same_programme() -> None:
    text = (
        "The course was run by the Container Control Programme (CCP). The CCP Programme "
        "Coordinator opened it."
    )
    assert [e.label for e in entities(text, "Programme").values()] == [
        "Container Control Programme"
    ]
