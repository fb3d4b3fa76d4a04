"""What the parts of link reading share: the document they read and what they remember.

``LinkDoc`` is the document as ``LinkReader`` (``relations``) and its collaborators
(``link_actors``, ``link_drafts``, ``references``) all read it. ``State`` holds what later
segments may refer back to: the last link and its sentence, the last pair of countries, a
list's introduction, a section's country, donors and course, lists of n countries and more.
It is one mutable record that ``LinkReader`` updates segment by segment and that its
collaborators read and update too, so it lives apart from all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract import cues, hosts
from kg.extract.lists import Actor
from kg.extract.view import DocView
from kg.resolve import Candidate
from kg.types import Entity


@dataclass(frozen=True)
class LinkDoc:
    """One document as every part of link reading reads it: its view and lowercased text,
    its resolved candidates in text order (with their starts, for bisecting) and entities."""

    view: DocView
    lowered: cues.Lowered
    cands: list[Candidate]
    starts: list[int]
    keys: dict[tuple[int, int, str], str]
    entities: dict[str, Entity]

    @property
    def text(self) -> str:
        return self.view.text

    def key(self, c: Candidate) -> str:
        """The entity key a candidate resolved to."""
        return self.keys[(c.start, c.end, c.type)]


@dataclass
class State:
    """What later segments may refer back to."""

    section: int = -1
    block: int = -1
    last_link: tuple[Actor, ...] = ()
    last_text: str = ""  # the sentence of the last link
    link_at: int = 0  # the number of the segment that stated it
    link_mechanism: str = ""  # and its mechanism
    last_pair: tuple[Actor, ...] = ()  # the last link between exactly two countries
    pair_given_at: int = -1  # a segment whose donor gives to "both countries": still their pair
    prev_actors: tuple[Actor, ...] = ()
    prev_mechanism: str | None = None
    intro: tuple[tuple[Actor, ...], str | None, str | None] | None = None
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    audience: tuple[Actor, ...] = ()  # "participants from A and B", whom "the participants" are
    section_country: str | None = None  # the country a section's heading names alone
    last_funders: tuple[Actor, ...] = ()  # the donors of the section's last funding link
    funders_at: int = 0  # the number of the segment that stated that link
    course: hosts.Course | None = None  # the section's last course or study visit
    donor_list: bool = False  # the section's heading is "Donors": its items are donors
    field_donors: tuple[int, tuple[Actor, ...]] = (-1, ())  # a "Donor:" line's block, countries
    groups: dict[int, tuple[Actor, ...]] = field(default_factory=dict)  # last list of n
    named: dict[int, tuple[Actor, ...]] = field(default_factory=dict)  # last segment's n countries
    count: int = 0  # segments read
