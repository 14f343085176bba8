"""Credits: who wrote, helped, trained on or photographed a piece.

Forms handled (full- or half-width brackets):
  本报讯（记者A、B 通讯员C）      本报讯（记者A 见习记者B）      新华社北京4月10日电（记者A）
  本报记者 A  /  本报通讯员 B  (a feature's byline on its own line, names often letter-spaced)
  本报记者 A 摄  /  A 摄           (photo credit; a name may be broken over two lines)
  （本栏稿件均由本报记者A整理）    (a column's collective credit)
"""

from __future__ import annotations

import re

from .types import CORRESPONDENT, PHOTOGRAPHER, REPORTER, TRAINEE, Credit

# Longest first, so that 见习记者 is not read as 记者.
_ROLE_WORDS: tuple[tuple[str, str], ...] = (
    ("见习记者", TRAINEE),
    ("实习记者", TRAINEE),
    ("实习生", TRAINEE),
    ("特约记者", REPORTER),
    ("摄影记者", PHOTOGRAPHER),
    ("记者", REPORTER),
    ("特约通讯员", CORRESPONDENT),
    ("通讯员", CORRESPONDENT),
)
_ROLE_RE = re.compile("|".join(re.escape(w) for w, _ in _ROLE_WORDS))
_ROLE_OF = dict(_ROLE_WORDS)
_NAME_SPLIT = re.compile(r"[、，,；;/\s]+")
_HAN = re.compile(r"^[\u3400-\u9fff·•]+$")


def _names(chunk: str) -> list[str]:
    """Names in a run such as ``王丽丽、李娜`` or ``刘 洋`` (a letter-spaced single name).

    Chinese names have at least two characters, so a lone character belongs with its neighbour.
    """
    tokens = [t for t in _NAME_SPLIT.split(chunk.strip()) if t]
    tokens = [t.replace("本报", "") if t.startswith("本报") else t for t in tokens]
    tokens = [t for t in tokens if t and _HAN.match(t)]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok) == 1 and i + 1 < len(tokens):
            # 刘 洋 -> 刘洋; 马 晓东 -> 马晓东
            tok += tokens[i + 1]
            i += 1
        elif len(tok) == 1 and out:
            # 周建 华 -> 周建华 (the name broke after its second character)
            out[-1] += tok
            i += 1
            continue
        out.append(tok)
        i += 1
    return out


_REPORTED = re.compile(r"[ \t\u3000]*(?:报道|采写|报道组)$")


def parse_roles(text: str, default_role: str | None = None) -> list[Credit]:
    """Credits in a byline text: role words each followed by one or more names."""
    text = text.strip().strip("（）()")
    text = _REPORTED.sub("", text)  # 本报记者 某某 报道: the verb after the names
    credits: list[Credit] = []
    matches = list(_ROLE_RE.finditer(text))
    if not matches:
        if default_role:
            credits.extend(Credit(default_role, n) for n in _names(text))
        return credits
    head = text[: matches[0].start()]
    if default_role and head.strip() and head.strip() != "本报":
        credits.extend(Credit(default_role, n) for n in _names(head))
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        chunk = text[m.end() : nxt.start() if nxt else len(text)]
        chunk = re.sub(r"本报[ \t\u3000]*$", "", chunk)  # 本报记者 A 本报通讯员 B
        role = default_role if default_role == PHOTOGRAPHER else _ROLE_OF[m.group(0)]
        credits.extend(Credit(role, n) for n in _names(chunk))
    return _dedupe(credits)


def _dedupe(credits: list[Credit]) -> list[Credit]:
    seen: set[tuple[str, str]] = set()
    out = []
    for c in credits:
        if (c.role, c.name) not in seen:
            seen.add((c.role, c.name))
            out.append(c)
    return out


# Photo credit at the end of a line: optional role, names, a space, 摄.
PHOTO_CREDIT = re.compile(
    r"((?:本报)?(?:摄影|特约|见习)?(?:记者|通讯员)[ \t\u3000]*)?"
    r"([\u3400-\u9fff]{1,4}(?:[ \t\u3000]+[\u3400-\u9fff]{1,4}){0,4})[ \t\u3000]+摄[ \t\u3000]*$"
)
# A feature's byline on its own line: 本报记者 刘 洋 / 本报通讯员 孙秀英 / 记者 A B
BYLINE_LINE = re.compile(
    r"^(?:本报(?:特约|见习|实习)?(?:记者|通讯员)[ \t\u3000]*|(?:特约|见习|实习)?(?:记者|通讯员)[ \t\u3000]+)"
    r"[\u3400-\u9fff]"
    # (a Uyghur or Kazakh name holds a dot: 某某·某某)
    r"(?:[ \t\u3000、]*(?:(?:本报)?(?:特约|见习|实习)?(?:记者|通讯员))?[ \t\u3000]*[\u3400-\u9fff·•・])*$"
)
# The first half of a photo credit broken over two lines: 本报记者 翟 / 本报记者 宋崇
CREDIT_HEAD = re.compile(r"^(?:本报)?(?:摄影)?(?:记者|通讯员)[ \t\u3000]*[\u3400-\u9fff]{1,3}$")
CREDIT_TAIL = re.compile(r"^[\u3400-\u9fff]{1,2}[ \t\u3000]+摄$")
COLUMN_CREDIT = re.compile(r"^[（(]([^（）()]{0,20}?(?:记者|通讯员)[^（）()]*?)(?:整理|采写|撰稿|编辑)[）)]$")


# A photo story's credit on its own line: who wrote and photographed it (文/图 某某, 图文 某某), or
# each apart (文/某甲 图/某乙, 文 某甲 图 某乙).
_NAMES = r"[\u3400-\u9fff]{2,4}(?:[ \t\u3000、]+[\u3400-\u9fff]{2,4}){0,3}"
_STAFF = r"(?:本报)?(?:记者|通讯员)?[ \t\u3000]*"  # (文/图 本报记者 某某)
TEXT_PHOTO_CREDIT = re.compile(
    rf"^(?:(?:文[/／]图|图[/／]文)[：:\s]*|图文[：:\s]+){_STAFF}(?P<both>{_NAMES})$"
    rf"|^文[/／：:\s]\s*{_STAFF}(?P<text>{_NAMES})\s+图[/／：:\s]\s*{_STAFF}(?P<photo>{_NAMES})$"
)


def text_photo_credits(text: str) -> list[Credit]:
    """The credits of a 文/图 line: both roles for one name list, or each its own."""
    m = TEXT_PHOTO_CREDIT.match(text.strip().strip("（）()"))
    if m is None:
        return []
    if m.group("both"):
        names = _names(m.group("both"))
        return [Credit(REPORTER, n) for n in names] + [Credit(PHOTOGRAPHER, n) for n in names]
    return [Credit(REPORTER, n) for n in _names(m.group("text"))] + [
        Credit(PHOTOGRAPHER, n) for n in _names(m.group("photo"))
    ]


_WEB_WHO = re.compile(r"作者：([^|｜]{0,40})[|｜]")


def web_source_credits(key: str) -> list[Credit]:
    """Who a digital edition's source line names in its 作者 field (记者 某某 通讯员 某某, or a bare
    name, the piece's writer)."""
    m = _WEB_WHO.search(key)
    return parse_roles(m.group(1), REPORTER) if m and m.group(1).strip() else []


# The end of a role word the column broke off at the start of a credit's line (通|讯员, 记|者).
_ROLE_TAIL = re.compile(r"^(?:讯员|者|影记者)[ \t\u3000]+")


def photo_credits(text: str) -> list[Credit]:
    both = text_photo_credits(text)
    if both:
        return both
    # a credit broken over lines (本报记者 翟 / 鹏程 摄) is read as one line
    text = re.sub(r"\s+", " ", text.strip().strip("（）()"))
    text = _ROLE_TAIL.sub("", text)  # (（通 / 讯员 某某 摄）: the role broken by the column)
    m = PHOTO_CREDIT.search(text)
    if not m:
        return []
    return parse_roles(m.group(2), PHOTOGRAPHER)


def byline_credits(text: str) -> list[Credit]:
    return parse_roles(text)


def column_credits(text: str) -> list[Credit]:
    m = COLUMN_CREDIT.match(text.strip())
    if not m:
        return []
    inner = re.sub(r"^.*?(?=(?:本报)?(?:见习|特约)?(?:记者|通讯员))", "", m.group(1))
    return parse_roles(inner)
