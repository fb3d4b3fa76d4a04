"""Who hosts or gives a course, and later sentences that add guests to it.

"The AFP hosted a course for Philippine investigators. Officers from Viet Nam and Thailand
took part in the same course.": the second sentence names only guests; each of them links
with the host of the course, and guests are not each other's partners for sharing a
classroom. The host is found in the sentence that stated the course: the body a course is
"hosted by" (organized, delivered, given, run by), or the subject that "hosted" or
"trained" someone. A later sentence may also pay for the guests ("The donor also covered the
participants' travel"): the payer links with each guest; or say who gave the sessions ("The
sessions were delivered by two officers of …"): they link with the host and each guest.
Guests may come first ("Judges from A and B followed a course in Rabat. The course was
hosted by C"): the course waits for its host, or a donor, to link with each of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.lists import Actor

#: Mechanisms of an activity with a host or giver and guests.
HOSTED_ACTIVITIES = frozenset({"training", "knowledge-transfer"})
#: How many segments after the course a sentence may still add guests to it.
REACH = 3

_GIVEN_BY = re.compile(
    r"(?i)\b(hosted|organi[sz]ed|delivered|given|conducted|run|led|taught|facilitated"
    r"|provided|offered)\s+by\s+(the\s+)?(government\s+of\s+(the\s+)?)?$"
)
#: The verb right after its subject, past an acronym, an appositive, a possessor's body or
#: a demonym's noun: "The Egyptian Anti-Narcotics General Administration (ANGA) hosted",
#: "India, through its academy, trained", "Colombia's police academy trained", "Thai
#: trainers gave".
_GIVER_VERB = re.compile(
    r"(['’]s(\s+[\w-]+){1,3}|(\s+[a-z][\w-]*){1,2}(?=\s))?"
    r"(?i:\s*(\([^)]{1,40}\)\s*)?(,[^,.;:]{1,80},\s*)?"
    r"((has|have|had|also|jointly|recently)\s+)*"
    r"(hosted|organi[sz]ed|delivered|gave|trained|conducted|ran|taught|facilitated|welcomed"
    r"|received|will\s+(host|organi[sz]e|deliver|give|train|conduct|run|teach))\b)"
)
#: A sentence adding guests to an activity already told of: "took part in the same course",
#: "also attended the workshop", "the same training was later given to …".
_ADDED_GUESTS = re.compile(
    r"(?i)\b(took part in|attended|joined|join|joins|participated in)\s+(the|this|that)\s+"
    r"(same\s+)?"
    r"(\w+\s+)?(courses?|trainings?|workshops?|seminars?|(study )?(visits?|tours?)|sessions?)\b"
    r"|\b(the|this) same\s+(\w+\s+)?(courses?|trainings?|workshops?|seminars?"
    r"|study (visits?|tours?))\b[^.;:]{0,40}\b(given|delivered|offered|repeated|extended|opened)"
    r"\s+(to|for)\b"
    r"|\b(the|this|that)\s+(same\s+)?(\w+\s+)?(courses?|trainings?|workshops?|seminars?"
    r"|study (visits?|tours?)|sessions?)\s+(was|were)\s+((also|later)\s+)?(attended|joined)\s+by\b"
    r"|^\W*(the|this)\s+([\w-]+\s+)?(course|training|workshop|seminar)\s+(will\s+|would\s+)?"
    r"(train|trains|trained|bring together|brings together|brought together)\b"
    r"|\b(took part|participated)\b(?!\s+in\b)|\battended\s*[,.;]"  # "… from A took part."
    r"|\bjoined them\s+(on|for|in|during)\s+(the\s+)?(first|second|third|fourth|last|final|next"
    r"|following|remaining)\s+(day|week|session|module|part)s?\b"  # "… on the second day"
)
#: Who gave the course told of before: "The sessions were delivered by two officers of …".
_TAUGHT_BY = re.compile(
    r"(?i)\b(the|these|its)\s+(sessions?|courses?|trainings?|workshops?|lectures?|classes|modules?)"
    r"\s+(was|were)\s+(delivered|taught|given|conducted|led|run)\s+by\b"
)
#: Words of an activity with a host and guests, whatever the sentence's mechanism ("The donor
#: will also finance a study visit to Seoul, hosted by …").
ACTIVITY = re.compile(
    r"(?i)\b(courses?|trainings?|workshops?|study (visits?|tours?)|visits?|internships?)\b"
)
#: Paying for the guests of an activity: "covered the participants' travel", "paid for the
#: travel and accommodation of the guests", "Their travel … was paid by France", "The
#: training was funded by A and B" (the guests' donors, not the host's).
_PAID_FOR_GUESTS = re.compile(
    r"(?i)\b(paid|pays|covered|covers|financed|finances|funded|funds|sponsored|met)\b"
    r"[^.;:]{0,60}\b(the|its|their)\s+(guests|participants|trainees|attendees)\b"
    r"|^\W*(their|the\s+(guests|participants|trainees)['’])\s+(travel|participation|costs?"
    r"|accommodation|attendance)\b[^.;:]{0,60}\b(was|were)\s+(paid|covered|financed|funded"
    r"|sponsored|met)\s+by\b"
    r"|^\W*(the|this)\s+([\w-]+\s+)?(training|course|workshop|seminar|visit|attachment)\s+"
    r"(was|were|is)\s+(funded|financed|sponsored|paid\s+for)\s+by\b"
)
#: Guests attending a course: "Judges from A and B followed a ten-day course in Rabat"; not an
#: exercise ("took part in a joint training exercise"), which its parties do together.
_ATTENDS = re.compile(
    r"(?i)\b(attended|followed|completed|took part in|participated in|underwent)\s+(a|an|the)\s+"
    r"([\w-]+\s+){0,4}?(courses?|trainings?|workshops?|seminars?|study (visits?|tours?))"
    r"\b(?!\s+(exercises?|operations?|patrols?|drills?)\b)"
)
#: Where an attendance's clause ends: a break, or "and" before another act of the same
#: subject ("attended a workshop on X and signed a memorandum"); not the comma before what
#: describes the course (", organized by UNODC under a project funded by …").
_ATTENDANCE_END = re.compile(
    r"[;:()]|,(?!\s+([a-z]+ed|held|run|given|taught|led)\s+(by|in|at|under|with|for|over)\b)"
    r"|\b(and|but)\s+((then|later|also|subsequently|afterwards)\s+)?"
    r"[a-z]+(ed|ook|eld|et|ent|ave|ade)\b"
)
#: A sentence about the course told of before: "The course was hosted by …".
_THE_COURSE = re.compile(
    r"(?i)^\W*(the|this|that)\s+([\w-]+\s+)?(courses?|trainings?|workshops?|seminars?"
    r"|study (visits?|tours?))\b"
)
#: "The donor": whoever funded what the section told of last.
THE_DONOR = re.compile(r"(?i)\bthe donors?\b")


@dataclass(frozen=True)
class Course:
    """The section's last course or study visit: its host (None until a sentence names it),
    mechanism and guests so far."""

    host: Actor | None
    mechanism: str
    at: int  # the number of the segment that last told of it
    guests: tuple[Actor, ...] = ()


def told(
    text: str, start: int, actors: list[Actor], mechanism: str, at: int, last: Course | None
) -> Course | None:
    """The course a sentence (from ``start``) tells of, if it names its host; a sentence of
    the same host naming no guests ("DEC instructors trained them") goes on with the last."""
    giver = host(text, start, actors)
    if giver is None:
        return None
    new = tuple(guests(actors, giver))
    if last and last.host and last.host.country == giver.country and not new:
        return replace(last, at=at)
    return Course(giver, mechanism, at, new)


def host(text: str, start: int, actors: list[Actor]) -> Actor | None:
    """The one actor of a sentence (from ``start``) that hosts or gives its activity, if the
    sentence says so of exactly one country's actors."""
    givers = [a for a in actors if a.country and _gives(text, start, a)]
    return givers[0] if len({a.country for a in givers}) == 1 else None


def _gives(text: str, start: int, a: Actor) -> bool:
    before = text[max(start, a.start - 40) : a.start]
    return bool(_GIVEN_BY.search(before) or _GIVER_VERB.match(text, a.end))


def attendees(text: str, start: int, masked: str, actors: list[Actor]) -> tuple[Actor, ...]:
    """The guests of a course a sentence (from ``start``) names no host of ("Judges from A
    and B followed a course in Rabat"): its countries' actors before the verb, who are not
    each other's partners for sharing a classroom; none if another country acts after it."""
    m = _ATTENDS.search(masked)
    if not m or host(text, start, actors):
        return ()
    at = start + m.start()
    found = tuple(a for a in actors if a.country and a.end <= at)
    homes = {a.country for a in found}
    if any(a.country and a.country not in homes for a in actors if a.start >= at):
        return ()
    return found


def without_attendance(masked: str) -> str:
    """The sentence with its attendance clause blanked ("attended a workshop on X"): what else
    its guests did ("… and signed a memorandum") still links them; sharing a class does not."""
    m = _ATTENDS.search(masked)
    if not m:
        return masked
    end = _ATTENDANCE_END.search(masked, m.end())
    stop = end.start() if end else len(masked)
    return masked[: m.start()] + " " * (stop - m.start()) + masked[stop:]


def about_course(masked: str) -> bool:
    """Whether a sentence opens on the course told of before ("The course was hosted by …")."""
    return bool(_THE_COURSE.match(masked))


def adds_guests(masked: str) -> bool:
    """Whether a sentence adds guests to an activity told of before."""
    return bool(_ADDED_GUESTS.search(masked))


def guests(actors: list[Actor], giver: Actor | None) -> list[Actor]:
    """The actors of a sentence adding guests, less the host named again."""
    return [a for a in actors if a.country and a.country != (giver and giver.country)]


def pays_for_guests(masked: str) -> bool:
    """Whether a sentence pays for the guests of an activity told of before."""
    return bool(_PAID_FOR_GUESTS.search(masked))


def taught_by(masked: str) -> bool:
    """Whether a sentence says who gave the course told of before."""
    return bool(_TAUGHT_BY.search(masked))
