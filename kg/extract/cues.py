"""Words that state cooperation, its mechanism and status, and contexts that do not.

Cues are matched on a segment with entity names blanked out, so "Economic
Cooperation Organization" or "Global Fund" never read as cooperation or funding.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterator

#: How far before ``pos`` a cue may look: one character for ``\b``, a few for lookbehinds.
_BEHIND = 16
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_UPPER = re.compile(r"(?<!\\)[A-Z]")


class Lowered:
    """A long text (a document) lowercased once, with where its non-ASCII characters are,
    for cues to match any window of it that is ASCII."""

    def __init__(self, text: str) -> None:
        lower = text.lower()
        self.text = text
        #: None when lowercasing moved offsets ("İ" lowercases to two characters).
        self.lower = lower if len(lower) == len(text) else None
        self._others = [m.start() for m in _NON_ASCII.finditer(text)]
        self._lacks: dict[tuple[str, ...], bool] = {}

    def ascii(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is ASCII."""
        i = bisect_left(self._others, start)
        return i == len(self._others) or self._others[i] >= end

    def lacks(self, words: tuple[str, ...]) -> bool:
        """True when the lowercased text has none of ``words`` and no letter that matches an
        ASCII one only case-insensitively ("ſ", "ı"): then no part of it matches a cue with
        those words, nor, if they have no spaces, of it with names blanked. Found once per
        text: a cue whose words a report lacks is not tried on each of its sentences."""
        found = self._lacks.get(words)
        if found is None:
            lower = self.lower
            found = lower is not None and not any(w in lower for w in (*words, "ſ", "ı"))
            self._lacks[words] = found
        return found


class Cue:
    """A case-insensitive pattern, matched case-sensitively on lowercased text where that is
    the same: on ASCII text, which has no letters that fold to others ("ſ", "K", "ı").

    Python's regex engine is several times slower at case-insensitive alternations, and
    cues are matched on every sentence. Matches on ASCII text are of the lowercased text:
    their offsets are the text's, their groups lowercase. ``pattern`` is written in lower
    case (escapes aside) so that it means the same either way.

    ``words``, if given, are lowercase strings one of which every match contains: lowercased
    text that has none of them cannot match, and is not scanned.
    """

    def __init__(self, pattern: str, words: tuple[str, ...] = ()) -> None:
        if _UPPER.search(pattern) or "(?i" in pattern:
            raise ValueError(f"a cue is written in lower case, without flags: {pattern!r}")
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self.words = words
        #: Any of the words, found in one scan.
        self._any_word = re.compile("|".join(map(re.escape, words))) if words else None
        self._lower = re.compile(pattern)

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, lowered: Lowered | None = None
    ) -> re.Match[str] | None:
        """Like ``re.Pattern.search``; pass ``lowered`` (of ``text``) for a long text."""
        if lowered is None and not self.words and text.isascii():  # the common case, inline
            return self._lower.search(text.lower(), pos, endpos)
        pattern, subject = self._choose(text, pos, endpos, lowered)
        return pattern.search(subject, pos, endpos) if pattern else None

    def match(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, lowered: Lowered | None = None
    ) -> re.Match[str] | None:
        """Like ``re.Pattern.match``; pass ``lowered`` (of ``text``) for a long text."""
        pattern, subject = self._choose(text, pos, endpos, lowered)
        return pattern.match(subject, pos, endpos) if pattern else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, lowered: Lowered | None = None
    ) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``; pass ``lowered`` (of ``text``) for a long text."""
        pattern, subject = self._choose(text, pos, endpos, lowered)
        return pattern.finditer(subject, pos, endpos) if pattern else iter(())

    def _choose(
        self, text: str, pos: int, endpos: int, lowered: Lowered | None
    ) -> tuple[re.Pattern[str] | None, str]:
        """The pattern to match and the text to match it on: the lowercased text where what a
        match may look at (``_BEHIND`` characters before ``pos`` up to ``endpos``) is ASCII,
        else the text itself. No pattern when the lowercased text has none of the words."""
        if lowered is None:
            if not text.isascii():
                return self.pattern, text
            subject = text.lower()
        elif lowered.lower is not None and lowered.ascii(max(0, pos - _BEHIND), endpos):
            if self.words and lowered.lacks(self.words):
                return None, lowered.lower
            subject = lowered.lower
        else:
            return self.pattern, text
        if self._any_word and not self._any_word.search(subject, pos, endpos):
            return None, subject
        return self._lower, subject


#: Where a cue whose every match begins a word with a letter may match: before the cue, it
#: rules out the other places (the ends of words above all) at once, before the engine tries
#: each of the cue's many alternatives there. Under IGNORECASE, ``[a-z]`` takes in every
#: letter a lowercase letter of the cue matches ("K", "ſ").
WORD_START = r"\b(?=[a-z])"


def _cues(*pairs: tuple[str, str]) -> tuple[tuple[str, Cue], ...]:
    return tuple((name, Cue(pattern)) for name, pattern in pairs)


#: A sum given for something or to someone: "USD 3 million for …", "GBP 4 million over three
#: years to …" (not "USD 2 million in cash", "EUR 3 million in fines against …").
_SUM_GIVEN = (
    r"(\b(usd|us\$|eur|gbp|jpy|nok|sek|dkk|chf|cad|aud)|[$€£])\s*\d[\d.,]*(\s*(million|billion))?"
    r"(\s+(over|in|during)\s+(the\s+)?(\w+\s+)?(years?|\d{4}))?\s+(for|to|towards)\b"
)
#: A movement described inside the information, with its own "to" ("couriers travelling to",
#: "a truck heading for"): taken whole, so that its destination is not whom it is passed to.
_MOTION_TO = (
    r"\b(travel(l)?(ing|ed)|head(ing|ed)|bound|destined|shipped|en route|fl(ying|own|ew)"
    r"|sail(ing|ed)|smuggled|transported|trafficked|moving|going|returning|exported|routed"
    r"|depart(ing|ed))\b(\s+(\w+\s+)?to\b)?"
)
#: Information passed, forwarded or handed on to someone (the first "to" after it that the
#: passing governs): an exchange of information.
_PASSED_ON = (
    r"(pass|forward|relay|hand)(ed|es|s|ing)?\s+(on\s+)?(\w+\s+){0,2}(information|intelligence"
    rf"|tip-?offs?)\b(?>{_MOTION_TO}|(?!\bto\b)[^.;:]){{0,60}}\bto\b"
)
#: "passed information on a cocaine shipment to the": whom it goes to, not a drug's route.
PASSED_TO = Cue(r"\b" + _PASSED_ON + r"\s+(the\s+)?$", words=("information", "intelligence", "tip"))
#: Decisive cues, in priority order: an agreement, funding or a donation names the link.
DECISIVE = _cues(
    (
        "agreement",
        r"\b(memorand(um|a)|mou|moc|agreements?|accords?|treat(y|ies)|letters? of intent"
        r"|signed|signing|ratif\w+)\b",
    ),
    (
        "funding",
        r"\b(fund(s|ed|ing)?|financ(e|ed|es|ing)(?! of terror)|co-financ\w+|grants?|donors?"
        r"|paid for by"
        r"|contribution|contribut(e|es|ed|ing)|pledg(e|es|ed|ing)|sponsor(ed|ship)?|-funded"
        r"|channell?(ed|ing)\s+(\w+\s+){0,2}(funds?|money|resources|contributions?|grants?)"
        r"|(grant(s|ed)?|provid(e|es|ed)|award(s|ed)?|disburs(e|es|ed))\s+(an?\s+)?"
        r"((additional|further|total of)\s+)?(usd|us\$|eur|sek|nok|dkk|chf|gbp|jpy|cad|aud"
        r"|\d[\d.,]*\s*(million|billion)))\b"
        r"|\b(grant(s|ed)?|provid(e|es|ed)|award(s|ed)?|disburs(e|es|ed))\s+(an?\s+)?[$€£]"
        # "announced GBP 4 million for …", "the announcement by A of USD 2 million over three
        # years for …": a sum given, not one seized or fined ("USD 2 million in cash")
        r"|\bannounce(s|d|ment)?\b((?!\b(seiz|confiscat|fine|penalt|launder|los[st]\b|stolen"
        rf"|frozen|forfeit))[^.;]){{0,60}}?{_SUM_GIVEN}",
    ),
    ("donation", r"\b(donat\w+|handed over|hand(ed)?-?over|handover|in-kind)\b"),
)
#: Activity cues: the one the sentence names first wins ("met to discuss joint patrols").
ACTIVITIES = _cues(
    (
        "joint-operation",
        r"\b(joint|coordinated|regional|multinational|cross-border) ([\w-]+ ){0,2}"
        r"(operations?|patrols?|investigations?|raids?|exercises?)\b"
        r"|\bcontrolled deliver|\b(dismantled|busted|raided)\b",
    ),
    (
        "meeting",
        r"\b(met|meets|video ?conference|held (talks|a meeting|meetings|consultations)"
        r"|visit(ed|s)?|delegations?|counterparts?|summit"
        r"|(their|its) [\w-]+ colleagues)\b",  # "their Bolivian colleagues", not "his colleagues"
    ),
    (  # not "of course", "in the course of"
        "training",
        r"\b(train(ed|ing|ings|s)?|workshops?|(?<!of )courses?(?! of\b)|seminars?"
        r"|capacity[- ]building)\b",
    ),
    (
        "knowledge-transfer",
        r"\b(exchang\w+|shar(e|ed|ing)(?!\s+((a|an|the|their|its|our)\s+)?((common|long|land"
        r"|maritime|porous|[\d.,]+|km|kilomet(re|er)s?|miles?)\s+)*(borders?|frontiers?"
        r"|boundar(y|ies))\s*([.,;:]|$|(of|with|that|which|along|in|running|stretching)\b"
        r"|and (both|the|much|most|many|its|their|it|they|a|an)\b))|good practices?"
        r"|best practices?|study (tours?|visits?)"
        r"|mentor(s|ed)|mentoring (of|for|by)"
        # a disclosure to a foreign FIU: not none made, nor one to the press
        r"|(?<!non-)(?<!\bno )disclos(ed|ures?)\s+([\w-]+\s+){0,4}?to\b(?!\s+(the\s+)?"
        r"([\w-]+\s+)?(press|media|public|journalists|reporters|newspapers?)\b)"
        r"|lessons learned|know-how|transfer of (knowledge|technology)|technology transfer"
        rf"|{_PASSED_ON}(?!\s+(the\s+)?([\w-]+\s+)?(press|media|public|journalists|reporters"
        r"|newspapers?)\b|\s+(its|their|his|her)\s+(own\s+)?([\w-]+\s+)?(headquarters|head office"
        r"|offices?|units?|branch(es)?|departments?|superiors|command|analysts?)\b)"
        # information passed on to a body: not to the press, nor within the sender's own body
        r"|experiences?)\b",
    ),
    (
        "donation",
        r"\b(equipment|vehicles|procured|kits|scanners|boats|computers|supplies|drones)\b",
    ),
)
#: General cues, in priority order, when nothing more specific is said.
GENERAL = _cues(
    (
        "technical-assistance",
        r"\b(technical assistance|assist(s|ed|ance|ing)?|support(s|ed|ing)?|advis\w+|expertise"
        r"|help(s|ed|ing)?"
        r"|procurement|deliver(ed|s|y)|provid(ed|es|ing))\b",
    ),
    ("meeting", r"\b(meet(ing|ings)?|talks|conferences?|consultations?|dialogue|discuss\w*)\b"),
    (
        "cooperation",
        r"\b(co-?operat\w+|collaborat\w+|partner(s|ship|ships)?|joint(ly)?|coordinat\w+"
        r"|together|alliance|relations(hips?)?|initiatives?|bilateral|trilateral|multilateral"
        r"|work(s|ed|ing)? (closely |together |jointly )?(with|alongside)"
        r"|second(ed|s|ing)? ((a|an|one|two|three|four|five|six|\d+|several|some) )?([\w-]+ ){0,2}"
        r"(officers?|experts?|prosecutors?|investigators?|advis[eo]rs?|analysts?|judges?|staff"
        r"|specialists?)( each)? to"
        r"|secondments? of|(two|three|four|five|six|several)\s+([\w-]+\s+){0,2}(officers"
        r"|experts|investigators|prosecutors|analysts)\s+(were\s+|are\s+|have been\s+)?seconded"
        r" to"  # counted: "two officers seconded to" (not one "seconded to UNODC")
        # a member of staff joining another's body, not an event ("joined the meeting")
        r"|(officers?|experts?|prosecutors?|investigators?|judges?|analysts?|advis[eo]rs?"
        r"|specialists?)\s+((has|have|had)\s+)?joined\s+(?!(the\s+|a\s+|an\s+)?([\w-]+\s+)?"
        r"(meetings?|conferences?|sessions?|workshops?|courses?|trainings?|events?|calls?"
        r"|webinars?|discussions?|delegations?|visits?)\b))\b",
    ),
)

_PROPOSED = Cue(
    r"\b(will|shall|would|plan(s|ned)? to|intend\w*|seek\w*|sought|desire\w*|readiness|ready to"
    r"|willing\w*|propos\w+|expected to|foresee\w*|explor\w+|to (strengthen|expand|enhance|sign"
    r"|conclude|develop|establish|boost|deepen|promote|increase|broaden|improve|launch)"
    r"|future|upcoming|possibility|interest(ed)? in|consider(s|ed|ing)?|hop(e|es|ed) to"
    r"|aim(s|ed)? to|wish(es|ed)? to)\b"
)
#: "concluded an agreement" is agreed; "concluded Operation X" or "concluded the course" ended.
_AGREED = Cue(
    r"\b(signs?|signed|ratified|agreed|approved|endorsed)\b"
    r"|\bconcluded\b(?!\s+(the\s+|a\s+|an\s+|its\s+|their\s+)?([\w-]+\s+)?(operations?|exercises?"
    r"|patrols?|investigations?|raids?|courses?|trainings?|workshops?|visits?|meetings?|seminars?"
    r"|missions?)\b)"
)
_ONGOING = Cue(
    r"\b(continu\w+|ongoing|currently|since|is (being )?\w+ing|are \w+ing"
    r"|has been \w+ing|supports|cooperates)\b"
    r"|\bunder (the|its|a) ([\w-]+ ){0,4}(programme|program|initiative|framework|project|umbrella)"
)
_PAST = Cue(
    r"\b(\w{2,}ed|met|held|took|gave|made|led|brought|sent|began|saw|built|became|won|sought"
    r"|taught|went|came|found|set up|launched)\b"
)
_MODAL_BEFORE = Cue(r"\b(to|will|would|shall|plans? to|expected to|ready to)\s+(be\s+)?$")

#: A label over donors: a heading ("Donors") or a fact sheet's field ("Funded by: …").
DONOR_LABEL = (
    r"(donors?|funders?|funding( partners| sources)?|financial partners|funded by|contributors"
    r"|development partners)"
)
#: "support of" or "assistance from" a country or donor agency is its funding.
SUPPORT_BEFORE = Cue(
    r"\b(supported|assisted) by(\s+the)?\s*$"
    r"|\b(support|assistance|help)\s+(\w+\s+){0,2}(from|of)(\s+the)?(\s+governments?\s+of)?\s*$",
    words=("support", "assist", "help"),
)

#: Words near a country that make it a place of trafficking, a border or a statistic.
NEGATIVE_WORD = Cue(
    WORD_START + r"(?:"
    r"\b(traffick\w*|smuggl\w*|routes?|transit\w*|originat\w*|destined|bound|bordering"
    r"|borders? (with|between|of)|neighbou?r\w*|(?<!forensic )laborator\w+|cultivat\w+"
    r"|produc(ed|tion)|flows?|towards?|ship(ped|ments?)|consignments?|coast(s|line)? of"
    r"|(had|has|have) arrived from|by way of|head(ing|ed) (for(?! the \w+ time)|towards?)"
    r"|ports? (of|in|for)|rout(ed|ing) (through|via)"
    r"|seiz(ed|ures?)|arrest\w*|nationals|national\s+(of|from)|citizens?|situation|crisis"
    r"|conflict|refugees?|illicit"
    r"|opium|heroin|cocaine|methamphetamine|hashish|captagon|yaba|ketamine|tramadol|fentanyl"
    r"|(containers?|cargo(es)?|crates?|parcels?|packages?) from"
    r"|networks?|rings?|gangs?|cartels?|syndicates?"
    r"|traffickers|smugglers|users|addicts|prevalence|consumption|markets?|prices?|than"
    r"|compared|impacts? on|effects? on|threats?|challenges)\b"
    r"|\b(lake|river|mount|gulf|sea|bay) [\w-]+ (is|are) shared (by|between)\b"  # "Lake Chad is"
    r")"
)
#: Where goods came from ("imported scanners from", "ordered online from"): the country (or
#: list) right after is their origin, no party; unlike a donor named later ("with funding from").
ORIGIN = Cue(
    r"\b(ordered|bought|purchased|sourced|imported)( \w+)? from\s+(the\s+)?",
    words=("ordered", "bought", "purchased", "sourced", "imported"),
)
#: How far (characters, no . ; :) a negative word may stand before the country it affects.
NEGATIVE_REACH = 25
#: "held in", "hosted by the Government of", "meetings in": the country right after is a venue
#: or host; "based in", "registered in", "under the flag of": a seat, a registry or a flag.
HOSTED = Cue(
    r"\b((held|hosted|took place|located|convened|venue|based|headquartered|seated|registered"
    r"|flagged)\s+(in|by|at)"
    r"|(meetings?|conferences?|workshops?|seminars?|dialogues?|summits?|sessions?)\s+in"
    r"|flags?\s+of|flag\s+states?\s+of)\s+"
    r"(the\s+)?(governments?\s+of\s+)?(the\s+)?",
    words=(
        *("held", "hosted", "took", "located", "convened", "venue", "meeting", "conference"),
        *("workshop", "seminar", "dialogue", "summit", "session", "based", "headquartered"),
        *("seated", "registered", "flag"),
    ),
)
NEGATIVE_AFTER = Cue(  # "Afghan opium", "Togo's cocaine routes"; not "Togo against cocaine"
    r"^\W{0,3}((?!(against|on|combating|countering|fighting|tackling)\b)\w+\W+)?"
    r"(opium|heroin|cocaine|cannabis|methamphetamine|hashish|captagon|yaba"
    r"|ketamine|tramadol|fentanyl|drugs|opiates"
    r"|nationals|national(?=\s*([^\w\s]|$)|\s+(was|were|is|who|has|had|and|in|at|on|with|from"
    r"|arrested|detained|carrying|named|identified|travell?ing)\b)"
    r"|citizens?|refugees?|traffickers?|smugglers?|frontier|routes?|coasts?(?![\s-]*guards?)"
    r"|ports?(?!\s+(authorit\w+|security|control|police|officials|officers|units?))"
    r"|borders?(?!\s+(guards?|police|forces?|control|management|liaison|officials|officers"
    r"|co-?operation|collaboration"
    r"|agenc(y|ies)|security|services?|posts?|crossings?|points?|patrols?))"
    r"|production|cultivation|hosted|host(s|ed)?)\b"
)
#: A host of guests it trains or shows its work ("Kenya hosted a study visit for officers from
#: A and B", "the Ecuadorian unit hosted the Peruvian officers"), who links with each guest,
#: unlike the host of a meeting.
HOSTS_GUESTS = Cue(
    r"\W{0,3}(\w+\W+)?host(s|ed|ing)?\b"
    r"(((?!meeting|session|conference|event|summit|forum|seminar|plenary|workshop)[^.;:]){0,60}"
    r"\b(study visits?|visits?|courses?|trainings?|internships?|placements?|attachments?)\b"
    r"[^.;:]{0,60}\b(for|from)\b"
    r"|\s+(the\s+|a\s+|an\s+)?([\w-]+\s+){0,4}(officers|officials|experts|investigators"
    r"|prosecutors|judges|trainees|inspectors|analysts|handlers|specialists|cadets|students"
    r"|delegations?)\b(?![^.;:]*\b(meeting|conference|summit|forum|plenary|talks|dialogue"
    r"|ceremony|seminar|workshop|session|event|signing|consultations|symposium)s?\b))",
    words=("host",),
)
DONOR_BEFORE = Cue(
    r"\b((funded|financed|sponsored|donated|granted|contributed|paid for|paid) by"
    r"|(fund(s|ing)?|financing|financial support|contributions?|grants?|donations?)\s+"
    r"((?!(the|a|an|its|their)\b)\w+\s+){0,2}(from|of)"  # not "funds the training of B"
    r"|thanks to( the)?( generous)?( \w+)? (of|from)"
    # "Donors: A, B and C", a label line: each member gives
    r"|^\W*(donors?|funders?|funding partners?|contributors?|sponsors?)\s*:([^:;.\n]*(,|\band))?)"
    r"(\s+the)?(\s+governments?\s+of)?(\s+the)?\s*$",
    words=("fund", "financ", "sponsor", "donat", "donor", "grant", "contribut", "thanks", "paid"),
)
DONOR_AFTER = Cue(
    r"^(['’]s)?(\s+(jointly|also|together))?[\s-]*(funded|fund(s|ing)?|financed|financing"
    r"|contribution|grants?|donors?|donation|(has |have )?(funded|financed|donated|contributed"
    r"|granted))\b"
    r"|^\s+(will|shall|(is|are) (set |expected )?to)\s+((also|jointly)\s+)?(fund|finance"
    r"|co-?fund|co-?finance)\b"  # "Japan will fund …": a decided commitment
    # "A and B, the two largest donors, funded …" (not "…, signed a memorandum")
    r"|^,\s+(the\s+)?((two|three|four|five|main|largest|major|principal|biggest)\s+){0,2}"
    r"(donors|funders|contributors),\s+(have\s+|also\s+|jointly\s+)?(funded|financed"
    r"|fund|finance|donated|contributed)\b"
    r"|^\s+(has |have )?(provided|given|pledged|committed|allocated)\s+(usd|us\$|\$"
    r"|eur|€|£|gbp|jpy|aud|nzd|cad|chf|sek|nok|dkk|krw|\d[\d.,]*\s*(million|billion))"
    rf"|^\s+(has |have )?announced\s+{_SUM_GIVEN}"
    r"|^\s+(is|are|was|were|has been|have been|remains?)\s+(funding|financing"
    r"|(the |a |an |one of the )?((main|largest|major|key|principal|biggest|leading|lead"
    r"|generous|long-standing|top) )?(donors?|contributors?|funders?|sponsors?))\b",
    words=(
        *("fund", "financ", "contribut", "grant", "donor", "donat", "sponsor"),
        *("provided", "given", "pledged", "committed", "allocated", "announced"),
    ),
)
#: "the announcement by the United Kingdom of GBP 4 million", "a pledge by Japan of USD 2
#: million": the one by whom a sum is announced or pledged gives it (with ``SUM_AFTER``).
GIVEN_BY = Cue(
    r"\b(announce(ment|d)|pledges?|commitments?|contributions?|grants?|gifts?|offers?"
    r"|allocations?|provision|donations?|disbursements?|awards?)\s+by(\s+the)?"
    r"(\s+governments?\s+of)?(\s+the)?\s*$",
    words=(
        *("announc", "pledg", "commitment", "contribution", "grant", "gift", "offer"),
        *("allocation", "provision", "donation", "disbursement", "award"),
    ),
)
#: A sum right after its giver: " of GBP 4 million", " of a further USD 500,000".
SUM_AFTER = re.compile(
    r"(?i)\s+of\s+(an?\s+)?((additional|further|total of)\s+)?(usd|us\$|eur|gbp|jpy|nok|sek|dkk"
    r"|chf|cad|aud|nzd|krw|[$€£]|\d[\d.,]*\s*(million|billion))"
)
#: "the Ambassador of Japan to Kenya", "the EU Delegation to Nigeria": the country a
#: diplomat is posted to is the diplomat's title, not a partner.
POSTED_TO = Cue(
    r"\b((ambassadors?|embass(y|ies)|envoys?|consul(ate)?s?|high commission(er)?s?"
    r"|chargé d'affaires)(\s+of(\s+the)?\s+[a-z][\w-]*(\s+[a-z][\w-]*){0,3})?"
    r"|(delegations?|permanent missions?) of(\s+the)?\s+[a-z][\w-]*(\s+[a-z][\w-]*){0,3})"
    r"\s+(to|in)(\s+the)?\s*$",
    words=(
        *("ambassador", "embass", "envoy", "consul", "commission", "chargé", "delegation"),
        "mission",
    ),
)
#: "Japan, through JICA, …", "the United States, through INL": a donor and its channel.
CHANNEL_AFTER = re.compile(r"\s*,\s*through\s+(the\s+|its\s+)?")
#: Names of bodies through which a government gives: aid and cooperation agencies.
AID_BODY = re.compile(
    r"(?i)\b(cooperation|co-operation|development|aid|assistance|foreign affairs|zusammenarbeit"
    r"|international narcotics)\b"
)
#: "… funded by Japan, and the second office by Norway": "by" of a verb left out.
GAPPED_BY = Cue(
    r",\s+(and|while|whereas)\s+(?!(\w+\s+){0,8}?(was|were|is|are|has|have|had)\b)"
    r"(the\s+)?[^,;.]{1,60}?\s+by(\s+the)?(\s+governments?\s+of)?(\s+the)?\s*$"
)
#: Where a second full clause begins: ", and <new subject> <verb>" ("…, and the Government of
#: Japan has renewed its contribution") or "and noted that …" after a first statement.
NEW_CLAUSE = re.compile(
    r",\s+(and|while|whereas|but)\s+(?=(the\s+)?[A-Z][^,;.]{0,60}?\s([a-z]{2,}ed|has|have|had|is"
    r"|are|was|were|will|would|also|did|does|met|held|took|gave|made|led|sent|began|built|taught"
    r"|supports|funds|finances|provides|covers|trains|hosts|shares|leads)\b"
    r"|the\s+[a-z][^,;.]{0,60}?\s([a-z]{2,}ed\b(?!\s+by\b)|has|have|had|is|are|was|were|will"
    r"|would|did|does|supports|funds|finances|provides|covers|trains|hosts|shares|leads)\b)"
    r"|,\s+and\s+(?=(the\s+)?[A-Z][^,;.]{0,60}?\s+for\s+(funding|financing|supporting"
    r"|sponsoring|providing|donating)\b)"  # "thanked A for funding X, and B for financing Y"
    r"|,?\s+and\s+(recalled|noted|said|added|stressed|underlined|highlighted|emphasi[sz]ed"
    r"|pointed out|explained|announced)\s+that\b"
)
#: Words that make a list's members act together, a clique even after "from" or beside a
#: donor ("between", "jointly", "mutual").
JOINT = Cue(r"\b(between|among|amongst|joint(ly)?|together|mutual(ly)?(?! legal assistance))\b")
#: An appositive (", an example of … between A and B,"): a clause of its own up to the next
#: comma, after which the main clause goes on.
APPOSITIVE = re.compile(r",\s+(an?|one)\s+(example|illustration|instance|case|model)\s+of\b")
#: Guests an activity is hosted for or from ("host study visits for A and B", "welcomed
#: delegations from A and B"): each the host's guest, not the other guests' partner.
HOSTING_FOR = Cue(
    r"\b(host\w*|receiv\w*|welcom\w*)\b[^.;:]{0,50}"
    r"\b(visits?|delegations?|tours?|courses?|trainings?|workshops?|seminars?|internships?"
    r"|placements?|scholarships?|fellowships?|officers|officials|experts|specialists|handlers"
    r"|trainees)(\s+(cycles|sessions|rounds|series))?(\s+(in|at|to)\s+[\w'’-]+(\s+[\w'’-]+)?){0,2}"
    r"\s+(for|from)\s+(the\s+)?([\w-]+\s+){0,3}?((from|of)\s+(the\s+)?)?$"
)
#: An activity organized or given "for" a list ("Egypt will organize courses for A and B"):
#: a star only around a single organizer.
ORGANIZED_FOR = Cue(
    r"(\b(organi[sz]\w*|deliver\w*|provid\w*|offer\w*|arrang\w*|conduct\w*|ran|run\w*"
    r"|gave|giv\w*)\b[^.;:]{0,50}"
    r"\b(visits?|courses?|trainings?|workshops?|seminars?|internships?|placements?"
    r"|scholarships?|fellowships?)([^.;:,]{0,40}?\s(on|in)\s[^.;:,]{0,40}?)?"
    r"|\b(visits?|courses?|trainings?|workshops?|seminars?)\b[^.;:]{0,50}\b(was|were)"
    r"\s+(organi[sz]ed|delivered|provided|offered|arranged|held|conducted|run|given))"
    r"\s+for\s+(the\s+)?([a-z0-9]+\s+){0,2}((of|from)\s+(the\s+)?)?$"
)
#: A beneficiary of what was funded before: "Chad will benefit from a smaller component"
#: (something funded, a few words on; not "benefited from good rainfall").
BENEFITS = Cue(r"\b(benefit(s|ed|ting)?|profit(s|ed)?)\s+from\b", words=("benefit", "profit"))
FUNDED_THING = Cue(
    r"\s+([\w-]+\s+){0,4}?(projects?|programmes?|programs?|components?|funding|funds?"
    r"|support|grants?|assistance|initiatives?|activities|training|equipment|contributions?"
    r"|donations?|phases?)\b"
)
FINITE_VERB = re.compile(
    r"\b(\w{2,}ed|met|held|took|gave|made|led|sent|began|saw|built|became|won|sought|taught"
    r"|went|came|found|has|have|had|is|are|was|were|will|would|can|could|said|says)\b"
)
PASSIVE_GIVING = Cue(
    r"\b(funded|financed|sponsored|supported|donated|provided|granted|offered) by\b",
    words=(
        "funded",
        "financed",
        "sponsored",
        "supported",
        "donated",
        "provided",
        "granted",
        "offered",
    ),
)
#: "took part in", "participated in", "joined": the list before it are all members.
TAKES_PART = re.compile(
    r"(?i)[^.;,]{0,40}?\b((took|take|takes|taking) part|participat\w+|joined)\b"
)
#: "a committed partner of A and B": each of A and B is linked to the subject, not to each other.
RELATION_OF = Cue(
    r"\b(partners?|donors?|all(y|ies)|supporters?|friends?|benefactors?)\s+(of|to)\s+(the\s+)?$"
)

#: "It was set up with …": a pronoun subject (not "It is expected that …").
IT_START = re.compile(r"It\s+(?!(is|was|will be|would be|has been)\s+\w+\s+(that|to|whether)\b)")

#: "the Ministry was informed": a body told of something, not a partner in it.
INFORMED = re.compile(
    r"\s+(was|were|has been|have been|had been)\s+(informed|told|briefed|notified)\b"
)
#: "participants from A and B": who attends an event, whom "the participants" later are.
AUDIENCE = Cue(
    r"\b(participants|trainees|attendees|officers|officials|investigators|prosecutors"
    r"|judges|analysts|delegates|representatives|personnel|staff)\s+"
    r"(\w+\s+){0,3}?from\b",
    words=("from",),
)
AUDIENCE_REF = Cue(
    r"\b(with|to|for|among)\s+(the|all)\s+(participants|trainees|attendees)\b",
    words=("participants", "trainees", "attendees"),
)

#: A visit right before its destination: "made a study visit to", "visited the".
VISIT = Cue(r"\bvisit(s|ed|ing)?\s+((\w+\s+){0,3}(to|of)\s+)?(the\s+)?$")
#: "the two sides", "both navies", "the two signatory countries": a pair told of before.
ANAPHOR_PAIR = Cue(
    r"\b(the two|both) (sides|countries|parties|governments|agencies|institutions|ministers"
    r"|officials|delegations|organizations|units|services|authorities|ministries|teams"
    r"|administrations|bodies|navies)\b|\bthe (parties|sides)\b"
    r"|\b(the two|both) (participating|member|signatory|neighbou?ring) countries\b",
    words=("two", "both", "parties", "sides"),
)
ANAPHOR_START = re.compile(
    r"(?i)^(\W*(on the other hand|moreover|furthermore|in addition|also|as a result),?\s*)?"
    r"((these|this|such|those|the)\s+(initiatives?|efforts?|activities|projects?|programmes?"
    r"|meetings?|tours?|visits?|practices|exchanges?|cooperation|partnership|support"
    r"|operations?|trainings?|workshops?|courses?|events?|exercises?|conferences?|missions?"
    r"|equipment|vehicles|assistance|donations?|funding|grants?|agreements?|memorand(um|a))"
    r"|they)\b"
)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
GROUP_OF = re.compile(r"(?i)\b(the|all|both)\s+(two|three|four|five|six)?\s*(countries|states)\b")


def _without_groups(pattern: str) -> str:
    """``pattern`` with its groups made non-capturing (no character class of it may hold a
    "("): the same matches, found about twice as fast for an alternation of many cues, whose
    engine otherwise saves and restores the groups at each alternative it tries."""
    return re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


#: Any mechanism cue: one scan rules out the many sentences that state none. Every cue
#: starts at a word with a letter (or the hyphen of "-funded"): the lookahead skips the other
#: places before the engine tries each of the cues' hundred-odd alternatives there. Only where
#: it matches is used, so it captures nothing.
_MECHANISM_START = r"\b(?=[a-z-])"
_ANY_MECHANISM = Cue(
    _MECHANISM_START
    + "(?:"
    + "|".join(
        f"(?:{_without_groups(cue.pattern.pattern)})"
        for _, cue in (*DECISIVE, *ACTIVITIES, *GENERAL)
    )
    + ")"
)


def mechanism(text: str) -> str | None:
    """The mechanism a segment states, or None when it states no cooperation."""
    first = _ANY_MECHANISM.search(text)
    if not first:
        return None
    pos = first.start()  # no cue starts before the first of all cues: look from there
    for name, pattern in DECISIVE:
        if pattern.search(text, pos):
            return name
    found = [(m.start(), name) for name, p in ACTIVITIES if (m := p.search(text, pos))]
    if found:
        return min(found)[1]
    return next((name for name, pattern in GENERAL if pattern.search(text, pos)), None)


def status(text: str) -> str:
    """proposed, agreed, ongoing or completed, from modality and tense cues.

    Without a cue, a verb in the past tense means completed; a present tense or a
    headline's noun phrase ("Iran and Tajikistan Cooperation") means ongoing.
    """
    for match in _AGREED.finditer(text):
        if not _MODAL_BEFORE.search(text[: match.start()]):
            return "agreed"
    if _PROPOSED.search(text):
        return "proposed"
    if _ONGOING.search(text):
        return "ongoing"
    return "completed" if _PAST.search(text) else "ongoing"
