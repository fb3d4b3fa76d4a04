"""People: titled names and names with an apposed role; country words inside them."""

from test_extract_support import entities


def test_titled_names_are_people() -> None:
    text = "Secretary-General Ban Ki-moon and Ms. Ashita Mittal spoke in Vienna."
    people = entities(text, "Person")
    assert set(people) == {"person/ban-ki-moon", "person/ashita-mittal"}


def test_country_words_inside_names_are_not_countries() -> None:
    text = "Mr. Jordan Smith met the delegation. Georgia Jordan, a UNODC expert, trained officers."
    assert entities(text, "Country") == {}
    assert set(entities(text, "Person")) == {"person/jordan-smith", "person/georgia-jordan"}


def test_a_country_after_a_title_word_is_still_a_country() -> None:
    text = "The Minister of Interior of Pakistan met the Ambassador of Japan."
    assert set(entities(text, "Country")) == {"country/PAK", "country/JPN"}
    assert entities(text, "Person") == {}
