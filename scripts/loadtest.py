"""Load run: N logged-in curators browse and search the admin at once, for a fixed time.

    python3 scripts/loadtest.py --base http://127.0.0.1:8000 --users 20 --duration 60

Standard library only (threads + urllib). Bounded: a fixed number of users, a fixed duration, one
request at a time per user, and only a loopback address is accepted as target. Each user logs in
(curators load01..loadNN made by scripts/make_load_db.py; all logins before the measured time
starts) and then, until time is up, opens a mix of
admin pages: the index, article lists (random pages, filters), article change pages, searches of
articles by headline words and by reporter, people lists and searches, person and mention pages.
`--think` adds a random pause between a user's requests (0 = back to back, the hardest case).

The server runs with production settings (DJANGO_DEBUG=0): requests carry X-Forwarded-Proto: https
as a TLS-terminating proxy would send it, so secure cookies and CSRF checks work as in production.
Prints, per kind of page and overall: requests, errors, mean, p50, p95, p99 and max latency.
Exit status 1 if any request failed or the overall p95 is over --p95-limit (ms).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import socket
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

WORDS = [
    "会议",
    "基层治理",
    "高新区",
    "营商环境",
    "书记",
    "党建",
    "发展",
    "焦作",
    "项目",
    "群众",
    "创新",
    "服务",
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Client:
    """One browser: its own cookies (secure ones too: TLS ends at the imagined proxy)."""

    def __init__(self, base: str, timeout: float) -> None:
        self.base = base.rstrip("/")
        self.cookies: dict[str, str] = {}
        self.timeout = timeout
        self.opener = urllib.request.build_opener(NoRedirect())
        origin = urllib.parse.urlsplit(self.base)
        self.origin = f"https://{origin.netloc}"

    def request(self, path: str, data: dict | None = None) -> tuple[int, bytes]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body)
        req.add_header("X-Forwarded-Proto", "https")
        req.add_header("Accept-Language", "zh-hans")
        if self.cookies:
            req.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if body is not None:
            req.add_header("Origin", self.origin)
            req.add_header("Referer", self.origin + path)
        try:
            resp = self.opener.open(req, timeout=self.timeout)
            status, headers, content = resp.status, resp.headers, resp.read()
        except urllib.error.HTTPError as exc:
            status, headers, content = exc.code, exc.headers, exc.read()
        for header in headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return status, content

    def login(self, username: str, password: str) -> None:
        status, _ = self.request("/admin/login/")
        if status != 200 or "csrftoken" not in self.cookies:
            raise RuntimeError(f"login page: {status}")
        data = {
            "csrfmiddlewaretoken": self.cookies["csrftoken"],
            "username": username,
            "password": password,
            "next": "/admin/",
        }
        status, body = self.request("/admin/login/", data)
        if status != 302:
            raise RuntimeError(f"login of {username} refused ({status}): {body[:200]!r}")


def ids_from(content: bytes, model: str) -> list[int]:
    return [int(i) for i in re.findall(rf"/admin/{model}/(\d+)/change/".encode(), content)]


class User(threading.Thread):
    def __init__(self, n: int, args, results, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.n, self.args, self.results, self.stop = n, args, results, stop
        self.rng = random.Random(n)
        self.client = Client(args.base, args.timeout)
        self.article_ids: list[int] = []
        self.person_ids: list[int] = []
        self.go = threading.Event()

    def hit(self, kind: str, path: str) -> bytes:
        started = time.perf_counter()
        try:
            status, content = self.client.request(path)
        except Exception as exc:  # a timeout, a reset connection: an error like a 500
            status, content = 0, repr(exc).encode()
        ms = (time.perf_counter() - started) * 1000
        ok = status == 200
        self.results.append((kind, ms, ok, status, path))
        return content if ok else b""

    def step(self) -> None:
        r = self.rng
        kinds = ["index", "articles", "article", "search", "reporter", "people", "person", "mentions"]
        weights = [1, 4, 4, 3, 1, 2, 2, 2]
        if self.args.mix == "browse":  # no full-text search of article bodies
            weights = [1, 4, 4, 0, 0, 2, 2, 2]
        choice = r.choices(kinds, weights=weights)[0]
        if choice == "index":
            self.hit("index", "/admin/")
        elif choice == "articles":
            query = r.choice(["", "?kind__exact=news", "?kind__exact=feature", "?o=-6"])
            page = r.randint(1, 100 if query else 1000)  # pages count from 1
            sep = "&" if query else "?"
            content = self.hit("article list", f"/admin/articles/article/{query}{sep}p={page}")
            self.article_ids += ids_from(content, "articles/article")[:10]
        elif choice == "article" and self.article_ids:
            self.hit("article page", f"/admin/articles/article/{r.choice(self.article_ids)}/change/")
        elif choice == "search":
            q = urllib.parse.quote(r.choice(WORDS))
            content = self.hit("article search", f"/admin/articles/article/?q={q}")
            self.article_ids += ids_from(content, "articles/article")[:10]
        elif choice == "reporter":
            q = urllib.parse.quote(r.choice(SURNAMES) + r.choice("伟芳娜敏静丽强磊军"))
            self.hit("article search", f"/admin/articles/article/?q={q}")
        elif choice == "people":
            q = urllib.parse.quote(r.choice(SURNAMES))
            content = self.hit("people search", f"/admin/people/person/?q={q}")
            self.person_ids += ids_from(content, "people/person")[:10]
        elif choice == "person" and self.person_ids:
            self.hit("person page", f"/admin/people/person/{r.choice(self.person_ids)}/change/")
        else:
            status = r.choice(["machine", "confirmed"])
            self.hit("mention list", f"/admin/people/mention/?status__exact={status}&p={r.randint(1, 50)}")
        self.article_ids = self.article_ids[-200:]
        self.person_ids = self.person_ids[-200:]

    def login(self) -> bool:
        try:
            self.client.login(f"{self.args.user_prefix}{self.n:02d}", self.args.password)
        except Exception as exc:
            self.results.append(("login", 0.0, False, 0, repr(exc)))
            return False
        return True

    def run(self) -> None:
        self.go.wait()
        while not self.stop.is_set():
            self.step()
            if self.args.think:
                self.stop.wait(self.rng.uniform(0, 2 * self.args.think))


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * len(values) + 0.5) - 1))]


def check_loopback(base: str) -> None:
    host = urllib.parse.urlsplit(base).hostname or ""
    addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        sys.exit(f"refusing to load {host}: only a server on this machine (127.0.0.1) may be targeted")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between requests, seconds")
    parser.add_argument("--user-prefix", default="load")
    parser.add_argument("--password", default="load-test-pass-2025")
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--p95-limit", type=float, default=500)
    parser.add_argument(
        "--mix", choices=["all", "browse"], default="all", help="browse: everything but article searches"
    )
    parser.add_argument("--json", help="write the figures to this file as well")
    args = parser.parse_args()
    check_loopback(args.base)
    if not 1 <= args.users <= 200 or not 0 < args.duration <= 3600:
        sys.exit("--users must be 1..200 and --duration 1..3600 s")

    results: list[tuple] = []
    stop = threading.Event()
    users = [User(i, args, results, stop) for i in range(1, args.users + 1)]
    # Everyone logs in first, outside the measured time: a login checks a PBKDF2 password hash
    # (about a quarter of a second of CPU by design), and twenty of them at once would measure the hash.
    login_started = time.perf_counter()
    logged_in = [u for u in users if u.login()]
    print(f"{len(logged_in)} of {len(users)} users logged in ({time.perf_counter() - login_started:.1f} s)")
    for u in logged_in:
        u.start()
    started = time.perf_counter()
    for u in logged_in:
        u.go.set()
    time.sleep(args.duration)
    stop.set()
    for u in logged_in:
        u.join(args.timeout + 5)
    elapsed = time.perf_counter() - started

    by_kind: dict[str, list[tuple]] = defaultdict(list)
    for row in results:
        by_kind[row[0]].append(row)
    lines = [f"{'page':<16}{'requests':>9}{'errors':>7}{'mean':>8}{'p50':>8}{'p95':>8}{'p99':>8}{'max':>8}"]
    report = {
        "users": args.users,
        "duration_s": round(elapsed, 1),
        "think_s": args.think,
        "mix": args.mix,
        "kinds": {},
    }

    def line(name: str, rows: list[tuple]) -> None:
        ms = [r[1] for r in rows if r[2]] or [0.0]
        errors = sum(1 for r in rows if not r[2])
        figures = {
            "requests": len(rows),
            "errors": errors,
            "mean_ms": round(statistics.fmean(ms), 1),
            "p50_ms": round(percentile(ms, 50), 1),
            "p95_ms": round(percentile(ms, 95), 1),
            "p99_ms": round(percentile(ms, 99), 1),
            "max_ms": round(max(ms), 1),
        }
        report["kinds"][name] = figures
        lines.append(
            f"{name:<16}{len(rows):>9}{errors:>7}"
            + "".join(f"{figures[k]:>8.0f}" for k in ("mean_ms", "p50_ms", "p95_ms", "p99_ms", "max_ms"))
        )

    for kind in sorted(by_kind):
        line(kind, by_kind[kind])
    line("all", results)
    total = report["kinds"]["all"]
    lines.append(f"{total['requests'] / elapsed:.1f} requests/s over {elapsed:.0f} s, {args.users} users")
    print("\n".join(lines))
    failures = [r for r in results if not r[2]]
    for kind, _, _, status, path in failures[:10]:
        print(f"error: {kind} {status} {path[:200]}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)
    return 1 if failures or total["p95_ms"] > args.p95_limit else 0


if __name__ == "__main__":
    sys.exit(main())
