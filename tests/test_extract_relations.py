"""Partnerships: cues, list structure, donors, anaphora, negatives, kind, mechanism, status."""

import pytest
from test_extract_support import country_pairs, pairs, run


def only(text: str):
    links = run(text).partnerships
    assert len(links) == 1, links
    return links[0]


@pytest.mark.parametrize(
    "text",
    [
        "Heroin trafficked from Afghanistan through Iran reaches markets in Europe.",
        "Tajikistan, bordering Afghanistan, is a transit country for Afghan opiates.",
        "Iran shares a 900 km border with Afghanistan and Pakistan.",
        "Opium produced in Myanmar is trafficked through Lao PDR and Thailand to China.",
        "Drug seizures in Afghanistan, Pakistan and Iran increased by 20 per cent in 2020.",
        "Afghanistan and Pakistan are the largest producers of opium.",
        "Iran seized 500 kg of heroin near the border with Pakistan.",
    ],
)
def test_routes_borders_statistics_and_co_occurrence_are_not_links(text: str) -> None:
    assert country_pairs(text) == set()


def test_trafficking_origin_is_not_a_partner_of_the_cooperation() -> None:
    text = "Iran and Pakistan agreed to cooperate against heroin trafficked from Afghanistan."
    assert country_pairs(text) == {("IRN", "PAK")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo signed a memorandum to exchange intelligence. Speedboats leave the "
        "coast of Guinea and Sierra Leone towards Senegal and Cabo Verde, where the drugs "
        "are loaded onto ships.",
        "Kenya and Uganda signed a memorandum on joint patrols. Boats carrying heroin leave "
        "Somali ports for Yemen and Oman.",
        "Brazil and Peru signed a memorandum. The cocaine continues by river towards ports "
        "in Chile, Argentina and Uruguay.",
    ],
)
def test_departure_coasts_ports_and_destinations_are_not_partners(text: str) -> None:
    first = sorted(country_pairs(text))[0]
    assert country_pairs(text) == {first}


def test_coast_guard_of_a_country_is_still_a_partner() -> None:
    text = "Grenada, whose coast guard runs two vessels, signed an agreement with Canada."
    assert country_pairs(text) == {("CAN", "GRD")}


def test_hosting_a_meeting_is_not_a_link() -> None:
    text = (
        "The meeting, hosted by the Government of Uzbekistan, brought together officials "
        "from Afghanistan and Tajikistan to discuss cross-border cooperation."
    )
    assert country_pairs(text) == {("AFG", "TJK")}


def test_list_after_with_is_a_star_of_bilateral_links() -> None:
    text = "Mexico has established bilateral agreements with Guatemala, Honduras and El Salvador."
    assert pairs(text) == {("GTM", "MEX"), ("HND", "MEX"), ("MEX", "SLV")}
    assert {p.mechanism for p in run(text).partnerships} == {"agreement"}


def test_agency_of_a_country_is_the_hub_of_a_star() -> None:
    text = (
        "The Iranian Financial Intelligence Unit has established bilateral cooperation "
        "agreements with Armenia, Brazil and Slovenia."
    )
    assert pairs(text) == {("ARM", "IRN"), ("BRA", "IRN"), ("IRN", "SVN")}


def test_between_and_among_lists_link_all_members() -> None:
    link = only(
        "The Triangular Initiative among Afghanistan, Iran and Pakistan was launched in 2007."
    )
    assert link.countries == ("AFG", "IRN", "PAK") and link.kind == "triangular"
    assert link.date == "2007" and link.programme == "programme/triangular-initiative"


def test_joint_operation_of_several_countries_is_multilateral() -> None:
    text = (
        "Police officers from Ghana, Nigeria, Senegal and Togo took part in a joint operation "
        "coordinated by INTERPOL."
    )
    link = only(text)
    assert link.kind == "multilateral" and link.mechanism == "joint-operation"
    assert "organization/interpol" in link.participants


def test_triangular_project_of_two_countries_and_un() -> None:
    text = (
        "A triangular cooperation project between the Brazilian Government, the Government "
        "of Guinea Bissau and UNODC was launched."
    )
    link = only(text)
    assert link.countries == ("BRA", "GNB") and link.kind == "triangular"


def test_headline_states_a_link() -> None:
    link = only("Iran and Spain to Strengthen Cooperation in the Field of Combating Narcotic Drugs")
    assert link.countries == ("ESP", "IRN") and link.status == "proposed"


def test_demonym_donor_funds_the_country_of_the_recipient() -> None:
    text = (
        "The equipment was procured under generous Japanese fund and handed over to the "
        "Anti-Narcotics Force of Pakistan."
    )
    link = only(text)
    assert link.countries == ("JPN", "PAK") and link.mechanism == "funding"
    assert link.funders == ("country/JPN",)


def test_donor_without_recipient_country_links_the_reports_country() -> None:
    text = (
        "Islamic Republic of Iran\n\nUNODC delivered equipment procured under the gracious "
        "funding received from the Kingdom of Norway to a women's centre."
    )
    link = only(text)
    assert link.countries == ("IRN", "NOR") and link.funders == ("country/NOR",)


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("The training was funded by Japan and delivered by UNODC to Kenyan judges.", "JPN"),
        ("Thanks to the generous contribution of Germany, UNODC trained Ghanaian police.", "DEU"),
        (
            "With the support of the Government of Norway, UNODC trained Mozambican judges.",
            "NOR",
        ),
        ("UNODC, with financial support from Sweden, trained officials of Uganda.", "SWE"),
    ],
)
def test_donor_phrases(text: str, donor: str) -> None:
    links = run(text).partnerships
    assert links and all(p.funders == (f"country/{donor}",) for p in links)
    assert all(p.mechanism == "funding" for p in links)


def test_support_from_a_un_agency_is_assistance_not_funding() -> None:
    link = only("The Kenyan police received support from UNODC in Nairobi.")
    assert link.mechanism == "technical-assistance" and link.funders == ()


def test_donation_is_its_own_mechanism() -> None:
    text = "The NDLEA received vehicles donated by the Government of the United Kingdom."
    link = only(text)
    assert link.mechanism == "donation" and link.countries == ("GBR", "NGA")


def test_the_two_sides_refers_to_the_previous_link() -> None:
    text = (
        "The Head of the Iraqi Anti-Narcotics Agency met with the Head of the Iranian "
        "Anti-Narcotics Police. During the meeting, the two sides expressed their desire to "
        "conclude a memorandum of cooperation."
    )
    second = run(text).partnerships[-1]
    assert second.countries == ("IRN", "IRQ")
    assert second.mechanism == "agreement" and second.status == "proposed"


def test_counterpart_in_a_visited_country() -> None:
    text = "During his visit to Tajikistan, the Iranian Interior Minister met his counterpart."
    link = only(text)
    assert link.countries == ("IRN", "TJK") and link.mechanism == "meeting"


def test_delegation_visit_to_a_capital_links_its_country() -> None:
    text = "Officials met during an Afghan delegation's visit to Tehran, October 2010"
    link = only(text)
    assert link.countries == ("AFG", "IRN") and link.date == "2010-10"


def test_these_initiatives_borrow_the_actor_of_the_previous_sentence() -> None:
    text = (
        "Iranian good practices on treatment have been promoted through study tours. These "
        "initiatives have contributed to harm reduction in countries such as Indonesia and "
        "Pakistan."
    )
    assert country_pairs(text) == {("IDN", "IRN"), ("IRN", "PAK")}


def test_list_items_borrow_the_actor_of_their_introduction() -> None:
    text = (
        "UNODC in the Islamic Republic of Iran will focus on South-South Cooperation in the "
        "following areas:\n"
        "- Strengthen harm reduction in Pakistan, Afghanistan and Tajikistan by presenting "
        "good practices from the Islamic Republic of Iran.\n"
        "- Improve national knowledge on foreign practices."
    )
    links = run(text).partnerships
    assert {p.countries for p in links} == {("AFG", "IRN"), ("IRN", "PAK"), ("IRN", "TJK")}
    assert {p.status for p in links} == {"proposed"} and {p.mechanism for p in links} == {
        "knowledge-transfer"
    }


def test_items_without_actors_do_not_repeat_the_introduction() -> None:
    text = (
        "The Head of Iran's Anti-Narcotics Police held a video conference with the Head of "
        "the Spanish Police, declaring readiness for cooperation in the following fields:\n"
        "- combating traffickers;\n- application of smart devices."
    )
    assert len(run(text).partnerships) == 1


def test_programme_members_fill_in_the_three_countries() -> None:
    text = (
        "UNODC launched the Triangular Initiative among Afghanistan, Iran and Pakistan. The "
        "Triangular Initiative umbrella of cooperation engages the three countries in joint "
        "operations."
    )
    assert [p.countries for p in run(text).partnerships] == [("AFG", "IRN", "PAK")] * 2


def test_international_organizations_have_no_country() -> None:
    link = only("INTERPOL and AFRIPOL signed a cooperation agreement in Algiers.")
    assert link.countries == () and link.kind == "domestic"


def test_one_actor_is_not_a_link() -> None:
    assert run("The European Union funded the training.").partnerships == ()


@pytest.mark.parametrize(
    ("text", "mechanism", "status"),
    [
        ("Viet Nam and Cambodia Sign Agreement on Drug Control", "agreement", "agreed"),
        ("Colombia and Peru will sign a memorandum of understanding.", "agreement", "proposed"),
        (
            "Kenya and Uganda held a joint operation on Lake Victoria.",
            "joint-operation",
            "completed",
        ),
        ("UNODC continues to support Afghanistan.", "technical-assistance", "ongoing"),
        ("UNODC trained 40 Nigerian customs officers in Lagos.", "training", "completed"),
        (
            "Armenia and Georgia exchanged information on trafficking networks.",
            "knowledge-transfer",
            "completed",
        ),
        ("The Ministers of Kazakhstan and Uzbekistan met in Tashkent.", "meeting", "completed"),
        ("Chile and Argentina agreed to strengthen cooperation.", "cooperation", "agreed"),
    ],
)
def test_mechanism_and_status(text: str, mechanism: str, status: str) -> None:
    link = only(text)
    assert (link.mechanism, link.status) == (mechanism, status)


def test_names_containing_cue_words_are_not_cues() -> None:
    text = "The Economic Cooperation Organization and the Global Fund sit in Iran and Switzerland."
    assert run(text).partnerships == ()


def test_evidence_is_the_sentence_with_offsets() -> None:
    text = "Intro line.\n\nJapan funded a project of UNODC in Kyrgyzstan. Nothing else."
    ext = run(text)
    ev = ext.partnerships[0].evidence
    assert text[ev.start : ev.end] == ev.quote == "Japan funded a project of UNODC in Kyrgyzstan."


def test_agreement_entity_is_recorded() -> None:
    ext = run("Kazakhstan and Kyrgyzstan signed a memorandum of understanding in 2019.")
    agreements = [e for e in ext.entities if e.type == "Agreement"]
    assert [a.label for a in agreements] == ["Memorandum of understanding"]


def test_places_of_a_criminal_network_are_not_partners() -> None:
    text = (
        "The Colombian National Police and the US DEA dismantled a cocaine network operating "
        "between Colombia, Ecuador and Panama."
    )
    link = only(text)
    assert link.countries == ("COL", "USA") and link.mechanism == "joint-operation"


def test_coordinated_countries_share_a_negative_context() -> None:
    text = (
        "UNODC and Japan cooperate against heroin trafficked from Afghanistan, Iran and Pakistan."
    )
    assert {p.countries for p in run(text).partnerships} == {("JPN",)}


def test_givers_in_a_list_each_link_with_the_receivers() -> None:
    text = (
        "Officers of the Ghana Revenue Authority will form the unit. They will receive "
        "training from experts of the Brazilian Federal Revenue Service and the Spanish "
        "Guardia Civil."
    )
    assert pairs(text) == {("BRA", "GHA"), ("ESP", "GHA")}


def test_co_donors_do_not_cooperate_with_each_other() -> None:
    text = (
        "The project in Kenya, funded by the Governments of Canada, Norway and the United "
        "States, trains customs officers."
    )
    assert country_pairs(text) == {("CAN", "KEN"), ("KEN", "NOR"), ("KEN", "USA")}


def test_a_comma_alone_does_not_make_a_list() -> None:
    text = "With the support of the Government of Norway, UNODC trained Mozambican judges."
    link = only(text)
    assert link.funders == ("country/NOR",) and link.countries == ("MOZ", "NOR")


def test_the_sides_and_a_visited_capital() -> None:
    text = (
        "The Minister of Foreign Affairs of Uzbekistan held talks with the Foreign Minister "
        "of Turkmenistan. Following the talks, the sides signed a Memorandum on Cooperation."
    )
    assert [p.mechanism for p in run(text).partnerships] == ["meeting", "agreement"]
    assert pairs("A delegation of Uzbekistan visited Ashgabat for talks.") == {("TKM", "UZB")}


def test_dateline_agency_is_not_a_partner() -> None:
    text = (
        "VIENNA, 22 March (UN Information Service) - UNODC and the Government of Ghana "
        "signed an agreement."
    )
    link = only(text)
    assert link.participants == ("country/GHA", "organization/unodc")


def test_fronted_phrase_comma_ends_the_donor() -> None:
    text = (
        "KABUL - With funding from the European Union, UNODC and the World Health "
        "Organization will support the Ministry of Public Health of Afghanistan."
    )
    link = only(text)
    assert link.funders == ("organization/eu",) and link.mechanism == "funding"
    assert "organization/who" in link.participants


def test_foreign_agency_support_is_assistance_to_the_previous_operation() -> None:
    text = (
        "The Bolivian FELCN and the Federal Police of Brazil carried out a joint operation. "
        "The operation was supported by the DEA."
    )
    last = run(text).partnerships[-1]
    assert last.countries == ("BOL", "BRA", "USA")
    assert last.mechanism == "technical-assistance" and last.funders == ()


def test_foreign_agency_support_in_a_country_report_is_a_link_with_that_country() -> None:
    text = (
        "UNODC Pakistan\n\nThe Anti-Narcotics Force trained 35 officers with the generous "
        "support of the United States Bureau of International Narcotics and Law Enforcement "
        "Affairs (INL)."
    )
    assert pairs(text) == {("PAK", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        "The conference discussed the situation in Afghanistan and its impact on Pakistan.",
        "Drug users in Iran outnumber those in Pakistan, UNODC and WHO said in a joint statement.",
        "Global cooperation is needed as cocaine consumption grows in Spain and Italy.",
        "Police seized heroin shipped from Pakistan bound for Mozambique in a joint operation.",
    ],
)
def test_topics_statistics_and_shipments_inside_cue_sentences_are_not_partners(text: str) -> None:
    assert country_pairs(text) == set()


def test_funding_of_the_equipment_links_the_donor_with_the_previous_sentence() -> None:
    text = (
        "UNODC handed over medical equipment to the Afghan Ministry of Public Health. "
        "The equipment was purchased with funding from the Government of Germany."
    )
    last = run(text).partnerships[-1]
    assert last.countries == ("AFG", "DEU") and last.funders == ("country/DEU",)


def test_a_sentence_only_referring_back_adds_no_link() -> None:
    text = "UNODC trained Kenyan judges in Nairobi. The courses focused on plea bargaining."
    assert len(run(text).partnerships) == 1


def test_noun_phrase_headline_is_ongoing_and_past_tense_is_completed() -> None:
    assert only("Iran and Tajikistan Cooperation in Counter-Narcotics").status == "ongoing"
    assert only("Kenya and Uganda exchanged intelligence on traffickers.").status == "completed"


def test_donor_of_a_programme_in_a_country_links_that_country() -> None:
    link = only("Norway funds the Country Partnership Programme in the Islamic Republic of Iran.")
    assert link.countries == ("IRN", "NOR") and link.mechanism == "funding"
    assert link.programme == "programme/country-partnership-programme-irn"
    assert link.programme in link.participants


def test_donors_of_a_meeting_in_a_later_paragraph_fund_its_members() -> None:
    text = (
        "Bangkok (Thailand), 18 May 2023 – Officials from Cambodia, Lao PDR and Viet Nam met "
        "to strengthen cooperation.\n\nThe meeting was funded by the Government of Japan and "
        "the Government of Australia."
    )
    links = run(text).partnerships
    assert links[0].countries == ("KHM", "LAO", "VNM")
    assert {p.funders for p in links[1:]} == {("country/AUS",), ("country/JPN",)}
    assert all(set(p.countries) >= {"KHM", "LAO", "VNM"} for p in links[1:])


def test_border_agencies_are_partners_and_the_first_activity_names_the_link() -> None:
    text = (
        "The Head of the Afghan Border Police and the Commander of the Iranian Border Guards "
        "met at the crossing point to discuss joint border patrols."
    )
    link = only(text)
    assert link.countries == ("AFG", "IRN") and link.mechanism == "meeting"


def test_country_before_a_programme_name_is_its_country() -> None:
    text = "The Kenya Prison Reform Programme was launched with support from Denmark."
    link = only(text)
    assert link.programme == "programme/prison-reform-programme-ken"
    assert link.countries == ("DNK", "KEN")


def test_units_in_several_countries_taking_part_in_an_operation_all_cooperate() -> None:
    text = (
        "Port Control Units in Ecuador, Panama and Costa Rica took part in Operation "
        "Tidewater, a coordinated regional operation against cocaine shipments."
    )
    assert country_pairs(text) == {("CRI", "ECU"), ("CRI", "PAN"), ("ECU", "PAN")}


def test_co_donors_beside_another_list_are_not_linked_to_each_other() -> None:
    text = (
        "Kenya hosts the programme, implemented by UNODC in partnership with UNDP and WHO, "
        "and funded by Germany, Sweden and the Netherlands."
    )
    assert country_pairs(text) == {("DEU", "KEN"), ("KEN", "SWE"), ("KEN", "NLD")}


def test_gapped_funding_clauses_are_two_links() -> None:
    text = (
        "The Armenian-Georgian unit was funded by the Government of Norway, and the "
        "Azerbaijani-Georgian unit by the Netherlands."
    )
    assert pairs(text) == {("ARM", "GEO", "NOR"), ("AZE", "GEO", "NLD")}


def test_it_refers_to_the_first_national_body_of_the_previous_sentence() -> None:
    text = (
        "Chile: port security\n\n"
        "The new unit brings together officers of the Peruvian Customs Service and of the "
        "Ministry of the Interior. It was set up with funding from Canada through Global "
        "Affairs Canada."
    )
    assert ("CAN", "PER") in country_pairs(text) and ("CAN", "CHL") not in country_pairs(text)


def test_expletive_it_borrows_nothing() -> None:
    text = (
        "The Peruvian Customs Service trained officers. It is expected that Canada will fund "
        "a second course."
    )
    assert ("CAN", "PER") not in country_pairs(text)


def test_donor_through_its_agency_with_a_un_body_funds_the_country_of_the_project() -> None:
    text = (
        "Germany, through the Deutsche Gesellschaft für Internationale Zusammenarbeit, and "
        "UNICEF today launched a project on juvenile justice in Zambia."
    )
    assert country_pairs(text) == {("DEU", "ZMB")}


def test_a_proposal_without_its_own_partner_inherits_nothing() -> None:
    text = (
        "Finland funded the pilot in Nepal. Both governments have expressed interest in "
        "extending the model to Bhutan and Bangladesh."
    )
    assert country_pairs(text) == {("FIN", "NPL")}


def test_beneficiaries_of_one_partner_are_not_linked_to_each_other() -> None:
    text = "France remains a reliable partner of Senegal and Mauritania in fighting trafficking."
    assert country_pairs(text) == {("FRA", "SEN"), ("FRA", "MRT")}


def test_semicolon_clauses_about_two_countries_are_separate() -> None:
    text = (
        "In Bolivia, the survey is run by UNODC and the Vice-Ministry of Social Defence; in "
        "Ecuador, by UNODC together with the National Police."
    )
    assert country_pairs(text) == set()


def test_recipients_of_a_handover_are_not_linked_to_each_other() -> None:
    assert country_pairs("Vehicles handed over to Malawian and Zambian police units") == set()


def test_country_a_diplomat_is_posted_to_is_not_a_partner() -> None:
    text = 'The Ambassador of Italy to Ghana said that "sharing intelligence saves lives".'
    assert country_pairs(text) == set()
    text = "The Norwegian Ambassador to Uganda said the support would continue."
    assert country_pairs(text) == set()


def test_a_federation_in_donor_position_is_a_country_not_an_organization() -> None:
    text = "The Mongolian course was funded by Japan, and the Kazakh one by the Russian Federation."
    ext = run(text)
    assert not [e for e in ext.entities if e.type == "Organization"]
    assert {p.funders for p in ext.partnerships} == {("country/JPN",), ("country/RUS",)}
    assert country_pairs(text) == {("JPN", "MNG"), ("KAZ", "RUS")}


def test_a_delegation_sent_to_a_country_still_visits_it() -> None:
    text = "Kazakhstan sent a delegation to Kyrgyzstan to study its border liaison offices."
    assert country_pairs(text) == {("KAZ", "KGZ")}


def test_a_country_acting_through_its_own_police_is_not_a_donor() -> None:
    text = "Iran, through its Anti-Narcotics Police, cooperates closely with Pakistan."
    link = only(text)
    assert link.mechanism == "cooperation" and link.countries == ("IRN", "PAK")


def test_semicolons_in_a_list_of_single_countries_do_not_split_it() -> None:
    text = "Delegations from Kenya; Uganda; and Rwanda met to coordinate joint patrols."
    assert country_pairs(text) == {("KEN", "RWA"), ("KEN", "UGA"), ("RWA", "UGA")}


def test_border_cooperation_is_not_a_shared_border() -> None:
    text = "UNODC and Tajikistan strengthen border cooperation with Uzbekistan"
    assert country_pairs(text) == {("TJK", "UZB")}


def test_the_agreement_refers_back_to_its_parties_for_its_donors() -> None:
    text = (
        "The Senegalese Navy and the Gambian Navy signed a memorandum on joint patrols. "
        "The agreement was funded by Spain and Portugal."
    )
    pairs_ = country_pairs(text)
    assert {("ESP", "SEN"), ("GMB", "PRT")} <= pairs_ and ("ESP", "PRT") not in pairs_


def test_it_received_kits_from_a_donor() -> None:
    text = (
        "Mongolia signed drug control agreements with China. It received 20 drug detection "
        "kits from India last year."
    )
    assert ("IND", "MNG") in country_pairs(text)


def test_a_relative_clause_after_a_list_does_not_make_its_members_cooperate() -> None:
    text = (
        "Georgia signed agreements with Armenia, Estonia and Latvia, which participated in "
        "the EMPACT framework."
    )
    assert country_pairs(text) == {("ARM", "GEO"), ("EST", "GEO"), ("GEO", "LVA")}


def test_the_two_sides_are_the_last_pair_of_countries_not_the_last_donor() -> None:
    text = (
        "Senegal and Mauritania signed a memorandum on border control. The pilot in Dakar was "
        "funded by the Netherlands. The two sides agreed to hold joint patrols from June."
    )
    ext = run(text)
    assert ext.partnerships[-1].countries == ("MRT", "SEN")


def test_a_with_list_without_subject_is_the_report_countrys_partners() -> None:
    text = (
        "Armenia: drug situation report\n\n"
        "Information exchange with Georgia and Iran intensified in 2025."
    )
    assert country_pairs(text) == {("ARM", "GEO"), ("ARM", "IRN")}


def test_gapped_giving_clauses_with_one_giver_each_are_not_linked() -> None:
    text = "Funding was provided by Sweden, and technical support by Finland."
    assert ("FIN", "SWE") not in country_pairs(text)


def test_the_country_of_a_meeting_is_its_venue_not_a_partner() -> None:
    text = "It was the second seminar, after workshops in Honduras in 2022 and in Belize in 2023."
    assert country_pairs(text) == set()
    assert country_pairs("A workshop in Fiji trained officers from Tonga and Samoa.") == {
        ("TON", "WSM")
    }


def test_a_description_of_the_programme_borrows_no_partners() -> None:
    text = (
        "Experts of the Italian Carabinieri trained 20 investigators from Tunisia. The "
        "programme is part of the United Nations Sustainable Development Cooperation Framework."
    )
    assert len(run(text).partnerships) == 1


def test_donors_named_before_their_predicate_are_not_linked_to_each_other() -> None:
    text = "Austria, Belgium and Ireland are the main donors of the programme in Malawi."
    assert country_pairs(text) == {("AUT", "MWI"), ("BEL", "MWI"), ("IRL", "MWI")}


def test_a_forensic_laboratory_is_not_a_drug_laboratory() -> None:
    assert country_pairs("Italy is funding a new forensic laboratory in Albania.") == {
        ("ALB", "ITA")
    }


def test_co_donors_helping_a_list_link_each_donor_with_each_beneficiary() -> None:
    text = (
        "UNODC launched a programme, funded by the Government of Norway and the Government "
        "of Sweden, to help Kenya, Uganda and Tanzania detect shipments."
    )
    assert country_pairs(text) == {
        (donor, b) if donor < b else (b, donor)
        for donor in ("NOR", "SWE")
        for b in ("KEN", "TZA", "UGA")
    }


def test_one_donor_helping_a_list_does_not_link_the_beneficiaries() -> None:
    text = "Denmark funds a UNODC project to help Ghana, Togo and Benin secure their ports."
    assert country_pairs(text) == {("BEN", "DNK"), ("DNK", "GHA"), ("DNK", "TGO")}


def test_givers_named_together_as_support_are_not_partners() -> None:
    text = "Caribbean ports tighten controls with Canadian and Norwegian support"
    assert ("CAN", "NOR") not in country_pairs(text)


def test_a_donor_funding_in_cities_of_several_countries_links_each_country() -> None:
    text = "In the Andes, its units in Lima, Quito and La Paz are supported with Spanish funding."
    links = run(text).partnerships
    assert {p.countries for p in links} == {("ESP", "PER"), ("ECU", "ESP"), ("BOL", "ESP")}
    assert all(len(p.participants) == 2 for p in links)  # the donor and the place it funds


def test_a_second_full_clause_with_its_own_subject_is_its_own_link() -> None:
    text = (
        "Moldova signed an agreement with Ukraine, and Romania has trained officers of the "
        "Bulgarian Border Police."
    )
    assert country_pairs(text) == {("BGR", "ROU"), ("MDA", "UKR")}


def test_who_is_thanked_is_not_a_partner_of_what_is_recalled() -> None:
    text = (
        "The Minister thanked the Government of Norway and recalled that the programme "
        "supports Peru's participation in the Andean initiative with Bolivia and Ecuador."
    )
    assert not any("NOR" in pair for pair in country_pairs(text))


def test_experts_sharing_with_the_participants_link_to_the_participants_only() -> None:
    text = (
        "Prosecutors from Kyrgyzstan and Tajikistan attended a course on asset recovery.\n\n"
        "BACKGROUND\n\n"
        "Experts from the Polish Central Anti-Corruption Bureau (CBA) and the Latvian State "
        "Police shared their experience with the participants."
    )
    pairs_ = country_pairs(text)
    assert {("KGZ", "POL"), ("LVA", "TJK"), ("KGZ", "LVA"), ("POL", "TJK")} <= pairs_
    assert ("LVA", "POL") not in pairs_


def test_donors_of_a_programme_that_supports_a_list_link_each_member_not_the_members() -> None:
    text = "The project, funded by Austria and Finland, supports Nepal, Bhutan and Sri Lanka."
    pairs_ = country_pairs(text)
    assert ("AUT", "NPL") in pairs_ and ("FIN", "LKA") in pairs_
    assert not {("BTN", "NPL"), ("AUT", "FIN"), ("BTN", "LKA")} & pairs_


def test_the_programme_borrows_only_a_link_that_named_a_programme() -> None:
    agreement = (
        "Chile and Spain signed an agreement on drug control in Santiago. The programme also "
        "trains officers from Bolivia."
    )
    assert country_pairs(agreement) == {("CHL", "ESP")}
    programme = (
        "Chile and Spain launched a joint programme on drug control in Santiago. The programme "
        "also trains officers from Bolivia."
    )
    assert ("BOL", "CHL") in country_pairs(programme)


def test_the_ministry_refers_back_and_links_its_country() -> None:
    text = (
        "The Ministry of Interior of Ghana met UNODC in Accra. Later, the Ministry signed an "
        "agreement with Togo."
    )
    assert ("GHA", "TGO") in country_pairs(text)


def test_a_body_that_was_informed_is_not_a_partner() -> None:
    text = (
        "Zambia has signed agreements with Malawi and Angola, the Namibian Ministry of Safety "
        "and Security was informed."
    )
    assert not any("NAM" in pair for pair in country_pairs(text))


def test_a_place_on_the_way_is_not_where_a_donor_funds() -> None:
    assert country_pairs("Japan funded scanners delivered to Kabul via Termez.") == {("AFG", "JPN")}


def test_helping_a_list_is_assistance_to_each() -> None:
    text = "The Government of Finland has launched a project to help Ghana, Togo and Benin."
    assert country_pairs(text) == {("FIN", "GHA"), ("FIN", "TGO"), ("BEN", "FIN")}


def test_the_two_sides_are_the_two_named_before_them_in_the_sentence() -> None:
    text = (
        "Peru and Spain signed a memorandum in Madrid. The Ecuadorian Police met Colombian "
        "counterparts in Quito, and the two sides agreed to hold joint patrols."
    )
    assert ("ECU", "ESP") not in country_pairs(text)
    assert ("COL", "ECU") in country_pairs(text)


def test_a_while_clause_with_its_own_subject_is_its_own_link() -> None:
    text = (
        "The Bolivian Special Force against Drug Trafficking and the Brazilian Federal Police "
        "conducted a joint operation, while the Peruvian National Police shared intelligence "
        "with the Chilean Investigations Police."
    )
    assert country_pairs(text) == {("BOL", "BRA"), ("CHL", "PER")}


def test_a_co_donors_embassy_goes_with_its_own_donor_only() -> None:
    text = (
        "The course, opened by the Head of the Swiss Embassy, was supported by Switzerland and "
        "Norway and trained officers from Benin."
    )
    assert ("CHE", "NOR") not in country_pairs(text)


@pytest.mark.parametrize("verb", ["has pledged", "will contribute", "contributed"])
def test_pledges_and_contributions_are_funding(verb: str) -> None:
    link = only(f"Sweden {verb} EUR 2 million to the UNODC programme in Ghana.")
    assert link.mechanism == "funding"
    assert link.countries == ("GHA", "SWE")


def test_meeting_taking_note_of_a_link_does_not_join_it() -> None:
    text = (
        "Officials of Viet Nam and Thailand met in Hanoi to discuss cooperation. "
        "The meeting also took note of training provided by the Japanese police to the "
        "police of Myanmar in May."
    )
    assert country_pairs(text) == {("THA", "VNM"), ("JPN", "MMR")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile signed a memorandum on precursor control. UNODC convened a regional "
        "workshop in Quito in May. The workshop was attended by representatives of Colombia, "
        "Ecuador and Bolivia, with Panama taking part as an observer.",
        "Customs officers of Peru were trained by Chilean instructors in April. The Andean "
        "Community also held a conference on drug policy. The conference was attended by "
        "delegations from Colombia, Ecuador and Bolivia.",
    ],
)
def test_an_attendance_list_does_not_inherit_an_unrelated_link(text: str) -> None:
    got = country_pairs(text)
    assert ("CHL", "PER") in got
    assert not {c for p in got - {("CHL", "PER")} for c in p} & {"CHL", "PER"}, got


def test_a_meeting_named_by_the_last_link_still_gains_its_attendees() -> None:
    text = (
        "Officials of Kenya and Ethiopia met in Nairobi to discuss joint patrols. "
        "The meeting was also attended by delegations from Somalia and Djibouti."
    )
    assert {("ETH", "SOM"), ("ETH", "KEN"), ("KEN", "SOM")} <= country_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maldivian and Sri Lankan prosecutors exchanged evidence in a case against a dhow "
        "registered in Tanzania.",
        "Ecuador and Colombia shared intelligence on a trawler flagged in Panama.",
        "Ecuador and Colombia shared intelligence on a trawler sailing under the flag of Belize.",
        "Guatemala and Honduras exchanged intelligence through a regional centre based in "
        "El Salvador.",
        "Guatemala and Honduras exchanged intelligence through the Council, whose secretariat "
        "is headquartered in Costa Rica.",
    ],
)
def test_flag_registry_and_seat_countries_are_not_partners(text: str) -> None:
    assert len(country_pairs(text)) == 1, country_pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Finnish-funded Global Maritime Crime Programme supports Somalia and Yemen.",
            {("FIN", "SOM"), ("FIN", "YEM")},
        ),
        (
            "The Belgian-financed Container Control Programme helps the customs of Sri Lanka.",
            {("BEL", "LKA")},
        ),
    ],
)
def test_a_demonym_donor_of_a_named_project_funds_its_recipients(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_the_agent_of_a_seizure_is_a_partner_of_its_donor() -> None:
    text = (
        "Kenya and Tanzania signed a memorandum on maritime patrols. The seizure of 800 kg of "
        "heroin there was made by the Tanzanian port control unit, set up with funding from Japan."
    )
    assert country_pairs(text) == {("KEN", "TZA"), ("JPN", "TZA")}


@pytest.mark.parametrize(
    "text",
    [
        "Slovenian and Croatian police jointly investigated a case of cocaine hidden in "
        "banana containers from Colombia.",
        "Captagon from Syria: Jordan and Iraq step up joint border patrols",
        "Hashish from Morocco: Spain and Portugal sign a memorandum on maritime surveillance",
    ],
)
def test_goods_from_a_country_name_an_origin_not_a_partner(text: str) -> None:
    assert len(country_pairs(text)) == 1, country_pairs(text)


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("HARARE, 8 May 2024 - Zimbabwe and Zambia signed a memorandum on drug control.", None),
        (
            "MAPUTO, 2 July 2024 - Officials of Mozambique and Malawi met in Lilongwe on"
            " 14 June 2024 to strengthen cooperation against drug trafficking.",
            "2024-06-14",
        ),
        ("WINDHOEK, 9 April 2024 - Namibia and Angola signed a memorandum today.", "2024-04-09"),
    ],
)
def test_a_dateline_dates_the_report_not_the_event(opening: str, date: str | None) -> None:
    assert only(f"Regional bulletin\n\n{opening}").date == date


def test_a_border_of_one_country_with_others_is_not_a_link() -> None:
    """ "the border of A with B and C" names a border, not partners, even when the sentence
    goes on about donated equipment."""
    text = (
        "Brazil donated patrol boats to the Bolivian police. The equipment will be used along "
        "the southern border of Bolivia with Argentina and Paraguay, where most cocaine enters "
        "the country."
    )
    assert country_pairs(text) == {("BOL", "BRA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2019, Norway has funded a case management system for the Georgian national "
            "focal point, which is now linked to the regional database.",
            {("GEO", "NOR")},
        ),
        (
            "Canada financed new radios for the Jamaican national coordination unit.",
            {("CAN", "JAM")},
        ),
        (
            "A Peruvian national was arrested at the port. Chile and Ecuador signed a memorandum.",
            {("CHL", "ECU")},
        ),
    ],
)
def test_national_as_an_adjective_is_not_a_nationality(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """ "the Georgian national focal point" is a Georgian body; "a Peruvian national was
    arrested" is a person's nationality."""
    assert country_pairs(text) == expected


def test_the_meeting_does_not_refer_back_to_a_link_that_was_no_meeting() -> None:
    text = (
        "Austria funded a forensic laboratory for the Albanian police. The conference was "
        "financed by the Government of Canada."
    )
    assert ("AUT", "CAN") not in country_pairs(text)
    assert ("ALB", "AUT") in country_pairs(text)


def test_the_meeting_refers_back_to_talks() -> None:
    text = (
        "Ecuador and Colombia held talks on maritime interdiction in Quito. The meeting was "
        "funded by Spain."
    )
    assert {("COL", "ECU"), ("COL", "ESP"), ("ECU", "ESP")} <= country_pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Moroccan and Tunisian coast guard units are supported by Spain through the "
            "UNODC Global Maritime Crime Programme.",
            {("ESP", "MAR"), ("ESP", "TUN")},
        ),
        (
            "Funding from the Government of Norway covered the travel of the Ghanaian, Liberian "
            "and Sierra Leonean delegations.",
            {("GHA", "NOR"), ("LBR", "NOR"), ("NOR", "SLE")},
        ),
        (
            "Funding from Sweden and Finland covered the travel of the Ugandan and Rwandan "
            "delegations.",
            {("FIN", "RWA"), ("FIN", "UGA"), ("RWA", "SWE"), ("SWE", "UGA")},
        ),
        (
            "Japan funded a joint operation between Thailand and Myanmar.",
            {("JPN", "MMR"), ("JPN", "THA"), ("MMR", "THA")},
        ),
        (
            "Funded by Norway, Kenyan and Somali coast guards conducted patrols.",
            {("KEN", "NOR"), ("KEN", "SOM"), ("NOR", "SOM")},
        ),
    ],
)
def test_a_donor_funds_each_country_of_a_list_not_a_clique(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """A donor is paired with each country it funds; the funded do not cooperate with each
    other unless the sentence says so ("a joint operation between A and B")."""
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forty prosecutors from Bolivia, Ecuador and Peru were trained by Spanish instructors.",
            {("BOL", "ESP"), ("ECU", "ESP"), ("ESP", "PER")},
        ),
        (
            "Delegations from Ghana, Senegal and the Gambia visited Moroccan drug treatment "
            "centres in 2019.",
            {("GHA", "MAR"), ("GMB", "MAR"), ("MAR", "SEN")},
        ),
        (
            "Officers from Ghana, Togo and Benin conducted a joint operation on the coast.",
            {("BEN", "GHA"), ("BEN", "TGO"), ("GHA", "TGO")},
        ),
    ],
)
def test_a_from_list_links_each_member_with_another_country(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """ "Officers from A, B and C were trained by D" gives A-D, B-D, C-D; with nobody else, or
    acting jointly, the list is a clique."""
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden financed forensic kits for the national police of Zambia.", {("SWE", "ZMB")}),
        (
            "Two nationals of Iraq were detained at the port. Iran and Turkey signed a memorandum.",
            {("IRN", "TUR")},
        ),
    ],
)
def test_national_before_a_country_is_a_nationality_only_as_a_noun(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """ "the national police of Zambia" is Zambia's police; "nationals of Iraq" are people."""
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A proposal by Benin to extend the patrols to Togo and Nigeria is under discussion.",
        "A request from the Honduran police for joint training with Guatemala is still pending.",
        "The exchange of liaison officers suggested by Peru has not yet been agreed with Chile.",
    ],
)
def test_a_proposal_or_request_not_yet_decided_is_no_link(text: str) -> None:
    assert country_pairs(text) == set()


def test_a_decided_plan_is_still_a_link() -> None:
    text = "Benin will train customs officers of Togo under the proposed framework."
    assert country_pairs(text) == {("BEN", "TGO")}


@pytest.mark.parametrize(
    "text",
    [
        "At the request of Kenya, Japan funded a laboratory in Mombasa, although its "
        "accreditation is still pending.",
        "Japan and Kenya signed an agreement in May following a request from Kenya; the "
        "implementing regulations have not yet been adopted.",
    ],
)
def test_a_request_and_something_pending_in_other_clauses_do_not_undo_a_done_act(
    text: str,
) -> None:
    assert country_pairs(text) == {("JPN", "KEN")}


def test_stacked_related_headlines_do_not_link_each_others_countries() -> None:
    text = (
        "Related stories\n\nPeru and Bolivia sign agreement on joint border patrols\n"
        "UNODC supports Ecuador's new port security plan\n"
    )
    assert country_pairs(text) == {("BOL", "PER")}


def test_a_partner_hyphenated_across_a_line_break_is_linked() -> None:
    text = "In May the Nether-\nlands trained 20 customs officers of Ghana in Tema."
    assert country_pairs(text) == {("GHA", "NLD")}


@pytest.mark.parametrize(
    "text",
    [
        "Donors: Kingdom of Norway, Japan\nImplementing partner: UNODC",
        "Funding partners: Sweden, Germany and Australia",
    ],
)
def test_co_donors_on_a_label_line_are_not_partners_of_each_other(text: str) -> None:
    assert country_pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan funded the border project in Cambodia and Viet Nam. The project was "
            "presented at a round table, which was also attended by representatives of "
            "Canada and Norway as observers.",
            {("JPN", "KHM"), ("JPN", "VNM")},
        ),
        (
            "Ghana and Togo signed a memorandum on joint patrols; Benin and Nigeria "
            "attended as observers.",
            {("GHA", "TGO")},
        ),
    ],
)
def test_countries_that_came_as_observers_join_no_link(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With funding from the Government of Norway, 30 officers of the Kenya Police "
            "Service attended a course at the Egyptian Police Academy in Cairo.",
            {("KEN", "NOR"), ("EGY", "KEN")},
        ),
        (
            "With funding from Japan, Malian magistrates attended a seminar at the Higher "
            "Institute of the Judiciary of Morocco.",
            {("JPN", "MLI"), ("MAR", "MLI")},
        ),
    ],
)
def test_a_donor_funds_the_attendees_not_the_body_they_attend_at(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_a_donor_does_not_fund_the_body_attended_at_named_with_its_acronym() -> None:
    text = (
        "With funding from Sweden, officers of Moldova attended a course at the Romanian "
        "Border Police Academy (RBPA) in Oradea."
    )
    assert country_pairs(text) == {("MDA", "SWE"), ("MDA", "ROU")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt will organize three courses for Sudanese and Libyan police officers.",
            {("EGY", "LBY"), ("EGY", "SDN")},
        ),
        (
            "The Police Academy of Portugal hosted study visits for Angolan and Mozambican "
            "inspectors, an example of triangular cooperation between Norway, Portugal and "
            "the Lusophone countries.",
            {("AGO", "PRT"), ("MOZ", "PRT"), ("NOR", "PRT")},
        ),
    ],
)
def test_guests_an_activity_is_hosted_for_are_a_star_and_an_appositive_is_its_own_clause(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "UNODC and Japan organized a training course for Kenya and Uganda.",
        "Japan jointly organized a training course for Kenya and Uganda.",
    ],
)
def test_a_course_organized_by_several_or_jointly_for_a_list_is_a_clique(text: str) -> None:
    assert country_pairs(text) == {("JPN", "KEN"), ("JPN", "UGA"), ("KEN", "UGA")}


def test_an_appositive_ends_at_its_comma_and_the_main_clause_goes_on() -> None:
    text = (
        "Ghana and Nigeria signed an agreement, an example of the cooperation between West "
        "African States, with support from Japan."
    )
    assert country_pairs(text) == {("GHA", "NGA"), ("GHA", "JPN"), ("JPN", "NGA")}


def test_a_national_body_of_unknown_country_belongs_to_its_country_section() -> None:
    text = (
        "2. Progress by country\n\nHonduras\n"
        "- Ten agents of the Directorate for Drug Interdiction went on a study visit to "
        "Panama, hosted by the Panamanian National Aeronautical Service.\n\n"
        "Regional\n- The UNODC Regional Office trained analysts of the Directorate for "
        "Drug Interdiction in Panama."
    )
    assert country_pairs(text) == {("HND", "PAN")}


def test_a_donor_giving_a_sum_funds_each_country_it_supports() -> None:
    text = (
        "The Government of Norway has provided EUR 2 million to UNODC to support Ghana, "
        "Togo and Benin in countering maritime crime."
    )
    assert country_pairs(text) == {("GHA", "NOR"), ("NOR", "TGO"), ("BEN", "NOR")}
    assert {link.mechanism for link in run(text).partnerships} == {"funding"}


def test_a_country_that_benefits_from_what_a_donor_funds_links_with_the_donor() -> None:
    text = (
        "Funded by Denmark, the project supports the coast guards of Kenya and Tanzania. "
        "It will train 200 officers. Mozambique will also benefit from a small component "
        "on port security."
    )
    assert ("DNK", "MOZ") in country_pairs(text)
    assert ("KEN", "MOZ") not in country_pairs(text)


def test_benefiting_from_something_with_no_donor_before_is_no_link() -> None:
    text = "Kenya and Uganda signed a memorandum. Rwanda will benefit from the new border post."
    assert country_pairs(text) == {("KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Japan funded a forensic laboratory in Pakistan. In 2023, Afghanistan benefited from "
        "good rainfall, which increased opium cultivation.",
        "Japan funded a forensic laboratory in Pakistan. Kazakhstan also benefits from its "
        "location on the Northern Route.",
        "Japan funded a forensic laboratory in Pakistan. It opened in May. Its staff were "
        "trained in June. Its equipment arrived in July. Uzbekistan benefited from the "
        "support of the regional office.",
    ],
)
def test_benefiting_from_something_not_funded_or_paragraphs_later_is_no_link(text: str) -> None:
    assert country_pairs(text) == {("JPN", "PAK")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo, which had been invited, did not send delegations.",
        "A protocol between Peru and Bolivia on river patrols was discussed in 2022, but it "
        "has not been signed.",
        "No agreement was reached between Serbia and Croatia on the joint checkpoint.",
        "A proposal by Chile to create a joint task force with Peru and Bolivia was discussed "
        "but not adopted.",
        "Australia plans to extend the customs course to Fiji and Samoa next year.",
        "Oman and Yemen will sign a coast guard agreement in 2026, subject to parliamentary "
        "approval in both countries.",
        "A similar course for Malian and Nigerien officers is planned for 2025 but has not "
        "been funded yet.",
    ],
)
def test_an_act_that_did_not_happen_or_is_only_planned_is_no_link(text: str) -> None:
    assert country_pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Uganda signed a memorandum, but Tanzania did not sign it.",
            {("KEN", "UGA")},
        ),
        ("Norway will fund the training of Ghanaian officers.", {("GHA", "NOR")}),
    ],
)
def test_a_negated_or_planned_clause_leaves_the_acts_done_beside_it(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The police of Ghana and Togo held a workshop organized in Accra, Ghana, in May.",
        "The police of Ghana and Togo will sign a protocol at the summit in Abuja, Nigeria.",
        "The police of Ghana and Togo met at Lomé, Togo.",
    ],
)
def test_a_country_after_its_city_is_a_venue_not_a_partner(text: str) -> None:
    assert country_pairs(text) == {("GHA", "TGO")}


def test_a_city_before_a_country_that_goes_on_into_the_sentence_is_not_a_venue() -> None:
    assert country_pairs("In Nairobi, Kenya and Uganda signed a memorandum.") == {("KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "The first phase in Ghana and Togo is financed by Norway, and the second phase in "
        "Benin and Niger is financed by Sweden.",
        "Norway has funded the work in Ghana and Togo since 2020, whereas Sweden supports "
        "civil society groups in Benin and Niger.",
    ],
)
def test_each_clause_of_two_donors_funds_its_own_countries(text: str) -> None:
    assert country_pairs(text) == {
        ("GHA", "NOR"),
        ("NOR", "TGO"),
        ("BEN", "SWE"),
        ("NER", "SWE"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese National Police Agency hosted a course in Tokyo for 20 Thai and "
        "Malaysian investigators.",
        "Three study visits to Tokyo were organized for 12 Thai and 9 Malaysian officials, "
        "respectively.",
    ],
)
def test_guests_counted_or_received_at_a_city_are_the_hosts_star(text: str) -> None:
    assert country_pairs(text) == {("JPN", "MYS"), ("JPN", "THA")}


def test_each_sentence_of_a_list_item_is_read_on_its_own() -> None:
    text = (
        "Highlights\n\n"
        "- **Exercise.** The navies of Fiji and Tonga held a joint exercise. Observers from "
        "the Samoan police followed it from a patrol boat.\n"
    )
    assert country_pairs(text) == {("FJI", "TON")}


def test_each_star_list_of_a_clause_links_only_with_the_rest() -> None:
    text = (
        "The Nigerian police, in partnership with Interpol and Afripol, run a project that "
        "trains investigators in Ghana, Togo and Benin."
    )
    assert country_pairs(text) == {("BEN", "NGA"), ("GHA", "NGA"), ("NGA", "TGO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Uganda exchanged intelligence, but Tanzania did not attend the meeting.",
            {("KEN", "UGA")},
        ),
        ("The memorandum between Kenya and Uganda has not yet been implemented.", {("KEN", "UGA")}),
        (
            "Although the treaty has not been ratified, Kenya and Uganda already cooperate on "
            "extraditions.",
            {("KEN", "UGA")},
        ),
        (
            "Japan supports the border offices in Cambodia and Laos and plans to extend the "
            "programme to Myanmar.",
            {("JPN", "KHM"), ("JPN", "LAO")},
        ),
        (
            "Uganda participated in the meeting but has not signed the protocol with Kenya.",
            set(),
        ),
        ("Negotiations between Peru and Chile began in 2022, but no agreement was reached.", set()),
        (
            "The joint team that Spain proposed to Morocco in 2021 has dismantled eleven networks.",
            {("ESP", "MAR")},
        ),
        (
            "Ghana, which is considering a new drug law, received forensic equipment from Japan.",
            {("GHA", "JPN")},
        ),
    ],
)
def test_a_negation_in_another_clause_leaves_the_act_stated_beside_it(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australia opened a police training centre in Suva, Fiji, in 2022.", {("AUS", "FJI")}),
        ("France handed over two patrol boats to the navy in Dakar, Senegal.", {("FRA", "SEN")}),
        (
            "In 2022 Ghana and Togo signed a memorandum with Benin.",
            {("BEN", "GHA"), ("GHA", "TGO"), ("BEN", "TGO")},
        ),
    ],
)
def test_a_city_of_a_thing_given_and_a_leading_year_keep_their_links(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "During the meeting, the Philippine police proposed a joint task force with Malaysia.",
        "Germany is also considering support to a new unit in Guinea.",
    ],
)
def test_a_proposal_made_or_support_considered_is_no_link(text: str) -> None:
    assert country_pairs(text) == set()


def test_a_country_after_the_city_of_a_meeting_named_at_length_is_a_venue() -> None:
    text = (
        "Philippine and Malaysian officers attended the meeting of the ASEAN Senior Officials "
        "on Drug Matters (ASOD) in Bandar Seri Begawan, Brunei Darussalam."
    )
    assert country_pairs(text) == {("MYS", "PHL")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hosted a five-day study visit for drug-treatment specialists from Uganda and "
        "Tanzania.",
        "Kenya will host study visits for Uganda and Tanzania.",
        "Ugandan and Tanzanian officers completed a practical training at the port of "
        "Mombasa, hosted by the Kenya Revenue Authority.",
    ],
)
def test_a_host_of_a_visit_or_training_links_with_each_guest(text: str) -> None:
    assert country_pairs(text) == {("KEN", "TZA"), ("KEN", "UGA")}


def test_the_host_of_a_meeting_is_still_no_partner() -> None:
    text = "Uzbekistan hosted the meeting, where Tajikistan and Kyrgyzstan signed a memorandum."
    assert country_pairs(text) == {("KGZ", "TJK")}


def test_guests_of_an_unnamed_host_are_not_each_others_partners() -> None:
    assert country_pairs("The centre hosted customs officers from Uganda and Tanzania.") == set()


def test_a_run_in_list_of_headlines_is_read_item_by_item() -> None:
    text = (
        "IN THIS ISSUE: Chile and Peru renew their agreement - Study visit in Bolivia - "
        "Spanish know-how for Ecuadorian prosecutors - Drug use in Uruguay"
    )
    assert country_pairs(text) == {("CHL", "PER"), ("ECU", "ESP")}


@pytest.mark.parametrize(
    ("text", "mechanism"),
    [
        ("Norway has granted NOK 12 million to the programme in Ghana and Togo.", "funding"),
        ("Norway has provided USD 3 million to the programme in Ghana and Togo.", "funding"),
        ("Norway provided 20 vehicles to the police of Ghana and Togo.", "donation"),
    ],
)
def test_a_sum_granted_or_provided_is_funding_and_goods_a_donation(
    text: str, mechanism: str
) -> None:
    links = run(text).partnerships
    assert {tuple(link.countries) for link in links} == {("GHA", "NOR"), ("NOR", "TGO")}
    assert {link.mechanism for link in links} == {mechanism}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting's host is no partner; guests who act together are no host's star
        (
            "Austria hosted the 67th session of the Commission, attended by delegations from "
            "Iran and Pakistan.",
            {("IRN", "PAK")},  # co-attendance: neither counted nor held against by the gold
        ),
        (
            "UNODC welcomed officials from Kenya and Uganda, who signed a memorandum of "
            "understanding on border control.",
            {("KEN", "UGA")},
        ),
        (
            "Police chiefs of Moldova and Ukraine exchanged intelligence during a meeting "
            "hosted by Europol.",
            {("MDA", "UKR")},
        ),
        # dashes split a run-in list only, not a name or a dateline
        (
            "The Kenya - Uganda - Tanzania Joint Border Committee met in Busia and agreed on "
            "common patrols.",
            {("KEN", "TZA"), ("KEN", "UGA"), ("TZA", "UGA")},
        ),
        (
            "NAIROBI, 12 March 2024 - With funding from Germany - the largest donor of the "
            "programme - UNODC trained prosecutors from Kenya and Somalia.",
            {("DEU", "KEN"), ("DEU", "SOM")},
        ),
        # a city's country is a venue only for an event, never the start of a list
        (
            "The meeting noted that Spain had trained 40 prosecutors in Rabat, Morocco.",
            {("ESP", "MAR")},
        ),
        (
            "At a meeting organized by UNODC in Vienna, Kazakhstan, Kyrgyzstan and Tajikistan "
            "agreed to exchange intelligence.",
            {("KAZ", "KGZ"), ("KAZ", "TJK"), ("KGZ", "TJK")},
        ),
        # a new clause with a lowercase subject and a past verb
        (
            "Ghana and Togo signed a memorandum, and the police of Benin reported 12 arrests.",
            {("GHA", "TGO")},
        ),
        # each country's own spending is no funding between them
        (
            "Colombia and Ecuador have each committed USD 2 million to strengthening their "
            "national forensic laboratories.",
            set(),
        ),
    ],
)
def test_hosts_dashes_venues_and_clauses_on_sentences_a_review_wrote(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A draft protocol between Chile, Peru and Bolivia was discussed in May.", set()),
        (
            "Chile, Peru and Bolivia signed the draft protocol that was discussed in May.",
            {("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")},
        ),
        (
            "The two ministers agreed to explore, together with Japan, the possibility of a "
            "joint coast guard centre.",
            set(),
        ),
        (
            "They thanked Norway for funding the boats handed over to the Ghana Police, and "
            "Sweden for financing the training of Togolese officers.",
            {("GHA", "NOR"), ("SWE", "TGO")},
        ),
        ("Canadian investigators work alongside the Haitian police.", {("CAN", "HTI")}),
    ],
)
def test_drafts_explorations_gapped_thanks_and_work_alongside(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_a_visited_country_hosted_by_its_own_body_is_still_the_partner() -> None:
    text = (
        "A delegation of prosecutors from Serbia made a study visit to Croatia, hosted by the "
        "State Attorney's Office in Zagreb."
    )
    assert country_pairs(text) == {("HRV", "SRB")}


def test_money_channelled_through_a_fund_is_funding_of_its_recipient() -> None:
    link = only("Norway channelled funds through the Peacebuilding Fund to Sierra Leone.")
    assert (link.countries, link.mechanism) == (("NOR", "SLE"), "funding")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya hosted a study visit in Mombasa for eight Ugandan and Tanzanian officials, "
            "who exchanged views with Kenyan port officers.",
            {("KEN", "TZA"), ("KEN", "UGA")},
        ),
        (
            "The new platform hosts liaison officers from Spain, France and Italy who share "
            "information on maritime trafficking.",
            {("ESP", "FRA"), ("ESP", "ITA"), ("FRA", "ITA")},
        ),
        ("The Peruvian side proposed joint patrols on the border with Bolivia.", set()),
    ],
)
def test_guests_who_talk_with_their_host_stay_guests_and_a_bare_proposal_is_none(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan funded the training of the Kenyan police and the Ugandan police.",
            {("JPN", "KEN"), ("JPN", "UGA")},
        ),
        (
            "Canadian investigators work alongside the Haitian police and the Dominican police.",
            {("CAN", "DOM"), ("CAN", "HTI")},
        ),
        ("The Kenyan police and the Ugandan police signed a memorandum.", {("KEN", "UGA")}),
    ],
)
def test_bodies_of_one_kind_with_the_head_repeated_are_one_list(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_of_course_is_no_training() -> None:
    text = "Chile matters a great deal, of course: its imports come from China and India."
    assert country_pairs(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Royal Malaysia Police and the Royal Thai Police have completed Operation Kancil, "
        "a six-week effort on the border.",
        "Exercise Blue Dolphin brought Oman and Pakistan to the same waters.",
    ],
)
def test_actors_named_with_an_operation_by_its_name_run_it_jointly(text: str) -> None:
    links = run(text).partnerships
    assert [p.mechanism for p in links] == ["joint-operation"]
    assert len(country_pairs(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish side has proposed extending the programme to Moroccan judges.",
        "Qatar was invited to join the network but declined the invitation.",
        "Bahrain, which had been asked to observe the exercise, informed Oman that it would "
        "not take part.",
    ],
)
def test_a_proposed_extension_a_declined_invitation_and_a_refusal_are_no_links(
    text: str,
) -> None:
    assert country_pairs(text) == set()


def test_what_a_body_said_it_would_not_do_leaves_the_others_link() -> None:
    text = (
        "Oman and Pakistan held talks in Muscat. The State of Kuwait, invited as an observer, "
        "informed both sides that it would not take part in the working group."
    )
    assert country_pairs(text) == {("OMN", "PAK")}


def test_an_agreement_signed_but_not_yet_ratified_still_links_its_signatories() -> None:
    text = "Kenya and Uganda signed a memorandum that they have not yet ratified."
    assert country_pairs(text) == {("KEN", "UGA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada has committed CAD 3 million to the Caribbean project. The grant supports "
            "the coast guards of Jamaica, Barbados and Guyana.",
            {("CAN", "JAM"), ("BRB", "CAN"), ("CAN", "GUY")},
        ),
        (
            "The Netherlands has pledged EUR 2 million. The funding supports the police of "
            "Benin and Togo.",
            {("BEN", "NLD"), ("NLD", "TGO")},
        ),
    ],
)
def test_a_grant_referred_back_to_funds_each_country_it_supports(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Moldovan Border Police held five joint patrols with its Romanian counterpart "
            "on the Prut and three with its Ukrainian counterpart near Palanca.",
            {("MDA", "ROU"), ("MDA", "UKR")},
        ),
        (
            "Kenya signed two agreements with Uganda in May and one with Ethiopia in June.",
            {("KEN", "UGA"), ("ETH", "KEN")},
        ),
    ],
)
def test_a_second_with_partner_of_a_gapped_clause_is_not_the_firsts_partner(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The project helps the border police of Niger, Chad and Mali.\n\nWho pays?\n\n"
            "Mostly Germany, through GIZ. The donor finances the equipment in all three "
            "countries.",
            {("DEU", "NER"), ("DEU", "TCD"), ("DEU", "MLI")},
        ),
        (
            "The initiative supports prosecutors of Guatemala, Honduras and El Salvador. In "
            "March, Mexican experts trained thirty prosecutors from the three beneficiary "
            "countries.",
            {("GTM", "MEX"), ("HND", "MEX"), ("MEX", "SLV")},
        ),
    ],
)
def test_the_three_countries_of_a_later_sentence_are_the_last_list_of_three(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_countries_a_project_helps_are_not_each_others_partners() -> None:
    text = "It is a project that helps the customs control services of Benin, Togo and Ghana."
    assert country_pairs(text) == set()


def test_officials_working_with_their_foreign_colleagues_cooperate() -> None:
    text = "Zambian inspectors spent three days in Lilongwe with their Malawian colleagues."
    assert country_pairs(text) == {("MWI", "ZMB")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a falling figure is no refusal
            "Requests sent by Georgia to Armenia under their mutual legal assistance agreement "
            "declined, from 90 in 2022 to 60 in 2023.",
            {("ARM", "GEO")},
        ),
        (  # a proposal in a clause of its own leaves the signed agreement
            "Benin and Togo signed a memorandum on port security in May, after Benin had "
            "proposed establishing a joint unit.",
            {("BEN", "TGO")},
        ),
        (  # "and also with": one list, not a gapped clause
            "Spain conducted a trilateral exercise with Portugal and also with Morocco.",
            {("ESP", "PRT"), ("ESP", "MAR"), ("MAR", "PRT")},
        ),
    ],
)
def test_near_misses_of_refusals_proposals_and_gapped_partners(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The study visit of Lao officers to the Thai academy has been postponed to 2026.",
        "Memoranda of Understanding with Brazil and Cambodia are under negotiation.",
        "Planned activities include the delivery of scanners to Mongolia by Korea.",
        "A draft agreement has been shared with the Government of Kenya by Ethiopia.",
    ],
)
def test_postponed_negotiated_planned_and_draft_acts_are_no_links(text: str) -> None:
    assert country_pairs(text) == set()


def test_years_in_parentheses_keep_a_list_of_partners_one_list() -> None:
    text = (
        "India signed memoranda with the Kingdom of Bhutan (2023), the Republic of Indonesia "
        "(2023) and the Sultanate of Oman (2025)."
    )
    assert country_pairs(text) == {("BTN", "IND"), ("IDN", "IND"), ("IND", "OMN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Moroccan police hosted Mauritanian officers for training.", {("MAR", "MRT")}),
        (
            "The Senegalese unit hosted the Gambian inspectors for joint inspections.",
            {("GMB", "SEN")},
        ),
        ("Kenya hosted delegations from Uganda and Rwanda for a regional conference.", set()),
    ],
)
def test_a_host_of_foreign_officers_links_with_them_unless_they_came_to_a_meeting(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_the_two_units_refer_back_to_the_last_pair() -> None:
    text = (
        "The Chilean police hosted Bolivian officers for training. On the last day, a senior "
        "officer of the Investigations Service of the Argentine Federal Police gave a lecture "
        "to both delegations."
    )
    assert country_pairs(text) == {("BOL", "CHL"), ("ARG", "BOL"), ("ARG", "CHL")}


def test_a_subjectless_with_list_naming_a_partner_twice_is_the_reports_countrys() -> None:
    text = (
        "GOVERNMENT OF NEPAL\n\nAgreements with India and Bhutan continue through annual talks, "
        "the latest of which were held with India in March."
    )
    assert country_pairs(text) == {("IND", "NPL"), ("BTN", "NPL")}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan police ran a course on cybercrime for officers from Uganda and Tanzania.",
        "The Kenya Police Service has conducted training courses on drug law enforcement for "
        "officers of the Uganda Police Force and of the Tanzania Police Force.",
    ],
)
def test_courses_one_body_conducts_for_two_countries_officers_are_a_star(text: str) -> None:
    assert country_pairs(text) == {("KEN", "UGA"), ("KEN", "TZA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "colleagues" without a foreign body is no meeting
            "The Swiss prosecutor thanked his colleagues at the Federal Office of Justice for "
            "their work on the Nigerian case.",
            set(),
        ),
        (  # what was cancelled is no activity of the link
            "Flights between Kenya and Ethiopia were cancelled during the strike, but the two "
            "countries' police continued to exchange information on traffickers.",
            {("ETH", "KEN")},
        ),
        (  # officers hosted for a summit or a seminar are a meeting's attendees
            "Egypt hosted a delegation of Sudanese police officers in Cairo from 4 to 6 November "
            "to attend the regional summit on irregular migration.",
            set(),
        ),
        ("Kenya hosted officials from Uganda and Rwanda for a seminar on drug policy.", set()),
        (  # partners named at length after "with" still act jointly
            "Together with the border police units of Ghana, Togo and Benin, Nigeria carried out "
            "a joint operation against arms trafficking.",
            {
                ("BEN", "GHA"),
                ("BEN", "NGA"),
                ("BEN", "TGO"),
                ("GHA", "NGA"),
                ("GHA", "TGO"),
                ("NGA", "TGO"),
            },
        ),
        ("Japan and China discussed security on the Korean Peninsula.", {("CHN", "JPN")}),
    ],
)
def test_near_misses_a_second_review_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


def test_the_three_countries_are_never_a_list_of_donors() -> None:
    text = (
        "The project helps the customs of Benin, Togo and Ghana. It is funded by France, "
        "Germany and Italy. Danish experts trained officers of the three countries."
    )
    assert not {p for p in country_pairs(text) if "DNK" in p and {"FRA", "DEU", "ITA"} & set(p)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # beneficiaries named at length, with commas
            "The project supports the asset recovery offices, prosecutors and financial "
            "investigators of Armenia, Georgia and Ukraine in tracing assets.",
            set(),
        ),
        ("A similar training for Mauritania and Mali is being discussed with both.", set()),
        (
            "Fiji and Tonga presented a proposal for a shared surveillance arrangement.",
            set(),
        ),
        (  # a route told by "arrived from … by way of"
            "The pills had arrived from Syria by way of Jordan.",
            set(),
        ),
        (
            "In March, Paraguay's SENAD seconded a liaison officer to the Argentine Federal "
            "Police in Buenos Aires.",
            {("ARG", "PRY")},
        ),
        (
            "Under the programme, New Zealand prosecutors have mentored 14 Samoan prosecutors.",
            {("NZL", "WSM")},
        ),
        ("The Republic of China (Taiwan) donated trucks to Paraguay.", {("PRY", "TWN")}),
    ],
)
def test_beneficiaries_discussions_proposals_routes_secondments_and_mentoring(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_a_person_called_france_is_no_country() -> None:
    text = "Lieutenant Commander France Ngono led the Cameroonian team with Gabonese officers."
    assert "FRA" not in {c for p in country_pairs(text) for c in p}


def test_its_foreign_counterpart_is_the_sections_countrys_partner() -> None:
    text = (
        "New boats for the Tanzanian marine police\n\n"
        "The unit received two boats. Its commander said that it and its Kenyan counterpart "
        "had agreed to patrol the lake jointly."
    )
    assert country_pairs(text) == {("KEN", "TZA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Statement by the head of the Drug Control Agency of Ghana\n\nOur academy in Accra "
            "hosted customs officers from Togo and Benin for a course.",
            {("BEN", "GHA"), ("GHA", "TGO")},
        ),
        (
            "Statement by the head of the Drug Control Agency of Ghana\n\nWe thank the "
            "Netherlands for funding our new laboratory.",
            {("GHA", "NLD")},
        ),
    ],
)
def test_we_and_our_in_a_countrys_own_report_are_that_country(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "we" in a UNODC news item about a country is UNODC, not that country
            "Sri Lanka: UNODC maritime update\n\nWe delivered a vessel boarding course to "
            "officers from Maldives and Bangladesh, funded by Canada.",
            {("BGD", "CAN"), ("CAN", "MDV")},
        ),
        (  # a quoted foreign minister's "we" is his country
            "Mexico hosts regional conference on trafficking in persons\n\nSpain's Minister of "
            "Justice told participants: 'We signed extradition treaties with Argentina and "
            "Chile last year.'",
            {("ARG", "ESP"), ("CHL", "ESP")},
        ),
        (  # thanks for hospitality are no funding
            "Estonia: Ministry of the Interior\n\nWe thank Finland for its hospitality during the "
            "ministers' meeting in Helsinki.",
            set(),
        ),
        (  # "our partners" are others
            "Latvia: State Police\n\nOur partners in Norway donated new radio equipment to the "
            "Lithuanian border guard.",
            {("LTU", "NOR")},
        ),
        (  # partners named at length who act jointly are not beneficiaries
            "Eurojust supports the prosecutors and police of Spain and France in a joint "
            "investigation team.",
            {("ESP", "FRA")},
        ),
        (  # experts arriving from a country are its experts, not a route
            "Experts arriving from the United Kingdom trained 25 Ghanaian officers.",
            {("GBR", "GHA")},
        ),
        ("Norway seconded a draft decision tabled by Switzerland.", set()),
        (
            "A mentoring scheme for young offenders was launched in Guatemala, and a similar "
            "scheme exists in Honduras.",
            set(),
        ),
        (  # "the agency" is the body named before, whose counterpart it speaks of
            "Mongolia: news digest\n\nThe Japanese National Police Agency published its annual "
            "report. The agency said that it and its Korean counterpart had signed a "
            "memorandum.",
            {("JPN", "KOR")},
        ),
    ],
)
def test_near_misses_a_third_review_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Project leaflet\n\nDONORS\n\n- Kingdom of Norway: EUR 3 million, for the Kenya and "
            "Uganda components\n- Republic of Finland: EUR 1 million, for the Uganda component",
            {("KEN", "NOR"), ("NOR", "UGA"), ("FIN", "UGA")},
        ),
        (
            "Report\n\nThe travel of the Bolivian and Peruvian officers was paid for by the "
            "Government of Spain.",
            {("BOL", "ESP"), ("ESP", "PER")},
        ),
        (
            "Report\n\nSaudi Arabia and the United Arab Emirates have been invited to a second "
            "edition of the workshop.",
            set(),
        ),
        (
            "Report\n\nThe two sides also discussed a possible joint course with trainers from "
            "the Lithuanian Customs.",
            set(),
        ),
        (
            "Report\n\nThe course was organized by the UNODC Regional Office, based in Abu Dhabi, "
            "United Arab Emirates, for Omani officers.",
            set(),
        ),
        (
            "Report\n\n'The lake is shared,' said Captain Argentina Mamani of the Bolivian police.",
            set(),
        ),
    ],
)
def test_donor_lists_payers_invitations_possibilities_seats_and_people(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_items_under_an_intro_that_states_no_link_inherit_no_mechanism() -> None:
    text = (
        "Report\n\nKenyan instructors trained Tanzanian crews in Mombasa.\n\n"
        "The threat along the coast is well documented:\n\n"
        "- part of the drugs landed in Tanzania continues by road to South Africa;\n"
        "- the rest is shipped to Europe.\n"
    )
    assert country_pairs(text) == {("KEN", "TZA")}


def test_the_two_ministers_after_a_visit_are_the_issuing_country_and_the_guest() -> None:
    text = (
        "Ministry of Interior of Montenegro\n\nThe Minister received the Minister of Interior of "
        "the Republic of Serbia in Podgorica. The two ministers signed a protocol on joint "
        "patrols."
    )
    assert country_pairs(text) == {("MNE", "SRB")}


def test_the_two_sides_in_news_no_country_issues_need_a_pair_told_before() -> None:
    text = "UNODC news from Kenya\n\nThe minister met officials of Uganda. The two sides agreed."
    assert country_pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Korean customs trained 25 officers from Viet Nam to detect the possible "
            "diversion of precursor chemicals.",
            {("KOR", "VNM")},
        ),
        (
            "Nigeria and Benin launched joint border patrols in May, with a possible extension "
            "to Togo.",
            {("BEN", "NGA")},
        ),
        (
            "The Gendarmería Nacional Argentina and the Bolivian Police conducted a joint "
            "operation on the border.",
            {("ARG", "BOL")},
        ),
        ("The Prefectura Naval Argentina trained coast guards from Uruguay.", {("ARG", "URY")}),
        (
            "Finland finances a forensic adviser based in Maputo, Mozambique, who supports the "
            "national criminal investigation service.",
            {("FIN", "MOZ")},
        ),
        (
            "Lieutenant Commander France Ngo Bassong said that Cameroon and Gabon signed a "
            "memorandum on joint patrols.",
            {("CMR", "GAB")},
        ),
    ],
)
def test_near_misses_a_fourth_review_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected
