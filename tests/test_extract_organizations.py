"""Organizations: registry names, offices, unseen names by head nouns, acronyms, home country."""

import pytest
from test_extract_support import country_pairs, entities, run

ORG = "Organization"


def test_registry_names_acronyms_and_aliases_are_one_entity() -> None:
    orgs = entities("UNODC and the United Nations Office on Drugs and Crime met INTERPOL.", ORG)
    assert set(orgs) == {"organization/unodc", "organization/interpol"}
    assert len(orgs["organization/unodc"].mentions) == 2


def test_acronym_matches_only_in_capitals() -> None:
    assert "organization/who" not in entities("Officers who attended were trained.", ORG)
    assert "organization/who" in entities("WHO supported the training.", ORG)


def test_country_office_forms_are_part_of_the_parent() -> None:
    text = (
        "UNODC Iran delivered equipment. UNODC in the Islamic Republic of Iran, also called "
        "COIRA, works with UNODC Pakistan."
    )
    orgs = entities(text, ORG)
    assert orgs["organization/unodc-irn"].parent == "organization/unodc"
    assert orgs["organization/unodc-irn"].country == "IRN"
    assert len(orgs["organization/unodc-irn"].mentions) == 3
    assert orgs["organization/unodc-pak"].country == "PAK"


def test_country_office_without_country_takes_the_reports_country() -> None:
    text = "Kenya: drug prevention\n\nThe UNODC Country Office held a training in Nairobi."
    assert "organization/unodc-ken" in entities(text, ORG)


def test_unseen_name_headed_by_agency_noun_with_demonym() -> None:
    orgs = entities("The Iraqi Anti-Narcotics Agency met the Head of the police.", ORG)
    org = orgs["organization/anti-narcotics-agency-irq"]
    assert org.country == "IRQ" and org.label == "Iraqi Anti-Narcotics Agency"
    assert org.category == "drug-control-agency"


def test_demonym_possessive_and_of_country_give_one_entity() -> None:
    text = (
        "Iran's Anti-Narcotics Police met the Iranian Anti-Narcotics Police and the "
        "Anti-Narcotics Police of Iran."
    )
    orgs = entities(text, ORG)
    assert list(orgs) == ["organization/anti-narcotics-police-irn"]
    assert len(orgs["organization/anti-narcotics-police-irn"].mentions) == 3


def test_same_name_in_two_countries_stays_two_entities() -> None:
    text = "The Spanish Anti-Narcotics Police met the Iranian Anti-Narcotics Police."
    assert set(entities(text, ORG)) == {
        "organization/anti-narcotics-police-esp",
        "organization/anti-narcotics-police-irn",
    }


def test_head_initial_names_take_their_complement() -> None:
    text = "The Ministry of Public Security of Viet Nam and the Department of Welfare signed."
    orgs = entities(text, ORG)
    assert orgs["organization/ministry-of-public-security-vnm"].country == "VNM"
    assert "organization/department-of-welfare-vnm" in orgs  # the report's country


def test_government_of_country_after_a_ministry() -> None:
    text = "The Ministry of Narcotics Control, Government of Pakistan, hosted the event."
    assert "organization/ministry-of-narcotics-control-pak" in entities(text, ORG) or (
        "organization/pak-mnc" in entities(text, ORG)
    )


def test_parenthesised_acronym_binds_later_uses() -> None:
    text = (
        "The Cambodian National Authority for Combating Drugs (NACD) met. "
        "Later, the NACD signed the plan."
    )
    orgs = entities(text, ORG)
    assert list(orgs) == ["organization/national-authority-for-combating-drugs-khm"]
    assert [m.text for m in orgs[next(iter(orgs))].mentions][-1] == "NACD"


def test_parenthesised_registry_acronym_joins_the_registry_entity() -> None:
    text = "Cooperation with the German Federal Criminal Police Office (BKA) grew."
    assert list(entities(text, ORG)) == ["organization/bka"]


def test_short_form_joins_the_one_qualified_form() -> None:
    text = "The Iranian Prisons Organization signed. The Head of the Prisons Organization spoke."
    assert list(entities(text, ORG)) == ["organization/prisons-organization-irn"]


def test_plural_head_joins_the_singular_entity() -> None:
    text = "The Iranian Financial Intelligence Unit trained other Financial Intelligence Units."
    assert list(entities(text, ORG)) == ["organization/financial-intelligence-unit-irn"]


def test_generic_registry_name_of_an_unnamed_country_is_not_that_agency() -> None:
    text = "Nepal: the Narcotics Control Bureau seized heroin in Kathmandu."
    orgs = entities(text, ORG)
    assert "organization/ncb-india" not in orgs


def test_foreign_modifier_overrides_registry_country() -> None:
    text = "The Kyrgyz Drug Control Agency met its partners."
    assert "organization/tjk-dca" not in entities(text, ORG)


def test_title_case_headline_names_need_support_in_the_body() -> None:
    text = (
        "Inauguration of the First Addiction Treatment and Rehabilitation Center for Women\n\n"
        "The first addiction treatment center for women was opened."
    )
    assert entities(text, ORG) == {}


def test_name_starting_with_a_province_takes_its_country() -> None:
    text = "Iran: the Kerman Women's Empowerment Center received support."
    org = entities(text, ORG)["organization/kerman-women-empowerment-centre-irn"]
    assert org.country == "IRN" and org.label == "Kerman Women's Empowerment Center"


def test_single_head_word_is_not_a_name() -> None:
    assert entities("Police officers from Ghana met. Customs seized drugs.", ORG) == {}


def test_military_and_coast_guard_heads() -> None:
    text = "The Sri Lanka Navy and the Maldives National Defence Force held a joint exercise."
    assert set(entities(text, ORG)) == {
        "organization/navy-lka",
        "organization/national-defence-force-mdv",
    }


def test_country_names_with_head_words_are_not_organizations() -> None:
    text = "Funds were provided by the Russian Federation and the Federated States of Micronesia."
    assert entities(text, ORG) == {}


def test_government_body_without_country_belongs_to_the_reports_country() -> None:
    text = "Afghanistan\n\nUNODC handed over equipment to the Ministry of Public Health."
    assert "organization/ministry-of-public-health-afg" in entities(text, ORG)


def test_registry_organization_is_not_also_a_programme() -> None:
    text = "Pakistan\n\nSeveral centres receive support from the Colombo Plan."
    assert entities(text, "Programme") == {} and "organization/colombo-plan" in entities(text, ORG)


def test_acronym_spelled_out_in_parentheses_after_it() -> None:
    text = "The JPC (Joint Planning Cell) met in Tehran. Later the JPC coordinated operations."
    (org,) = entities(text, ORG).values()
    assert org.key == "organization/joint-planning-cell" and len(org.mentions) == 3


def test_generic_national_body_in_a_country_report() -> None:
    text = "Colombia\n\nThe National Police seized cocaine. The Press Office published it."
    assert list(entities(text, ORG)) == ["organization/national-police-col"]
    assert entities("The National Police seized cocaine.", ORG) == {}


def test_committees_of_nothing_in_particular_are_not_organizations() -> None:
    assert entities("The Technical Working Group and the Steering Committee met.", ORG) == {}


def test_possessive_registry_office_name() -> None:
    text = "UNODC's Regional Office for Central Asia works with the Kyrgyz Drug Control Service."
    assert set(entities(text, ORG)) == {
        "organization/unodc-roca",
        "organization/drug-control-service-kgz",
    }


def test_name_runs_through_a_nested_body_which_is_its_parent() -> None:
    text = "The Customs Service of the Ministry of Economy of Moldova met Europol."
    orgs = entities(text, ORG)
    service = orgs["organization/customs-service-of-ministry-of-economy-mda"]
    assert service.country == "MDA"
    assert service.parent == "organization/ministry-of-economy-mda"
    assert orgs["organization/ministry-of-economy-mda"].label.endswith("Ministry of Economy")


def test_troops_head_and_body_named_in_the_complement() -> None:
    text = "The Frontier Troops of the State Border Committee of Belarus trained officers."
    orgs = entities(text, ORG)
    troops = orgs["organization/frontier-troops-of-state-border-committee-blr"]
    assert troops.parent == "organization/state-border-committee-blr"


def test_country_inside_a_name_before_its_head_stays_in_the_name() -> None:
    orgs = entities("Officers of the General Directorate of Morocco Customs met.", ORG)
    (org,) = orgs.values()
    assert org.label == "General Directorate of Morocco Customs" and org.country == "MAR"


def test_acronym_then_of_country_gives_the_home_country() -> None:
    orgs = entities("The Anti-Drug Brigade Office (BLAD) of Haiti signed it.", ORG)
    assert [o.country for o in orgs.values()] == ["HTI"]


def test_national_body_coordinated_with_a_foreign_body_shares_its_country() -> None:
    text = (
        "Thailand: port security\n\nThe unit joins officers of the Philippine Coast Guard "
        "and of the Bureau of Investigation of the Department of Justice."
    )
    countries = {o.label: o.country for o in entities(text, ORG).values()}
    assert set(countries.values()) == {"PHL"}


def test_multinational_body_takes_no_home_country_from_a_place_word() -> None:
    text = "Nigeria: maritime security\n\nData go to the Lagos Multinational Maritime Centre."
    (org,) = entities(text, ORG).values()
    assert org.country is None


def test_community_heads_an_intergovernmental_name() -> None:
    orgs = entities("The Community of Sahel-Saharan States hosted the meeting.", ORG)
    (org,) = orgs.values()
    assert org.category == "intergovernmental"


def test_regional_bodies_named_by_acronym_pairs_are_registry_entries() -> None:
    orgs = entities("CARICOM IMPACS briefed the OECS and the IMO on the project.", ORG)
    assert {"organization/caricom-impacs", "organization/oecs", "organization/imo"} <= set(orgs)
    assert orgs["organization/caricom-impacs"].parent == "organization/caricom"


def test_full_name_in_a_capitals_heading_is_an_organization() -> None:
    text = (
        "STATE BORDER SERVICE OF UKRAINE – ANNUAL REVIEW 2024\n\n"
        "The Service seized 30 kg of heroin with Polish colleagues."
    )
    (org,) = entities(text, ORG).values()
    assert org.label.endswith("State Border Service") and org.country == "UKR"


def test_capitalized_headline_words_alone_are_not_an_organization() -> None:
    text = "Ukraine Border Service Trains Officers\n\nOfficers were trained in Kyiv."
    assert entities(text, ORG) == {}


def test_body_named_after_a_first_complement_is_the_parent() -> None:
    text = "The Permanent Office on Narcotics and Crime of the Ministry of Justice of Peru met."
    orgs = entities(text, ORG)
    office = next(o for o in orgs.values() if o.label.endswith("of the Ministry of Justice"))
    assert office.parent == "organization/ministry-of-justice-per"
    assert "organization/ministry-of-justice-per" in orgs


def test_a_security_system_is_a_body_and_a_warning_system_is_not() -> None:
    text = "The Pacific Security System and the Early Warning System were presented."
    assert [o.label for o in entities(text, ORG).values()] == ["Pacific Security System"]


def test_body_placed_under_a_government_body_of_a_country() -> None:
    text = "The Drug Control Service under the Council of Ministers of Belarus met Europol."
    orgs = entities(text, ORG)
    (service,) = [o for o in orgs.values() if o.label.startswith("Belarusian Drug")]
    assert service.country == "BLR" and service.label.endswith("under the Council of Ministers")


def test_a_generic_body_named_inside_a_name_of_a_country_is_its_parent() -> None:
    text = (
        "The Anti-Drug Unit of the National Police of Bolivia met the National Police of Bolivia."
    )
    orgs = entities(text, ORG)
    unit = next(
        o for o in orgs.values() if o.label.endswith("Anti-Drug Unit of the National Police")
    )
    assert unit.parent == "organization/national-police-bol"
    assert len(orgs["organization/national-police-bol"].mentions) == 2


def test_an_acronym_several_countries_share_is_the_named_countrys_agency() -> None:
    text = (
        "In Burkina Faso, UNODC works with the Central Office for the Repression of Illicit "
        "Drug Trafficking (OCRTIS). The OCRTIS seized 40 kg of cannabis."
    )
    (org,) = [o for k, o in entities(text, ORG).items() if k != "organization/unodc"]
    assert org.country == "BFA" and len(org.mentions) == 3


def test_unlisted_regional_office_is_the_parent_body_without_a_country() -> None:
    text = "The UNODC Regional Office for the Andean Countries announced a course in Peru."
    orgs = entities(text, ORG)
    assert set(orgs) == {"organization/unodc"}
    assert orgs["organization/unodc"].country is None


def test_body_of_a_demonym_ministry_takes_its_country() -> None:
    text = (
        "The Directorate of Drug Enforcement of the Thai Ministry of Justice met the Lao "
        "Directorate of Drug Enforcement."
    )
    orgs = entities(text, ORG)
    countries = {o.country for o in orgs.values() if "Drug Enforcement" in o.label}
    assert countries == {"THA", "LAO"}


@pytest.mark.parametrize(
    ("text", "label", "country"),
    [
        ("The Royal Malaysia Police seized pills.", "Royal Malaysia Police", "MYS"),
        ("The Royal Bhutan Police met UNODC.", "Royal Bhutan Police", "BTN"),
        ("Officers of the Royal Thai Police trained.", "Royal Thai Police", "THA"),
    ],
)
def test_a_country_inside_a_name_keeps_the_surface_label(
    text: str, label: str, country: str
) -> None:
    orgs = [o for o in entities(text, ORG).values() if o.country == country]
    assert [o.label for o in orgs] == [label]
    assert orgs[0].mentions[0].text == label


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Guyana Police Constabulary", "Guyanese Police Constabulary"),
        ("Colombian Superintendency of Notaries", "Colombian Superintendency of Notaries"),
    ],
)
def test_constabulary_and_superintendency_head_names(name: str, label: str) -> None:
    orgs = list(entities(f"The {name} signed a plan.", ORG).values())
    assert [(o.label, o.mentions[0].text) for o in orgs] == [(label, name)]


def test_letterhead_lines_in_capitals_are_the_issuing_bodies() -> None:
    text = (
        "REPUBLIC OF GHANA\nMINISTRY OF THE INTERIOR AND REGIONAL INTEGRATION\n"
        "NARCOTICS CONTROL COMMISSION - INTELLIGENCE UNIT\n\n"
        "Quarterly bulletin\n\nThe Narcotics Control Commission seized 20 kg of cannabis."
    )
    labels = {o.label.lower() for o in entities(text, ORG).values()}
    assert any("ministry of the interior and regional integration" in x for x in labels)
    assert any(x.endswith("narcotics control commission") for x in labels)
    assert not any("integration narcotics" in x for x in labels)


def test_a_complement_without_the_names_no_inner_body() -> None:
    text = (
        "The Ministry of Justice and Public Administration of Croatia met the Directorate of "
        "Customs of Chile."
    )
    labels = {o.label for o in entities(text, ORG).values()}
    assert not any(
        x.endswith(("Public Administration", "Customs")) and "of" not in x for x in labels
    )


def test_a_letterhead_body_is_of_the_issuing_government() -> None:
    text = (
        "REPUBLIC OF UGANDA\nCOUNTER-NARCOTICS UNIT\n\nBulletin\n\nThe Counter-Narcotics Unit "
        "and the Rwanda National Police conducted a joint operation."
    )
    unit = next(o for o in entities(text, ORG).values() if "counter-narcotics" in o.label.lower())
    assert unit.country == "UGA"
    assert len(unit.mentions) == 2


def test_a_generic_body_named_again_is_not_the_reports_countrys() -> None:
    text = (
        "Italy funds new offices.\n\nThe Drug Control Agency of Tajikistan and Italy met. "
        "The Director of the Drug Control Agency thanked Italy. Italy, Italy and Italy agreed."
    )
    assert "ITA" not in {o.country for o in entities(text, ORG).values()}


def test_a_police_service_is_a_police_body() -> None:
    text = "Kenya's security was discussed. The National Police Service seized heroin."
    orgs = entities(text, ORG)
    assert any(
        o.label.endswith("National Police Service") and o.country == "KEN" for o in orgs.values()
    )


def test_a_bare_head_noun_refers_to_the_body_last_named_with_it() -> None:
    text = (
        "The Drug Enforcement Commission of Zambia met UNODC in Lusaka. The Commission then "
        "trained officers."
    )
    orgs = entities(text, ORG)
    commission = orgs["organization/drug-enforcement-commission-zmb"]
    assert [m.text for m in commission.mentions] == [
        "Drug Enforcement Commission of Zambia",
        "Commission",
    ]


def test_a_bare_head_noun_without_an_earlier_body_is_nothing() -> None:
    assert entities("The Commission met on Monday.", ORG) == {}


def test_a_unit_named_after_the_acronym_is_part_of_the_name() -> None:
    text = "The Sri Lanka Navy trained officers of the Kenya Defence Forces (KDF) Marine Unit."
    orgs = [o for o in entities(text, ORG).values() if o.country == "KEN"]
    assert [m.text for o in orgs for m in o.mentions] == ["Kenya Defence Forces (KDF) Marine Unit"]


def test_office_words_joined_by_and_name_a_country_office() -> None:
    text = "The UNODC Liaison and Partnership Office in Mexico met the Federal Police."
    orgs = entities(text, ORG)
    assert orgs["organization/unodc-mex"].country == "MEX"


def test_a_headline_run_of_capitals_is_no_antecedent_of_a_bare_head() -> None:
    text = "New Border Agency Boosts Trade\n\nThe Agency was praised by traders."
    assert entities(text, ORG) == {}


def test_name_runs_through_for_the_fight_against() -> None:
    text = (
        "The Peruvian National Commission for the Fight against Illegal Mining Trafficking "
        "met the police."
    )
    labels = {e.label for e in entities(text, ORG).values()}
    assert any(lbl.endswith("Fight against Illegal Mining Trafficking") for lbl in labels), labels


def test_generic_name_with_a_national_head_inside_is_not_cut_short() -> None:
    text = (
        "The National Revenue Authority of Ghana signed a memorandum with Togo. "
        '"It works," said the head of the National Customs Authority.'
    )
    labels = {e.label for e in entities(text, ORG).values()}
    assert not any(lbl.endswith("National Customs") for lbl in labels), labels


def test_joined_known_acronyms_are_each_an_organization() -> None:
    orgs = entities("Kenya joined the UNODC/WHO Programme on Drug Dependence Treatment.", ORG)
    assert {"organization/unodc", "organization/who"} <= set(orgs)
    assert "organization/who" not in entities("The ABC-WHO plan was adopted.", ORG)


def test_registry_label_opened_by_its_own_demonym_keeps_its_country() -> None:
    orgs = entities("The Korean National Police Agency trained officers in Laos.", ORG)
    assert orgs["organization/knpa"].country == "KOR"
    assert "organization/guardia-di-finanza" in entities("The Guardia di Finanza seized it.", ORG)


def test_city_centre_an_event_is_held_at_is_a_venue() -> None:
    text = (
        "The conference took place from 3 to 5 May at the Nairobi International Convention Centre."
    )
    assert not any("Centre" in e.label for e in entities(text, ORG).values())


def test_a_possessive_country_qualifies_the_label_and_the_bare_name_stays_an_alias() -> None:
    text = "The Republic of Moldova's Customs Service met its Romanian colleagues."
    (org,) = [o for o in entities(text, ORG).values() if o.country == "MDA"]
    assert org.label == "Moldovan Customs Service"
    assert "Customs Service" in org.aliases


def test_a_noun_of_nationality_does_not_qualify_a_label() -> None:
    text = "Staff of New Zealand's Department of Corrections visited Samoa."
    (org,) = [o for o in entities(text, ORG).values() if o.country == "NZL"]
    assert org.label == "New Zealand Department of Corrections"
    assert "Department of Corrections" in org.aliases


def test_general_after_a_head_noun_belongs_to_the_head() -> None:
    text = "Trainers from the Directorate General of Immigration Control visited Maputo."
    orgs = entities(text, ORG).values()
    assert [o.mentions[0].text for o in orgs] == ["Directorate General of Immigration Control"]


def test_a_purpose_clause_ends_the_name() -> None:
    text = "The Regional Centre to Counter Maritime Piracy shared alerts with Kenya."
    orgs = entities(text, ORG).values()
    assert [o.label for o in orgs] == ["Regional Centre to Counter Maritime Piracy"]


def test_an_international_owner_acronym_opens_its_bodys_name() -> None:
    text = "Delegates of Ghana joined the ECOWAS Drug Control Committee in Abuja."
    orgs = entities(text, ORG)
    (body,) = [o for o in orgs.values() if o.label == "ECOWAS Drug Control Committee"]
    assert body.country is None and body.mentions[0].text == "ECOWAS Drug Control Committee"
    assert "organization/ecowas" in orgs


def test_a_name_ends_with_its_heading_line() -> None:
    text = (
        "National Police - Directorate General of Drug Prevention\nAnnual Report 2024\n\n"
        "The Directorate General of Drug Prevention trained 40 officers."
    )
    labels = [o.label for o in entities(text, ORG).values()]
    assert labels and not any("\n" in label or "Report" in label for label in labels)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Narcotics Control Bureau of Sri Lanka hosted Indian officers.", "LKA"),
        (
            "Officers of the Narcotics Control Bureau of the Maldives Police Service met "
            "their Indian counterparts.",
            "MDV",
        ),
    ],
)
def test_a_registry_name_of_another_countrys_body_is_not_the_registry_one(
    text: str, country: str
) -> None:
    orgs = entities(text, ORG)
    assert "organization/ncb-india" not in orgs
    found = [o for o in orgs.values() if "Narcotics Control Bureau" in o.label]
    assert [o.country for o in found] == [country]


def test_an_event_noun_after_the_opens_a_name() -> None:
    text = "Sweden funds the Implementation Unit for Border Management (IUBM) in Tirana."
    orgs = entities(text, ORG).values()
    assert [o.mentions[0].text for o in orgs] == ["Implementation Unit for Border Management"]


def test_a_body_named_after_a_large_city_belongs_to_its_country() -> None:
    # Durban is no capital: without the city table the body took the report's country
    ex = run("Officers of the Durban Harbour Police trained 20 customs officers from Mozambique.")
    police = next(e for e in ex.entities if e.type == "Organization")
    assert (police.label, police.country) == ("Durban Harbour Police", "ZAF")
    assert [p.countries for p in ex.partnerships] == [("MOZ", "ZAF")]


def test_a_country_inside_a_name_does_not_end_it_before_for() -> None:
    text = "The Chairman of the State Committee of Uzbekistan for Combating Narcotics met them."
    labels = {o.label for o in entities(text, ORG).values()}
    assert labels == {"State Committee of Uzbekistan for Combating Narcotics"}


def test_a_staff_college_is_a_body() -> None:
    text = "Tajik customs officers were trained at the Regional Customs Staff College in Osh."
    labels = {o.label for o in entities(text, ORG).values()}
    assert "Regional Customs Staff College" in labels


def test_a_registry_name_in_lowercase_is_a_common_noun() -> None:
    text = "The minister praised the work of the Iranian police in stopping transit."
    assert "organization/irn-faraja" not in entities(text, ORG)
    assert "organization/irn-faraja" in entities("Officers of the Iranian Police met.", ORG)


def test_a_headline_police_of_a_country_is_not_a_body_unless_the_body_says_so() -> None:
    text = (
        "Joint Seizure by the Police of Iran and Armenia\n\n"
        "The Anti-Narcotics Police of Iran and the police of Armenia seized heroin."
    )
    assert set(entities(text, ORG)) == {"organization/anti-narcotics-police-irn"}


def test_a_body_inside_a_quoted_project_title_is_part_of_the_title() -> None:
    text = (
        'The project "Support to Canine Units on the Northern Frontier of Peru" (PER/Z31) '
        "trains dog handlers."
    )
    assert entities(text, ORG) == {}


def test_plural_offices_have_the_singular_name_as_alias() -> None:
    text = "Spain funds the units through the UNODC Country Offices in Lima and La Paz."
    orgs = entities(text, ORG)
    assert "UNODC Country Office" in orgs["organization/unodc-country-office"].aliases


def test_cica_is_a_registry_body() -> None:
    text = (
        "The Secretariat of the Conference on Interaction and Confidence Building Measures "
        "in Asia (CICA) presented its report."
    )
    assert set(entities(text, ORG)) == {"organization/cica"}


def test_a_name_runs_across_a_wrapped_line_after_a_connector() -> None:
    text = (
        "Officers of the Zambian Directorate for Prisons and\n"
        "Correctional Services met Malawian officials in Lilongwe."
    )
    orgs = entities(text, ORG).values()
    assert any(o.label == "Zambian Directorate for Prisons and Correctional Services" for o in orgs)


def test_a_registry_name_continued_by_a_coordinated_complement_is_a_longer_name() -> None:
    text = (
        "The Malian Central Office for the Repression of Illicit Drug Trafficking and Arms "
        "Smuggling (OCRTAS) trained Nigerien officers."
    )
    orgs = entities(text, ORG).values()
    labels = [o.label for o in orgs]
    assert (
        "Malian Central Office for the Repression of Illicit Drug Trafficking and Arms Smuggling"
        in labels
    )
    assert "organization/sen-ocrtis" not in {o.key for o in orgs}


def test_a_compound_wrapped_after_its_hyphen_is_one_word_of_the_name() -> None:
    text = (
        "In March, forty officers from Togo and Benin were trained by the Pan-\n"
        "African Drug Intelligence Centre in Accra on the analysis of seizure data."
    )
    labels = [o.label for o in entities(text, ORG).values()]
    assert labels == ["Pan-African Drug Intelligence Centre"]


def test_a_registry_name_wrapped_after_its_hyphen_is_found() -> None:
    text = (
        "In May, the Pakistani delegation met the officers of the Anti-\n"
        "  Narcotics Police of the Islamic Republic of Iran in Zahedan for a review."
    )
    orgs = entities(text, ORG).values()
    assert [o.country for o in orgs] == ["IRN"]
    assert not any(o.label == "Narcotics Police" for o in orgs)


def test_a_division_heads_a_name() -> None:
    text = "The Barbados Police Service and the Immigration and Passport Division met in June."
    labels = [o.mentions[0].text for o in entities(text, ORG).values()]
    assert "Immigration and Passport Division" in labels


def test_a_headline_name_the_body_uses_by_its_acronym_is_kept() -> None:
    text = (
        "Hosted by the Council of the Andean Riverine Security Cooperation (ARSC)\n\n"
        "Peru and Bolivia agreed on joint patrols, and ARSC members endorsed the plan."
    )
    labels = [o.label for o in entities(text, ORG).values()]
    assert "Council of the Andean Riverine Security Cooperation" in labels


def test_a_name_runs_across_a_wrapped_line_of_a_sentence_between_capitalized_words() -> None:
    text = "The project supports the National Agency for Drug\nControl of Uganda."
    labels = [o.label for o in entities(text, ORG).values()]
    assert labels == ["Ugandan National Agency for Drug Control"]


def _org_labels(text: str) -> set[str]:
    return {o.label for o in entities(text, ORG).values()}


def test_french_style_delegation_platform_and_pole_head_names() -> None:
    text = (
        "The General Delegation for Border Affairs (DGAF) of the Kingdom of Morocco, the "
        "Malian Platform for the Fight against Fraud and the Economic Pole of Bamako met."
    )
    labels = _org_labels(text)
    assert "Moroccan General Delegation for Border Affairs" in labels
    assert "Malian Platform for the Fight against Fraud" in labels
    assert "Malian Economic Pole of Bamako" in labels


def test_a_delegation_of_a_country_or_registry_body_is_no_new_body() -> None:
    text = "The Iranian Delegation met the EU Delegation for Tunisia and a delegation of police."
    assert _org_labels(text) == {"European Union"}


def test_a_complement_listing_fields_with_commas_is_one_name() -> None:
    text = "The Ministry of Labour, Social Affairs and Family of Kosovo signed the plan."
    (org,) = entities(text, ORG).values()
    assert org.mentions[0].text == "Ministry of Labour, Social Affairs and Family of Kosovo"


def test_commas_between_bodies_keep_them_apart() -> None:
    text = "The Ministry of Interior, Police and Customs of Albania met."
    assert "Albanian Ministry of Interior" in _org_labels(text)


def test_a_name_opening_with_fields_listed_with_commas_is_one_name() -> None:
    text = "Staff of the Mining, Energy and Water Resources Ministry of Ghana visited Tema."
    (org,) = entities(text, ORG).values()
    assert org.mentions[0].text == "Mining, Energy and Water Resources Ministry of Ghana"
    text = "Latvia's Drug, Alcohol, Tobacco and Gambling Control Department trained nurses."
    (org,) = entities(text, ORG).values()
    assert "Drug, Alcohol, Tobacco and Gambling Control Department" in org.aliases


def test_bodies_or_places_listed_before_a_name_stay_out_of_it() -> None:
    text = "Officers of the Police, Customs and Border Guard Service met in Riga."
    assert "Police, Customs and Border Guard Service" not in _org_labels(text)
    text = "In Lagos, Kano and Abuja Drug Control Units opened."
    assert not any(label.startswith("Lagos") for label in _org_labels(text))


def test_a_body_named_after_its_members_needs_the_acronym_that_spells_it() -> None:
    text = (
        "Ghana attended the 9th session of the ECOWAS Senior Experts on Precursor Control "
        "(ESEPC) in Abuja. ESEPC agreed a work plan."
    )
    orgs = entities(text, ORG)
    body = next(e for e in orgs.values() if "Experts" in e.label)
    assert body.label == "ECOWAS Senior Experts on Precursor Control"
    assert [m.text for m in body.mentions].count("ESEPC") == 2


def test_members_without_a_spelling_acronym_are_people() -> None:
    text = "Senior Officials on Border Control (UN) met. Senior officials on drug matters (SO) met."
    assert not any("Officials" in label or "officials" in label for label in _org_labels(text))


def test_trafficking_in_persons_runs_through_its_lowercase_in() -> None:
    text = (
        "The Anti-Trafficking in Persons Unit of Ghana and the Liberian Counter Trafficking "
        "in Human Beings Secretariat trained staff in Accra."
    )
    labels = _org_labels(text)
    assert labels == {
        "Ghanaian Anti-Trafficking in Persons Unit",
        "Liberian Counter Trafficking in Human Beings Secretariat",
    }


def test_registry_acronym_after_on_is_the_topic_of_a_name() -> None:
    text = "Experts of the Pacific Working Group on FATF Standards and Mutual Evaluation met."
    labels = _org_labels(text)
    assert labels == {"Pacific Working Group on FATF Standards and Mutual Evaluation"}


def test_a_body_opening_the_title_of_an_instrument_is_not_mentioned() -> None:
    text = (
        "Both States ratified the United Nations Convention against Transnational Organized "
        "Crime and applied the United Nations Standard Minimum Rules for Juvenile Justice."
    )
    assert _org_labels(text) == set()
    assert _org_labels("The United Nations and Ghana met.") == {"United Nations"}


def test_a_list_of_countries_after_in_is_where_a_body_works_not_its_office() -> None:
    text = "The project is implemented by IOM in Ghana, Togo and Benin since 2022."
    assert _org_labels(text) == {"International Organization for Migration"}


def test_an_and_after_a_bodys_acronym_joins_two_bodies() -> None:
    text = "At home, the DEA and Border Patrol Command signed a protocol."
    mentions = {m.text for e in entities(text, ORG).values() for m in e.mentions}
    assert mentions == {"DEA", "Border Patrol Command"}
    text = (
        "The Narcotics Control Board (NCB) was praised. Later the NCB and Harbour Patrol Unit "
        "met in Apia."
    )
    assert "NCB and Harbour Patrol Unit" not in _org_labels(text)
    assert "Harbour Patrol Unit" in {
        m.text for e in entities(text, ORG).values() for m in e.mentions
    }


def test_a_registry_body_fused_with_led_is_that_body() -> None:
    text = "Ghana joined the Interpol-led West African Police Information Platform in 2024."
    orgs = entities(text, ORG)
    assert "organization/interpol" in orgs
    mentions = {m.text for e in orgs.values() for m in e.mentions}
    assert mentions == {"Interpol", "West African Police Information Platform"}
    text = "An EU-funded Regional Training Academy opened in Dakar."
    assert {"European Union", "Regional Training Academy"} <= _org_labels(text)


def test_a_unit_of_a_body_named_after_its_country_names_that_body() -> None:
    text = "Divers of the Naval Wing Guard of the Fiji Military Forces Command (FMFC) met."
    orgs = entities(text, ORG)
    body = next(o for o in orgs.values() if o.label.endswith("Fiji Military Forces Command"))
    assert body.country == "FJI" and "FMFC" in body.aliases


def test_a_field_listed_in_a_name_keeps_its_own_complement() -> None:
    text = (
        "The Commission for Transparency, Integrity and Struggle against Graft (CTILCG) "
        "hosted a seminar in Niamey."
    )
    name = "Commission for Transparency, Integrity and Struggle against Graft"
    assert _org_labels(text) == {name}


def test_a_conclave_is_a_body() -> None:
    text = "Ministers of the Indian Ocean Maritime Conclave (IOMC) met in Port Louis."
    assert "Indian Ocean Maritime Conclave" in _org_labels(text)


def test_registry_acronym_after_on_is_the_body_unless_the_name_goes_on() -> None:
    text = "The Director briefed the Commission on UNODC activities in Ghana and Togo."
    assert _org_labels(text) == {"United Nations Office on Drugs and Crime"}
    text = "The Committee on INTERPOL cooperation met in Accra with Ghana and Togo."
    assert _org_labels(text) == {"International Criminal Police Organization"}
    text = "Ghana reported to the Council on ECOWAS support for Togo."
    assert _org_labels(text) == {"Economic Community of West African States"}


def test_registry_name_before_a_headline_verb_is_no_instrument_title() -> None:
    text = "European Union Signs Protocol With Ghana\n\nThe EU and Ghana signed it in Accra."
    (eu,) = entities(text, ORG).values()
    assert [m.text for m in eu.mentions] == ["European Union", "EU"]
    text = "African Union Adopts Declaration on Drug Control\n\nMember States met in Addis Ababa."
    assert _org_labels(text) == {"African Union"}
    text = "The United Nations Standard Minimum Rules for the Treatment of Prisoners guide Ghana."
    assert _org_labels(text) == set()


def test_visit_and_tool_qualifiers_make_no_delegation_or_platform_body() -> None:
    for text in (
        "A High-Level Delegation from Nigeria visited Vienna to meet Kenya.",
        "The Parliamentary Delegation of Kenya toured the port of Mombasa with Uganda.",
        "The Beijing Platform for Action guides the work of Ghana and Togo on women.",
        "The Secure Communication Platform links the police of Ghana and Togo.",
        "Participants used the Online Platform for Asset Recovery set up by Ghana and Togo.",
        "The WhatsApp Platform was used by Ghana and Togo customs.",
        "The Economic Growth Pole of Dakar was built with Senegal and Mali funds.",
    ):
        assert _org_labels("Report\n\n" + text) == set(), text


def test_comma_list_in_a_complement_lists_only_fields() -> None:
    cases = {
        "Representing the Ministry of Justice, Deputy Minister Ana Silva and Judge Paulo Costa "
        "signed the MoU with Portugal.": "Portuguese Ministry of Justice",
        "Staff of the Office of the Prosecutor, Lima, Cusco and Puno attended, with Bolivia.": (
            "Office of the Prosecutor"
        ),
        "The Ministry of Interior, Monday and Tuesday sessions focused on Ghana and Togo.": (
            "Ministry of Interior"
        ),
    }
    for text, label in cases.items():
        assert _org_labels("Report\n\n" + text) == {label}, text
    text = "The Ministries of Justice, Interior and Health of Ghana met Kenya."
    assert not any("Interior" in label for label in _org_labels(text))  # several ministries
    text = "The Ministry of Finance, Planning and Economic Development of Uganda hosted Kenya."
    assert _org_labels(text) == {"Ugandan Ministry of Finance, Planning and Economic Development"}


def test_a_persons_title_is_no_field_listed_before_a_head() -> None:
    cases = {
        "Meetings were held with the Mayor, Health and Social Services Department and police of "
        "Ghana.": "Ghanaian Health and Social Services Department",
        "The Director, Finance and Administration Section of UNODC met Ghana.": (
            "Finance and Administration"
        ),
        "He thanked the Minister, Ports and Harbours Authority and Navy of Ghana.": (
            "Ghanaian Ports and Harbours Authority and Navy"
        ),
    }
    for text, label in cases.items():
        labels = _org_labels("Report\n\n" + text)
        assert label in labels and not any(t in str(labels) for t in ("Mayor", "Director,")), text


def test_trafficking_in_joins_a_name_only_before_who_is_trafficked() -> None:
    text = "The Task Force on Human Trafficking in January met officials from Ghana and Togo."
    (label,) = _org_labels(text)
    assert label.endswith("Task Force on Human Trafficking")
    text = "The Office against Drug Trafficking in Callao worked with Peru and Bolivia."
    assert _org_labels(text) == {"Office against Drug Trafficking"}
    text = "The Committee on Trafficking in Persons of Ghana met Togo."
    assert _org_labels(text) == {"Ghanaian Committee on Trafficking in Persons"}


def test_and_between_capitals_of_one_name_splits_nothing() -> None:
    text = (
        "The AML and CFT Supervision Department of the Bank of Ghana met Togo officials. "
        "Anti-money laundering (AML) rules apply."
    )
    assert "Ghanaian AML and CFT Supervision Department of the Bank" in _org_labels(text)
    text = (
        "The HIV and AIDS Coordination Unit of Kenya met Uganda. Human immunodeficiency virus "
        "(HIV) rates fell."
    )
    assert _org_labels(text) == {"Kenyan HIV and AIDS Coordination Unit"}


def test_a_conclave_without_acronym_or_members_is_a_meeting() -> None:
    text = (
        "India hosted the National Conclave on Drug Trafficking and National Security in New "
        "Delhi with Nepal."
    )
    assert _org_labels(text) == set()
    text = "The BIMSTEC Conclave of Ports in Visakhapatnam brought India and Bangladesh together."
    assert not any("Conclave" in label for label in _org_labels(text))


def test_a_police_school_is_a_body_of_its_country() -> None:
    orgs = entities("Officers completed a course at the Lithuanian Police School.", "Organization")
    assert [(o.label, o.country) for o in orgs.values()] == [("Lithuanian Police School", "LTU")]


def test_a_for_complement_naming_another_body_is_not_part_of_the_name() -> None:
    text = (
        "An officer of the Korea Customs Service for the State Customs Committee of "
        "Uzbekistan spoke."
    )
    assert {o.country for o in entities(text, "Organization").values()} == {"KOR", "UZB"}


def test_a_bare_body_name_takes_the_country_it_was_first_named_with() -> None:
    text = (
        "Embassy of Spain to Paraguay - News\n\n"
        "Spain equips Paraguay's Public Ministry\n\n"
        "Asuncion - The Public Ministry received forensic software funded by Spain. Later the "
        "Public Ministry of Uruguay asked for the same tool.\n"
    )
    homes = {e.country for e in entities(text, "Organization").values() if "Public" in e.label}
    assert homes == {"PRY", "URY"}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The Abu Dhabi Police Academy trained officers from Oman.", "ARE"),
        ("The Kuala Lumpur Port Authority received scanners from Japan.", "MYS"),
    ],
)
def test_a_body_named_after_a_city_of_two_words_is_that_citys_countrys(
    text: str, home: str
) -> None:
    bodies = entities("News\n\n" + text, "Organization").values()
    assert {e.country for e in bodies if "Police" in e.label or "Port" in e.label} == {home}


def test_an_acronym_follows_its_name_to_the_headline_country() -> None:
    """ "The Drug Enforcement Commission (DEC)" under a title naming "… of Zambia": DEC is
    Zambia's, and so are the courses its instructors give."""
    text = (
        "Drug Enforcement Commission of Zambia - Training Bulletin\n\n"
        "The Drug Enforcement Commission (DEC) reports on its courses.\n\n"
        "DEC instructors trained 24 officers from Malawi and Zimbabwe in Lusaka."
    )
    bodies = [e for e in run(text).entities if e.type == "Organization"]
    assert [(e.label, e.country) for e in bodies] == [
        ("Zambian Drug Enforcement Commission", "ZMB")
    ]
    assert country_pairs(text) == {("MWI", "ZMB"), ("ZMB", "ZWE")}


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The Directorate General of National Security (DGSN) seized 12 tonnes.", "MAR"),
        ("The National Dangerous Drugs Control Board opened two centres.", "MAR"),
        # another country named beside it: whose it is, the sentence does not say
        ("The National Drug Agency and Spain's Guardia Civil met in Madrid.", None),
        ("The Drug Control Agency opened two centres.", None),  # not called national
        # the country named only by its people: they may be the agency's foreign guests
        ("The National Intelligence Agency trained Moroccan officers in Rabat.", None),
    ],
)
def test_a_national_agency_is_the_reports_country(sentence: str, country: str | None) -> None:
    text = "Morocco: annual results\n\n" + sentence
    bodies = [e for e in run(text).entities if e.type == "Organization" and e.country != "ESP"]
    assert [e.country for e in bodies] == [country]
