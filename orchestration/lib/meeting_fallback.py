"""Meeting candidates without a dependency parser.

Without a dependency parser (``spacy.blank`` + sentencizer) a small surface pattern
"<Capitalised name> met (with)/held talks with/visited/hosted <Capitalised name>" is used, with low
confidence.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from orchestration.lib.meeting_context import MeetingCandidate, MeetingParticipant, fold, sentences
from orchestration.lib.meeting_dates import date_parts, find_date_expressions, resolve_relative_date

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.-]*)*"
_SURFACE = re.compile(
    rf"(?P<a>{_NAME})[ \t]+(?P<mod>will[ \t]+|would[ \t]+)?"
    r"(?P<v>met[ \t]+with|met|meets[ \t]+with|meets|meet[ \t]+with|meet|held[ \t]+talks[ \t]+with"
    r"|holds[ \t]+talks[ \t]+with|hold[ \t]+talks[ \t]+with|visited|visits|visit|hosted|hosts"
    r"|host|received|receives)"
    rf"[ \t]+(?P<b>{_NAME})"
)


def surface_fallback(doc: Doc, published_date: date | None) -> list[MeetingCandidate]:
    text = doc.text
    sents = sentences(doc)
    bounds = [(s.start_char, s.end_char) for s in sents] or [(0, len(text))]
    out: list[MeetingCandidate] = []
    for si, (lo, hi) in enumerate(bounds):
        for m in _SURFACE.finditer(text, lo, hi):
            a, b = m.group("a").strip(), m.group("b").strip()
            if not a or not b or fold(a) == fold(b):
                continue
            verb = m.group("v").split()[0].lower()
            kind = (
                "visit"
                if verb.startswith("visit")
                else ("host" if verb.startswith(("host", "receiv")) else "meet")
            )
            roles = {"visit": ("visitor", "host"), "host": ("host", "visitor")}.get(
                kind, ("subject", "object")
            )
            status = "planned" if m.group("mod") else "held"
            dates = [(s, e) for s, e in find_date_expressions(text[lo:hi])]
            d = (lo + dates[0][0], lo + dates[0][1]) if dates else None
            date_text = text[d[0] : d[1]] if d else None
            resolved, precision = (
                resolve_relative_date(date_text, published_date, future=status == "planned")
                if date_text
                else (None, "unknown")
            )
            parts = (
                MeetingParticipant(
                    a, m.start("a"), m.start("a") + len(a), None, roles[0], "direct", 0.4
                ),
                MeetingParticipant(
                    b, m.start("b"), m.start("b") + len(b), None, roles[1], "direct", 0.4
                ),
            )
            ev_lo, ev_hi = lo, hi
            while ev_hi > ev_lo and text[ev_hi - 1].isspace():
                ev_hi -= 1
            out.append(
                MeetingCandidate(
                    candidate_index=len(out),
                    sentence_index=si,
                    evidence_start=ev_lo,
                    evidence_end=ev_hi,
                    trigger_text=m.group("v"),
                    trigger_start=m.start("v"),
                    trigger_end=m.end("v"),
                    status=status,
                    mode="in_person",
                    date_text=date_text,
                    date_start=d[0] if d else None,
                    date_end=d[1] if d else None,
                    meeting_date=resolved if precision == "day" else None,
                    date_precision=precision,
                    place_text=None,
                    place_start=None,
                    place_end=None,
                    participants=parts,
                    rule="surface_pattern",
                    confidence=0.3,
                    date_month=date_parts(date_text)[0],
                    date_day=date_parts(date_text)[1],
                    date_weekday=date_parts(date_text)[2],
                )
            )
    return out
