"""Acts a sentence says did not happen, or only plans: whose clause they are, and so which
actors they take out of the sentence's links; and proposals still undecided, which state no
link at all.

"Kenya and Uganda signed a memorandum, but Tanzania did not sign it" links Kenya and Uganda
only; "New Zealand plans to extend the course to Kiribati and Tuvalu" links nobody, nor does
"A memorandum between A and B was discussed, but it has not been signed", whose clause
refers back to the whole sentence. A relative clause ("Ghana, which is considering a new
law, received equipment from Japan") keeps its negation or plan to itself.
"""

from __future__ import annotations

import re

from kg.extract import cues

#: Activities that can be cancelled or postponed ("the joint patrol", "a study visit").
_EVENT = (
    r"visits?|meetings?|trainings?|courses?|exercises?|operations?|workshops?|missions?"
    r"|signing|talks|consultations|sessions?|seminars?|patrols?|mentoring|donations?|tours?"
    r"|exchanges?|secondments?|deployments?|deliver(y|ies)|projects?"
)
#: … and contributions, cancelled by their donor ("Italy cancelled its contribution").
_ACTIVITY = rf"({_EVENT}|contributions?)"
#: A contribution said to be cancelled in its own clause ("while the planned Dutch
#: contribution was cancelled"): not the contributions of a clause before it.
_CONTRIBUTION_CANCELLED = (
    r"\bcontributions?\b((?!\b(while|but|whereas|although)\b)[^.;:,]){0,120}?"
    r"\b(has been|have been|was|were|is|are) (cancell?ed|called off|withdrawn)\b"
)
#: Not when the same clause goes on to say it happened after all ("postponed to 2021 and
#: took place in March", "was rescheduled and held in May").
_NOT_HELD_LATER = (
    r"(?![^.;]{0,80}?\b(and|but) (it |they )?(was |were )?(later |eventually |finally |then )?"
    r"(rescheduled|held|took place|went ahead|conducted|carried out|resumed)\b)"
)


#: "no commitment has been made", "no formal exchange is planned": nothing (yet) done.
_NOTHING_YET = (
    r"no (firm |formal |financial )?(commitments?|pledges?) (was|were|has been|have been"
    r"|had been) made\b"
    r"|no (firm |formal |further )?(exchanges?|visits?|cooperation|agreements?|trainings?"
    r"|projects?|activities) (is|are|was|were|has been|have been) (planned|foreseen|envisaged"
    r"|scheduled)\b"
)


def _cancelled_by(verb: str) -> str:
    """An activity cancelled by someone ("Gabon cancelled the patrol"), not debts or visas;
    one alternative per verb, so that each match shows its word."""
    return (
        rf"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )\b{verb} "
        rf"((the|a|an|its|their|this|that|all|both) )?([\w-]+ ){{0,3}}?{_ACTIVITY}\b"
        + _NOT_HELD_LATER
    )


#: An act said not to have happened, or only planned, proposed or conditional ("did not
#: sign", "has not been funded yet", "no agreement was reached", "discussed but not adopted",
#: "plans to extend", "proposed a joint task force", "subject to cabinet approval", "would
#: not take part", "declined the invitation", "the offer was declined", "cancelled the patrol",
#: "withdrew from the team", "did not materialize").
UNREALIZED = cues.Cue(
    r"\b((did|does|do|has|have|had|was|were) not|never|neither \w+ (has|have|was|were))\s+"
    r"(yet\s+)?(been\s+)?(sign(ed)?|sen[dt]|attend(ed)?|adopt(ed)?|fund(ed)?|financed"
    r"|formali[sz]ed|conclud(e|ed)|ratif(y|ied)|approved?|agreed?|reach(ed)?"
    r"|launch(ed)?|endorsed?|accept(ed)?|confirm(ed)?|materiali[sz]ed?|take place|go ahead"
    r"|pass(ed)?( on)? (the )?(information|intelligence)|forward(ed)?|relay(ed)?)\b"
    r"|\bno (agreement|consensus|decision|deal|understanding) (was|has been|had been|could be)"
    r" reached\b"
    rf"|\b({_NOTHING_YET})"
    r"|\b(discussed|considered|examined|debated|proposed) but not\b"
    r"|\b(plans to|planning to|intends? to|intending to)\b|\b(is|are|was|were) planned for\b"
    r"|\bproposed ((a|an) )?(joint|new|regional|bilateral|trilateral|common|sub-regional)\b"
    r"|\bproposed (the (creation|establishment)|to (create|establish|set up|hold|launch|sign"
    r"|conclude|form|host|organi[sz]e))\b"
    r"|\b(is|are) (also )?considering\b"
    r"|\b((agreed|decided|undertook) to )?(explore|study|examine|consider|assess)\b[^.;]{0,40}"
    r"\b(possibility|feasibility|options?) of\b"
    r"|(?<!signed )(?<!adopted )(?<!approved )(?<!endorsed )(?<!ratified )"
    r"\b(an?|the) draft (\w+ ){0,3}(protocol|agreement|memorandum|treaty|declaration|plan"
    r"|framework|convention)s?\b[^.;]{0,100}?\b(was|were|is|are|has been|have been)"
    r" (discussed|presented|reviewed|examined|considered|circulated|prepared|shared|sent"
    r"|submitted)\b"
    r"|\bsubject to (the )?([\w-]+ ){0,2}(approval|ratification|endorsement|confirmation"
    r"|consultations?)\b"
    r"|\bproposed \w+ing\b"  # "has proposed offering the course to B"
    r"|\b(has|have|had) been invited\b|\b(is|are|was|were) (also )?invited to (join|attend)\b"
    r"|\b(would|will|shall|to) (also )?invite\b"  # an invitation to come: nobody has come yet
    r"|\b(a|the) possible (joint |new |future |second |regional |bilateral )?(courses?|trainings?"
    r"|workshops?|visits?|operations?|patrols?|agreements?|memorand\w+|mou|protocols?|extension"
    r"|expansion|phase|project|programme|unit|task force|cooperation|partnership|meetings?"
    r"|exercises?|accession|membership)\b"
    r"|\b(is|are) (still )?(being discussed|being negotiated|being considered|being explored"
    r"|being studied)\b"
    r"|\b(presented|submitted|tabled|put forward) (a|an|their|its) ([\w-]+ ){0,2}proposal\b"
    rf"|\b({_EVENT})\b[^.;:]{{0,200}}"
    r"\b(has been|have been|was|were|is|are) (postponed|cancelled|canceled|called off)\b"
    rf"{_NOT_HELD_LATER}|{_CONTRIBUTION_CANCELLED}"
    r"|\b(is|are|remains?) (still )?(under negotiation|being negotiated)\b"
    r"|\b(planned activities|planned actions|planned events|planned steps|planned visits?"
    r"|planned meetings?|planned trainings?)\b"
    r"|\b(would|will|could|did) not (take part|participate|join|attend)\b"
    r"|\bdeclined\s+(to|the|an|our|their|its)\b|\b(but|and)\s+declined\s*[,.;]"
    r"|\b(has been|have been|had been|was|were) declined\b"
    r"|\bdecided not to (take part|participate|join|attend|proceed|go ahead|sign|fund|finance"
    r"|co-finance|contribute)\b|\b(withdrew|pulled out) from\b|\bwithdrew\s*[,.;]"
    # an activity cancelled by someone ("Gabon cancelled the patrol"), not debts or visas
    rf"|{_cancelled_by('cancell?ed')}|{_cancelled_by('called off')}"
    r"|(\s[-\u2013\u2014]+|\||\()\s*(cancell?ed|postponed|withdrawn)\)?\W*$"  # a row's status
    # a table's status cell before its remarks: "| Postponed | Moved to 2025 |"
    r"|\|\s*(cancell?ed|postponed|withdrawn|not (carried out|implemented|held))\s*\|"
    r"(?!\s*(later |eventually |finally |then |subsequently )?(held|took place|went ahead"
    r"|conducted|carried out|completed)\b)",  # not "| Postponed | Held in May instead |"
    words=(
        *("not", "never", "neither", "no ", "plans to", "planning to", "planned for"),
        *("intend", "subject to", "proposed", "considering", "possibility", "feasibilit"),
        *("option", "draft", "declined", "postponed", "cancel", "called off", "negotiat"),
        *("planned", "invite", "possible", "being", "proposal", "withdr", "pulled out"),
    ),
)
#: A wish, not (yet) an act ("expressed interest in joining", "expressed interest at a
#: briefing"); not in carrying on with what already goes on ("interest in continuing").
_WISH = cues.Cue(
    r"\bexpressed (an |its |their )?interest\b(?! in (continuing|maintaining|sustaining)\b)",
    words=("interest",),  # not "expressed", which opened every report saying "expressed"
)
#: Where a wish's clause ends besides: at "and" with a past act of the same subject ("…
#: interest in the programme and in May received training").
_WISH_END = re.compile(
    r"\s(and|then)\s+((in|on|during) (the )?\w+( \d{4})?,? |later |then |subsequently |also )?"
    r"((has|have|had) (since |now |also |then |later |subsequently )?)?"  # "and has since funded"
    r"(\w+ed|took|held|sent|gave|made|began|met|sought|went)\b"
)
#: Talks that have not (yet) led anywhere ("are negotiating a protocol", "discussed the
#: possibility of", "reached no agreement"): unrealized only in a sentence that states no
#: completed act ("… after signing a memorandum" keeps its link).
TALKS_ONLY = cues.Cue(
    r"(?<!who )(?<!which )(?<!that )\b(is|are|was|were) (still )?negotiating\b"
    r"|\breached no (agreement|consensus|decision)\b"
    r"|\b(discuss(ed|es)?|explored|considered|studied|examined)\b[^.;]{0,40}"
    r"\b(possibility|feasibility|options?) of\b",
    words=("negotiating", "reached no", "possibility", "feasibilit", "option"),
)
#: Where a clause ends after the act: punctuation or a conjunction that starts another one.
_CLAUSE_END = re.compile(
    r"[,;:()]|\b(although|though|but|while|whereas|however|which|who|whose|despite)\b", re.I
)
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*$")
_LIST_GOES_ON = re.compile(r"\s*(and\s+)?(the\s+)?[A-Z]")
#: Where a clause of its own begins before the act: a strong break, ", and" or "and" before a
#: verb whose subject it shares ("Japan supports A and plans to extend it to B").
_CLAUSE_START = re.compile(
    r"[;:]|\b(but|although|though|while|whereas|however|despite|after|before|because)\b"
    r"|,\s+and\b|,\s+with\b"
    r"|\band\b(?=\s+(also\s+)?(plans|intends|is|are|has|have|will|did|does|was|were)\b)",
    re.I,
)
#: Stepping back from an act: with no subject of its own after a clause that states none done
#: ("A had considered co-financing it but decided not to take part"), nothing happened.
_WITHDRAWAL = re.compile(r"decided not to|declined|withdrew|pulled out", re.I)
#: Nothing (yet) pledged or planned beyond what the clause before did ("A funded the first
#: phase; no commitment has been made for the second"): about more than that act.
_ABOUT_MORE = re.compile(_NOTHING_YET, re.I)
#: A gift made: with ``_DONE``'s acts, a clause stating one is not what "no pledge for 2025"
#: undoes.
_GIVEN = re.compile(r"\b(provided|gave|granted|disbursed|contributed|allocated|paid)\b", re.I)
#: Staying away, said of the subject of the clause before ("B was invited but did not attend").
_STAYED_AWAY = re.compile(r"(did|would|could) not (attend|take part|participate|join)\b", re.I)


def _shared_subject_start(text: str, start: int, breaks: list[re.Match[str]]) -> int:
    """Where the clause before a subjectless act begins, if it tells of nothing done ("A
    attended as an observer; B was invited but did not attend": B's clause, not A's)."""
    before = breaks[-2].end() if len(breaks) > 1 else start
    return breaks[-1].start() if _DONE.search(text, before, breaks[-1].start()) else before


#: A relative clause still open before the act ("which is considering", "that Spain …").
_RELATIVE = re.compile(r"\b(which|who|whose|that)\b(?=[^,;]*$)", re.I)
#: "…, informed both sides that it would not take part": said by the sentence's subject, of
#: itself.
_SAID = re.compile(
    r"\b(informed|told|said|announced|stated|confirmed|replied|indicated|notified|explained"
    r"|made clear)\b[^,;]{0,40}$",
    re.I,
)
_PRONOUN = re.compile(r"\s+(it|they)\s+", re.I)
#: A fronted phrase ("After a first course in March, a second is planned"): its comma ends it.
_FRONTED = re.compile(
    r"^\W*(after|following|since|before|when|once|as|besides|beyond|in addition to)\b[^,;]*,",
    re.I,
)
#: A clause subject that refers back to the whole sentence: "but it has not been signed",
#: "but the two institutions did not sign it", or none at all before "no agreement".
_BACK_REFERENCE = re.compile(
    r"\s*((it|they|this|these)|(the|both)\s+(two|three|both|sides|parties|institutions"
    r"|agencies|countries|delegations|proposals?|memorandum|agreement|protocol|plan|draft)\b.*)?"
    r"\s*",
    re.I,
)


def possible(lowered: cues.Lowered) -> bool:
    """Whether a report has a word every unrealized act has: one without skips every
    sentence (a substring test of the lowercased report, far cheaper than a regex)."""
    lower = lowered.lower if lowered.lower is not None else lowered.text.lower()
    words = (*UNREALIZED.words, *_WISH.words, *TALKS_ONLY.words, *_NO_REPLY.words, *_WITHOUT.words)
    return any(word in lower for word in words)


def unrealized_spans(
    text: str, start: int, end: int, lowered: cues.Lowered | None = None
) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` (one sentence) whose actors an unrealized act takes out
    of its links: from the act's clause start to its clause end, or the whole sentence when
    the clause has no subject of its own or refers back to the sentence."""
    acts = list(UNREALIZED.finditer(text, start, end, lowered))
    talks = TALKS_ONLY.search(text, start, end, lowered)
    if talks and not _DONE.search(text, start, end, lowered):
        acts.append(talks)
    spans = [(_act_start(text, start, m), _clause_end(text, m.end(), end)) for m in acts]
    for m in _WISH.finditer(text, start, end, lowered):
        then = _WISH_END.search(text, m.end(), end)  # the wisher acts after all: keep it
        wish_start = m.start() if then else _clause_start(text, start, m.start())
        spans.append((wish_start, _clause_end(text, m.end(), then.start() if then else end)))
    spans += [
        m.span()
        for m in _WITHOUT.finditer(text, start, end, lowered)
        if not _TOOK_PLACE.search(text, max(start, m.start() - 60), m.start())
    ]
    return spans + _unanswered(text, start, end, lowered)


#: Those named in parentheses as having had no money: "consultation without funding (A, B)".
_WITHOUT = cues.Cue(
    r"\bwithout (any )?(\w+ )?(funding|financing|financial support|grants?)\s*\([^()]{0,80}\)",
    words=("without",),
)


#: An act said to have taken place just before "without funding (A, B)": A and B did it,
#: unfunded ("three exchanges took place in 2021 without financing (A and B, C and D)").
_TOOK_PLACE = re.compile(
    r"\b(took place|went ahead|(was|were) (held|conducted|carried out|completed))\b[^,;()]{0,40}$",
    re.I,
)


#: No answer (yet) to an invitation or request: "no reply has been received", "has not been
#: answered", "the Kyrgyz side has not yet responded to the invitation".
_NO_REPLY = cues.Cue(
    r"\bno (reply|response|answer)\b|\bunanswered\b|\byet to (respond|reply|answer)\b"
    r"|\b(has|have|had|was|were) not (yet )?(been )?(answered|responded|replied)\b",
    words=("no ", "unanswered", "yet to ", " not "),
)
#: The invitee of an invitation or the addressee of a request: "invited the Algerian
#: authorities", "the TTCG's request to the Venezuelan authorities".
_INVITATION = cues.Cue(
    r"\b(invit(ed|es|ing)|(decided|agreed) to invite|asked|approached)\b(?!\s+by\b)"
    r"|\brequests? to\b",
    words=("invit", "asked", "approached", "request"),
)
#: A next sentence that is only about the reply: "No reply had been received by the end of
#: the year.", "The Kyrgyz side has not yet responded to the invitation." (not "No reply was
#: received from Burundi", nor another request's fate).
_REPLY_SENTENCE = cues.Cue(
    r"\s*(no (reply|response|answer) (has|had|was|were) (yet )?been (received|given)\b(?! from)"
    r"|(the [\w-]+ (side|authorities|government)|they|it) (has|have|had) not (yet )?"
    r"(responded|replied|answered) to (the|this|that|our|its|their) (invitation|request)\b)",
    words=("no ", " not "),
)


def _unanswered(
    text: str, start: int, end: int, lowered: cues.Lowered | None
) -> list[tuple[int, int]]:
    """Spans of invitees and addressees no reply has come from, said in the same sentence
    after the invitation or at the start of the next: they are not (yet) partners. "It
    invited the Algerian authorities to a meeting. No reply had been received." """
    invitations = list(_INVITATION.finditer(text, start, end, lowered))
    if not invitations:
        return []
    next_says = bool(_REPLY_SENTENCE.match(text, end, end + 300, lowered))
    return [
        (m.start(), _clause_end(text, m.end(), end))
        for m in invitations
        if next_says or _NO_REPLY.search(text, m.end(), end, lowered)
    ]


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the act's clause ends: not at the commas of a list of names ("bringing together
    Jordan, Lebanon, Iraq and Saudi Arabia")."""
    for close in _CLAUSE_END.finditer(text, pos, end):
        in_list = close.group(0) == "," and _NAME_BEFORE.search(text, pos, close.start())
        if not (in_list and _LIST_GOES_ON.match(text, close.end(), end)):
            return close.start()
    return end


def _act_start(text: str, start: int, act: re.Match[str]) -> int:
    """Where an act's span begins: its clause's start, but only the cancelled thing in a
    fronted clause ("After A called off an exercise, its navy …": A goes on acting)."""
    if act.group(0)[:6].lower() in ("cancel", "called"):
        fronted = _FRONTED.match(text[start : act.end() + 200])
        if fronted and start + fronted.end() > act.end():
            return act.start()
    return _clause_start(text, start, act.start())


def _clause_start(text: str, start: int, act: int) -> int:
    """Where the act's clause begins: its open relative clause, the break before its own
    subject, the end of a fronted phrase, or the sentence's start."""
    head = text[start:act]
    relative = _RELATIVE.search(head)
    if relative:
        said_of_subject = _SAID.search(head, 0, relative.start()) and _PRONOUN.fullmatch(
            text, start + relative.end(), act
        )
        return start if said_of_subject else start + relative.start()
    # look a little past the act, for the verb "and" shares its subject with
    breaks = [b for b in _CLAUSE_START.finditer(text, start, act + 16) if b.end() <= act]
    if breaks:
        subject = text[breaks[-1].end() : act]
        if subject.strip():
            refers_back = bool(_BACK_REFERENCE.fullmatch(subject))
        else:  # "…; neither proposal has …", "…, but no agreement was reached"
            refers_back = text.startswith(("no ", "No ", "neither", "Neither"), act) or bool(
                _WITHDRAWAL.match(text, act) and not _DONE.search(text[start : breaks[-1].start()])
            )
            if refers_back and _ABOUT_MORE.match(text, act):
                before = text[start : breaks[-1].start()]
                refers_back = not (_DONE.search(before) or _GIVEN.search(before))
            if not refers_back and _STAYED_AWAY.match(text, act):
                return _shared_subject_start(text, start, breaks)
        return start if refers_back else breaks[-1].start()
    fronted = _FRONTED.match(head)
    return start + fronted.end() if fronted else start


#: A proposal or request not (yet) decided on ("A proposal by A to extend it to B and C is under
#: discussion", "a request for a joint operation with D is pending", "… was noted", "discussed
#: a proposal for …"): no link yet.
UNDECIDED = cues.Cue(
    r"\b(under (discussion|consideration|review|study)|(is|are|remains?) (still )?pending"
    r"|(is|are) (still )?being (assessed|considered|examined|reviewed|studied)"
    r"|not (yet )?(been )?(agreed|adopted|approved|endorsed|decided|accepted)"
    r"|yet to be (agreed|decided|approved|adopted|endorsed)"
    r"|(was|were) (duly |only |merely |briefly )?(noted|discussed)(?! and)"
    r"|(discussed|noted|took note of) (a|an|the) ([\w-]+ ){0,2}(?=propos|request|suggest))\b",
    words=("under", "pending", "not", "yet", "being", "noted", "discussed", "took note"),
)
PROPOSAL = cues.Cue(
    r"\b(propos(al|als|ed)|requests?|suggest(ion|ed))\b", words=("propos", "request", "suggest")
)
#: How far apart (characters) a proposal and the undecided wording about it may stand.
_UNDECIDED_REACH = 100
#: What ends a clause between a proposal and undecided wording that belongs to something else.
_CLAUSE_BREAK = re.compile(r"[,;:.()]|\b(although|though|but|while|whereas|however)\b", re.I)
#: A completed act: a sentence stating one states its link, whatever else is still pending.
_DONE = cues.Cue(
    r"\b(signed|funded|financed|delivered|donated|handed over|conducted|launched|inaugurated"
    r"|opened|built|equipped|ratified|concluded|trained|organi[sz]ed|held)\b"
    r"|\bafter (signing|concluding|ratifying|launching|holding|conducting)\b"
)


def undecided(text: str, report: cues.Lowered | None = None) -> bool:
    """Whether the sentence tells of a proposal or request not (yet) decided on: the two cues
    in one clause, near each other ("a proposal by A … is under discussion", "the request …
    is pending"), and no completed act beside them ("At the request of A, B funded a
    laboratory, although its accreditation is still pending" states B and A's link).
    ``report``, the lowered report of the sentence, rules out at once one naming no proposal."""
    if report is not None and report.lacks(PROPOSAL.words):
        return False
    if not UNDECIDED.search(text) or not PROPOSAL.search(text):
        return False
    for u in UNDECIDED.finditer(text):
        for p in PROPOSAL.finditer(text):
            start, end = min(u.start(), p.start()), max(u.end(), p.end())
            gap = (p.end(), u.start()) if p.start() < u.start() else (u.end(), p.start())
            if gap[1] - gap[0] > _UNDECIDED_REACH or _CLAUSE_BREAK.search(text, *gap):
                continue
            if not _DONE.search(text[:start]) and not _DONE.search(text[end:]):
                return True
    return False
