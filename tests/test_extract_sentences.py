"""Segmentation: headings, list items and sentences with exact offsets."""

from kg.extract.sentences import segments


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in segments(text)]


def test_headline_without_period_is_its_own_segment() -> None:
    text = "Iran and Spain to Strengthen Cooperation\n\nThe two sides met. They agreed."
    assert kinds(text) == [
        ("heading", "Iran and Spain to Strengthen Cooperation"),
        ("sentence", "The two sides met."),
        ("sentence", "They agreed."),
    ]


def test_list_items_start_with_a_dash() -> None:
    text = "Areas of cooperation:\n- training of officers;\n- exchange of information."
    assert kinds(text)[1:] == [
        ("item", "training of officers;"),
        ("item", "exchange of information."),
    ]


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "Mr. J. Smith met the U.S. Ambassador. The meeting ended."
    assert [s.text for s in segments(text)] == [
        "Mr. J. Smith met the U.S. Ambassador.",
        "The meeting ended.",
    ]


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "UNODC and the Government of Japan signed an agreement to support\n"
        "border control in Kyrgyzstan and Tajikistan over the next three\n"
        "years."
    )
    segs = segments(text)
    assert len(segs) == 1 and segs[0].kind == "sentence"


def test_short_line_above_a_paragraph_is_a_heading() -> None:
    text = "Kenya and Uganda Cooperate\nThe police of Kenya and Uganda held joint patrols in May."
    assert kinds(text)[0] == ("heading", "Kenya and Uganda Cooperate")


def test_offsets_round_trip_and_sections_follow_headings() -> None:
    text = "\n\n  Title\n\nFirst sentence. Second one!\n\nNext Heading\n\n- item one\n"
    segs = segments(text)
    assert all(text[s.start : s.end] == s.text for s in segs)
    assert [s.section for s in segs] == [1, 1, 1, 2, 2]


def test_empty_text_has_no_segments() -> None:
    assert segments("") == [] and segments("\n \n") == []


def test_letterhead_lines_in_capitals_are_separate_segments() -> None:
    text = "MINISTRY OF HOME AFFAIRS\nDEPARTMENT OF NARCOTICS AND PSYCHOTROPICS\n\nBody text."
    assert [s.text for s in segments(text)][:2] == [
        "MINISTRY OF HOME AFFAIRS",
        "DEPARTMENT OF NARCOTICS AND PSYCHOTROPICS",
    ]


def test_stacked_headlines_without_final_punctuation_are_separate() -> None:
    text = (
        "More stories\n\nPeru and Bolivia open a joint border post on Lake Titicaca\n"
        "Ecuador launches a new national port security plan\n\nSubscribe"
    )
    assert kinds(text)[1:3] == [
        ("heading", "Peru and Bolivia open a joint border post on Lake Titicaca"),
        ("heading", "Ecuador launches a new national port security plan"),
    ]


def test_a_wrapped_sentence_is_still_joined() -> None:
    text = "Officers from Chad and the Central\nAfrican Republic met in Bangui\nin May."
    assert kinds(text) == [("sentence", text)]


def test_a_short_line_ending_in_a_hyphenated_word_goes_on() -> None:
    text = "In May the Nether-\nlands trained officers of the national police force in Accra."
    assert kinds(text) == [("sentence", text)]


def test_a_paragraph_ending_in_a_footnote_marker_is_not_a_stack_of_headlines() -> None:
    text = (
        "Funding from Norway helped 40 officers of the police of Ghana and of Togo\n"
        "Customs attend a course on container profiling in the port of Lome.2"
    )
    assert kinds(text) == [("sentence", text)]


def test_a_line_ending_in_a_footnote_marker_is_a_sentence() -> None:
    assert kinds("Uganda trained them.4") == [("sentence", "Uganda trained them.4")]


def test_an_indented_line_hyphenated_into_the_next_goes_on() -> None:
    text = (
        "  Officers of the Nether-\n  lands police met colleagues of the national police in Accra."
    )
    assert kinds(text) == [("sentence", text.strip())]


def test_a_line_ending_in_a_name_the_next_line_lists_on_from_is_wrapped() -> None:
    text = "UNODC trained officers from Kenya\nUganda and Tanzania in border control"
    assert kinds(text) == [("sentence", text)]


def test_rows_of_a_table_of_dated_lines_are_segments_of_their_own() -> None:
    text = (
        "Activities delivered\n\n"
        "10 April 2025 – Workshop on financial investigations, Almaty – 20 officers – funded "
        "by Japan\n"
        "23-25 April 2025 – Study visit of Kyrgyz officers to Riga – 8 officers – funded by "
        "Sweden\n"
        "5 June 2025 – Regional seminar, Tashkent – 30 participants – funded by Norway\n"
    )
    rows = [s.text for s in segments(text) if s.text[0].isdigit()]
    assert [r.split(" – ")[0] for r in rows] == ["10 April 2025", "23-25 April 2025", "5 June 2025"]


def test_a_wrapped_line_before_a_number_is_not_a_row() -> None:
    text = "Customs officers of the two countries seized a total of\n1,240 kilograms of heroin.\n"
    assert len(segments(text)) == 1
