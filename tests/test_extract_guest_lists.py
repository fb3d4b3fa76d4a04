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
    ],
)
def test_shared_role_is_no_link(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected
