"""Chinese full-text search over headlines and bodies.

Index: every article keeps `search_text`, the jieba words (`cut_for_search`, so a long word also
gives its dictionary sub-words) of its kicker, headline, sub-title and body, followed by the names
of its bylines and of the entities it names (the surfaces of its mentions that are not rejected).
The names matter: jieba may cut a name in running text differently from the name typed alone
(山水林田湖草 gives 山水 / 林田 / 湖草, never 林田湖), and an entity the extractor found should be
found by its name.

PostgreSQL: a generated column `search_vector = to_tsvector('simple', search_text)` with a GIN
index (migration 0004). A query is segmented the same way; each term of the query (split on
spaces) matches an article whose vector holds all its words, or the whole term as one word; the
term must then also appear as typed in the text (or as a byline / entity name), so 李民生 does not
find an article about 民生 that merely names a 李. The newest RANK_CANDIDATES (1,000) matches are
ranked by ts_rank, then newest first: a word found in a tenth of the archive is answered without
reading and scoring every match (older matches: a narrower query).

SQLite: the same matching by substring (instr) over the text; the newest RANK_CANDIDATES matches
ranked in Python by occurrences (headline weighs more), with the same snippets.

Kept current on import (`index_page`: one UPDATE for the dates, one for the words, per page) and
on every Article.save() (the admin).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

import jieba
from django.db import connection

from people.extraction.fastpos import cut_for_search

jieba.setLogLevel(logging.WARNING)

SPACE = re.compile(r"\s+")
WORD = re.compile(r"\w", re.UNICODE)
MAX_TERMS = 8
MAX_TERM_CHARS = 50
# Only the newest matches are ranked: a word found in 100,000 articles would otherwise have every
# one of them read and scored to show the best 50. Older matches are found by a narrower query.
RANK_CANDIDATES = 1000
WINDOW_DAYS = 366  # the first period searched back from the newest article; each next one is twice as long


def segment(text: str) -> list[str]:
    """jieba search-mode words (jieba.cut_for_search, accelerated and identical: see
    tests/extraction/test_fastpos.py), punctuation and spaces dropped: the words holding a word
    character (WORD). A word of word characters only (str.isalnum: every word of Chinese
    characters) holds one; only the others need the pattern (a regular expression for each of an
    article's ~400 words was a tenth of the reader's search-word time)."""
    return [w for w in cut_for_search(text) if w.isalnum() or WORD.search(w)]


def derived_text(kicker: str, headline: str, subheadline: str, body: str) -> str:
    return "\n".join(p for p in (kicker, headline, subheadline, body) if p)


def search_text_for(text: str, names: Iterable[str]) -> str:
    return with_names(" ".join(segment(text)), names)


def with_names(words: str, names: Iterable[str]) -> str:
    """An article's search text: its words (space-separated) and the names it carries whole
    (bylines, mentions), so that a name is found as one word."""
    extra = sorted({SPACE.sub("", n) for n in names if n and n.strip()})
    return " ".join([words, *extra]) if words else " ".join(extra)


def month_of(day) -> str | None:
    return day.isoformat()[:7] if day else None


def fill_derived(article) -> None:
    """Report date / month and search words of one article (before it is saved)."""
    edition_date = None
    if article.page_id:
        from articles.models import Page

        edition_date = Page.objects.filter(pk=article.page_id).values_list("edition__date", flat=True).first()
    article.report_date = article.date or edition_date
    article.report_month = month_of(article.report_date)
    names: list[str] = []
    if article.pk:
        names = [
            *article.credits.values_list("name", flat=True),
            *_mention_names([article.pk]).get(article.pk, []),
        ]
    article.search_text = search_text_for(
        derived_text(article.kicker, article.headline, article.subheadline, article.body), names
    )


def _mention_names(article_ids: list[int]) -> dict[int, list[str]]:
    from people.models import STATUS_REJECTED, Mention

    out: dict[int, list[str]] = {}
    rows = (
        Mention.objects.filter(article_id__in=article_ids)
        .exclude(status=STATUS_REJECTED)
        .values_list("article_id", "surface")
    )
    for article_id, surface in rows:
        out.setdefault(article_id, []).append(surface)
    return out


def refresh_report_dates(page_ids: Iterable[int]) -> None:
    """report_date = the article's own date, else its edition's; report_month its 'YYYY-MM'.

    One UPDATE (two on SQLite) for the articles of these pages.
    """
    ids = [int(i) for i in page_ids]
    if not ids:
        return
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "UPDATE articles_article a SET report_date = COALESCE(a.date, e.date),"
                " report_month = to_char(COALESCE(a.date, e.date), 'YYYY-MM')"
                " FROM articles_page p LEFT JOIN articles_edition e ON e.id = p.edition_id"
                f" WHERE p.id = a.page_id AND a.page_id IN ({marks})",
                ids,
            )
        else:
            cursor.execute(
                "UPDATE articles_article SET report_date = COALESCE(date, (SELECT e.date FROM articles_page p"
                " JOIN articles_edition e ON e.id = p.edition_id WHERE p.id = articles_article.page_id))"
                f" WHERE page_id IN ({marks})",
                ids,
            )
            cursor.execute(
                "UPDATE articles_article SET report_month = substr(report_date, 1, 7)"
                f" WHERE page_id IN ({marks})",
                ids,
            )


def index_articles(article_ids: list[int]) -> None:
    """Search words of these articles, in one UPDATE (bulk_update: CASE WHEN id = ...)."""
    from articles.models import Article, Credit

    if not article_ids:
        return
    names = _mention_names(article_ids)
    for article_id, name in Credit.objects.filter(article_id__in=article_ids).values_list(
        "article_id", "name"
    ):
        names.setdefault(article_id, []).append(name)
    articles = list(
        Article.objects.filter(pk__in=article_ids).only("pk", "kicker", "headline", "subheadline", "body")
    )
    for a in articles:
        a.search_text = search_text_for(
            derived_text(a.kicker, a.headline, a.subheadline, a.body), names.get(a.pk, [])
        )
    Article.objects.bulk_update(articles, ["search_text"], batch_size=500)


def index_page(page) -> None:
    """Called by the importer once a page's articles, credits and mentions are written."""
    refresh_report_dates([page.pk])
    index_articles(list(page.articles.values_list("pk", flat=True)))


# --- querying ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    article_id: int
    date: object
    headline: str
    snippet: str  # plain text, matches in 【】
    snippet_html: str  # escaped, matches in <mark>
    rank: float


def terms_of(query: str) -> list[str]:
    terms = [t[:MAX_TERM_CHARS] for t in SPACE.split(query.strip()) if WORD.search(t)]
    return terms[:MAX_TERMS]


def _tsquery_parts(terms: list[str]) -> tuple[str, list[str]]:
    """A tsquery built from bound strings only: per term, (all its words) OR (the whole term)."""
    sql, params = [], []
    for term in terms:
        words = " ".join(segment(term)) or term
        sql.append("(plainto_tsquery('simple', %s) || plainto_tsquery('simple', %s))")
        params += [words, term]
    return " && ".join(sql), params


def _match_sql(terms: list[str]) -> tuple[str, list]:
    """PostgreSQL: SELECT (id, rank, date) of the matching articles, to be narrowed to a period."""
    tsq, params = _tsquery_parts(terms)
    exact = []
    for term in terms:
        # as typed in the text, or as a whole word of the index (a byline, an entity name)
        # (the whole-word test first: it settles names without reading the body)
        exact.append(
            "(a.search_vector @@ plainto_tsquery('simple', %s)"
            " OR strpos(a.kicker || a.headline || a.subheadline || a.body, %s) > 0)"
        )
        params += [term, term]
    sql = (
        "SELECT a.id, ts_rank(a.search_vector, q.q) AS rank, a.report_date"
        f" FROM articles_article a, (SELECT {tsq} AS q) AS q"
        f" WHERE a.search_vector @@ q.q AND {' AND '.join(exact)}"
    )
    return sql, params


def window_sql(query: str, start, end, candidates: int = RANK_CANDIDATES) -> tuple[str, list]:
    """PostgreSQL: the newest matches dated in [start, end) (start None: the undated ones)."""
    sql, params = _match_sql(terms_of(query))
    if start is None:
        return sql + " AND a.report_date IS NULL ORDER BY a.id DESC LIMIT %s", [*params, int(candidates)]
    return (
        sql
        + " AND a.report_date >= %s AND a.report_date < %s ORDER BY a.report_date DESC, a.id DESC LIMIT %s",
        [*params, start, end, int(candidates)],
    )


def _newest_matches_pg(query: str, candidates: int) -> list[tuple[int, float, object]]:
    """The newest `candidates` matches, a period at a time going back: a year, then two, four ...
    A common word fills them from the last year or two, where the GIN index and the report_date
    index together leave only those few articles to read; a rare word needs a few quick queries."""
    found: list[tuple[int, float, object]] = []
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(report_date), max(report_date) FROM articles_article")
        oldest, newest = cursor.fetchone()
        if newest is not None:
            end, days = newest + dt.timedelta(days=1), WINDOW_DAYS
            while len(found) < candidates and end > oldest:
                start = max(end - dt.timedelta(days=days), oldest)
                cursor.execute(*window_sql(query, start, end, candidates - len(found)))
                found += cursor.fetchall()
                end, days = start, days * 2
        if len(found) < candidates:
            cursor.execute(*window_sql(query, None, None, candidates - len(found)))
            found += cursor.fetchall()
    return found


def search_ids(query: str, limit: int = 50, candidates: int = RANK_CANDIDATES) -> list[tuple[int, float]]:
    """(article id, rank) of the best matches among the newest `candidates`, best first."""
    terms = terms_of(query)
    if not terms:
        return []
    if connection.vendor == "postgresql":
        found = _newest_matches_pg(query, candidates)
        # ranked: ts_rank, then newest first (undated last), then the larger id
        found.sort(key=lambda r: (r[1], r[2] is not None, r[2] or dt.date.min, r[0]), reverse=True)
        return [(pk, float(rank)) for pk, rank, _ in found[:limit]]
    # SQLite: substring match, ranked in Python
    where = " AND ".join(
        "(instr(kicker || headline || subheadline || body, %s) > 0 OR instr(search_text, %s) > 0)"
        for _ in terms
    )
    params = [p for t in terms for p in (t, t)]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, headline, kicker || subheadline || body, report_date"
            f" FROM articles_article WHERE {where}",
            params,
        )
        rows = cursor.fetchall()
    # as on PostgreSQL, only the newest `candidates` matches are ranked
    rows.sort(key=lambda r: (r[3] is not None, str(r[3] or ""), r[0]), reverse=True)
    scored = []
    for pk, headline, rest, day in rows[:candidates]:
        score = sum(3 * headline.count(t) + rest.count(t) for t in terms) or 1
        scored.append((score / (1 + len(rest) / 1000), str(day or ""), pk))
    scored.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)
    return [(pk, float(score)) for score, _, pk in scored[:limit]]


def snippet(text: str, terms: list[str], width: int = 40) -> tuple[str, str]:
    """Plain and HTML snippets around the first match, every match highlighted."""
    flat = SPACE.sub(" ", text).strip()
    positions = [flat.find(t) for t in terms if flat.find(t) >= 0]
    first = min(positions) if positions else 0
    left = max(0, first - width)
    piece = flat[left : first + 3 * width]
    prefix = "…" if left > 0 else ""
    suffix = "…" if first + 3 * width < len(flat) else ""
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    plain, marked, pos = [], [], 0
    for m in pattern.finditer(piece):
        plain += [piece[pos : m.start()], "【", m.group(), "】"]
        marked += [html.escape(piece[pos : m.start()]), "<mark>", html.escape(m.group()), "</mark>"]
        pos = m.end()
    plain.append(piece[pos:])
    marked.append(html.escape(piece[pos:]))
    return prefix + "".join(plain) + suffix, prefix + "".join(marked) + suffix


def search(query: str, limit: int = 50) -> list[Hit]:
    from articles.models import Article

    found = search_ids(query, limit)
    terms = terms_of(query)
    articles = Article.objects.in_bulk([pk for pk, _ in found])
    hits = []
    for pk, rank in found:
        a = articles[pk]
        plain, marked = snippet(a.text, terms)
        hits.append(Hit(pk, a.report_date, a.headline, plain, marked, rank))
    return hits
