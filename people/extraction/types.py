"""Frozen results of entity extraction. Pure Python: no Django import in this package.

Offsets are character offsets into the string handed to the extractor; a place an agency's lead names
(新华社北京…电, articles.analysis.with_filing_place) is outside it and has the span (0, 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jzarchive.pickling import by_fields

PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"
EVENT = "event"
ENTITY_TYPES = (PERSON, ORGANISATION, PLACE, EVENT)

# Participant roles in events.
ROLES = ("主持", "出席", "讲话", "参加", "陪同", "致辞", "主讲", "其他")


@by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    type: str  # PERSON, ORGANISATION or PLACE
    text: str  # the name, normalised (line breaks and stray spaces removed)
    start: int
    end: int
    titles: tuple[str, ...] = ()  # persons: posts as printed, without the name
    organisation: str | None = None  # persons: the body the (first) title belongs to
    method: str = "rule"  # what found it: rule, jieba, gazetteer, lexicon, list ...
    confidence: float = 0.5
    # organisations: the body it belongs to where the name shows it; places: the larger place
    # printed right before it (某县|某镇)
    parent: str | None = None


@by_fields
@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    role: str  # one of ROLES


@by_fields
@dataclass(frozen=True, slots=True)
class EventMention:
    name: str
    # meeting conference forum summit ceremony competition inspection visit signing campaign exhibition other
    type: str
    start: int
    end: int
    date: str | None = None  # as written
    location: str | None = None
    participants: tuple[Participant, ...] = ()
    method: str = "rule"
    confidence: float = 0.5


@by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    mentions: tuple[Mention, ...] = ()
    events: tuple[EventMention, ...] = ()
    # People the text credits (记者某某, 某某摄): persons, kept apart from the mentions because the
    # archive stores a piece's reporters and photographers as its credits (from its by-line)
    credits: tuple[Mention, ...] = ()

    def of_type(self, type_: str) -> list[Mention]:
        return [m for m in self.mentions if m.type == type_]


@dataclass(frozen=True)
class Lexicon:
    """What curators taught the extractor (built from the database by the service layer).

    known_* are names confirmed by curators (fed to jieba as user words, always proposed);
    rejected_* are surfaces a curator rejected for that type, never proposed again;
    aliases maps an alias surface to its canonical name.
    """

    known_persons: frozenset[str] = frozenset()
    known_organisations: frozenset[str] = frozenset()
    known_places: frozenset[str] = frozenset()
    rejected: frozenset[tuple[str, str]] = frozenset()  # (type, surface)
    aliases: dict[str, str] = field(default_factory=dict)

    def is_rejected(self, type_: str, surface: str) -> bool:
        return (type_, surface) in self.rejected
