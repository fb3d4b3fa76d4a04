"""Members of one list who only share a role (guests of one host, recipients of one donor,
countries in one statistic) are not each other's partners; members who act together are."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "The course" after a host's star list is the host's course, not its last guest's
            "Kenya hosts a course\n\nThe Kenya Police Service hosted a course in Nairobi for 20 "
            "officers from Uganda, Rwanda and Burundi. The course was organized with the United "
            "Nations Office on Drugs and Crime (UNODC).\n\nParticipants practised searching "
            "dhows. They also studied the handling of evidence. Most had never used a drone.\n\n"
            "The course was funded by Japan, which paid for the travel of the participants from "
            "Uganda, Rwanda and Burundi.",
            {
                ("BDI", "KEN"),
                ("KEN", "RWA"),
                ("KEN", "UGA"),
                ("BDI", "JPN"),
                ("JPN", "RWA"),
                ("JPN", "UGA"),
                ("JPN", "KEN"),
            },
        ),
        (  # countries in one statistic, the figure right after each: no course's partners
            "Figures\n\nAccording to figures shared during the training course, Kenya seized 12 "
            "tonnes of cannabis last year, Uganda 3 tonnes and Tanzania 2 tonnes.",
            set(),
        ),
        (
            "Shares\n\nIn the workshop's survey, Chile (41 per cent) and Peru (38%) reported the "
            "highest use of the new training material.",
            set(),
        ),
        (  # near miss: a seizure made together, its figure after the verb
            "Lake patrol\n\nKenya and Tanzania seized 1.5 tonnes of heroin in a joint maritime "
            "operation on Lake Victoria.",
            {("KEN", "TZA")},
        ),
        (  # visitors of one host: each the host's guest
            "Study visit\n\nIn May a delegation of Zambian and Malawian prosecutors made a "
            "four-day study visit to Botswana, where the Directorate of Public Prosecutions "
            "presented its case management system.",
            {("BWA", "ZMB"), ("BWA", "MWI")},
        ),
        (
            "Visit\n\nA group of Peruvian and Bolivian customs officers visited Chile in March.",
            {("CHL", "PER"), ("BOL", "CHL")},
        ),
        (  # near miss: visitors who sign something there act together
            "Visit\n\nThe Zambian and Malawian ministers visited Botswana and signed a joint "
            "declaration on border security.",
            {("BWA", "ZMB"), ("BWA", "MWI"), ("MWI", "ZMB")},
        ),
        (  # near miss: a joint visit
            "Visit\n\nPeruvian and Bolivian customs officers carried out a joint visit to Chile.",
            {("CHL", "PER"), ("BOL", "CHL"), ("BOL", "PER")},
        ),
        (  # one gift for each, the verb left out: each a recipient of the donor
            "Labs\n\nThe Japanese Government confirmed that it will fund two drug-testing "
            "laboratories, one for the Ghana Police Service and one for the Togolese customs "
            "administration.",
            {("GHA", "JPN"), ("JPN", "TGO")},
        ),
        (
            "Boats\n\nNorway financed a patrol boat for the Kenya Coast Guard and two vehicles "
            "for the Uganda Police Force.",
            {("KEN", "NOR"), ("NOR", "UGA")},
        ),
        (  # near miss: the partners' own bodies, nobody else's gifts
            "Unit\n\nBrazil and Paraguay set up a joint border unit with one office for the "
            "Brazilian Federal Police and one for the Paraguayan National Anti-Drug Secretariat.",
            {("BRA", "PRY")},
        ),
        (  # recipients named in two runs, one subject of "receive": each with the donor
            "Seedlings\n\nUpland farmers in the Chapare region, Bolivia, and in the Huallaga "
            "valley of Peru will receive seedlings under a new project financed by Germany.",
            {("BOL", "DEU"), ("DEU", "PER")},
        ),
        (
            "Scanners\n\nPolice officers in Ghana, and customs officers in Togo, will receive "
            "scanners financed by Japan.",
            {("GHA", "JPN"), ("JPN", "TGO")},
        ),
        (  # near miss: a verb between the runs ends the subject
            "Posts\n\nKenya and Uganda signed a memorandum of understanding under which Kenya "
            "will receive Ugandan liaison officers.",
            {("KEN", "UGA")},
        ),
        (  # lists that act together keep all their pairs
            "Operation\n\nOfficers from Senegal and Gambia carried out a joint operation on "
            "the Casamance border and received boats financed by Spain.",
            {("ESP", "GMB"), ("ESP", "SEN"), ("GMB", "SEN")},
        ),
        (
            "Declaration\n\nMongolia, Kazakhstan and Kyrgyzstan signed a declaration on "
            "precursor control, one copy for each of the parties.",
            {("KAZ", "MNG"), ("KAZ", "KGZ"), ("KGZ", "MNG")},
        ),
        (
            "Exchange\n\nAn information exchange between Ecuador and Colombia began in May.",
            {("COL", "ECU")},
        ),
    ],
)
def test_shared_role_is_no_link(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a joint unit's own desks, its donor named after them: the partners stay paired
            "Border office\n\nGuinea and Sierra Leone staff a joint customs post with one "
            "counter for Guinean customs and one for Sierra Leonean customs, financed by Japan.",
            {("GIN", "SLE"), ("GIN", "JPN"), ("JPN", "SLE")},
        ),
        (  # figures of a joint act are each country's share, not a statistic
            "Eradication\n\nLaos (900 hectares) and Thailand (250 hectares) together destroyed "
            "poppy fields along the Mekong.",
            {("LAO", "THA")},
        ),
        (  # near miss: a figure with no joint act stays a statistic
            "Eradication\n\nLaos (900 hectares) and Thailand (250 hectares) destroyed the "
            "largest areas of poppy in the region.",
            set(),
        ),
        (  # visitors that also cooperate with each other are partners too
            "Visit\n\nInvestigators of Ghana and Togo, who exchange intelligence weekly, "
            "visited Benin in March.",
            {("BEN", "GHA"), ("BEN", "TGO"), ("GHA", "TGO")},
        ),
        (
            "Visit\n\nPeru and Bolivia collaborated on river patrols last year before visiting "
            "Brazil in June.",
            {("BOL", "BRA"), ("BRA", "PER"), ("BOL", "PER")},
        ),
        (  # near miss: visitors with no cooperation of their own are guests only
            "Visit\n\nInvestigators of Ghana and Togo visited Benin in March.",
            {("BEN", "GHA"), ("BEN", "TGO")},
        ),
    ],
)
def test_partners_named_with_a_role_stay_partners(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected
