#!/usr/bin/env python3
"""Score page metadata (headline, byline, publisher, date, dek) against Mozilla Readability's
expected metadata.

Data: a folder with html/<id>.html.gz and metadata.json ({id: {"title", "byline", "excerpt",
"siteName", "publishedTime", "lang", "readerable"}}), such as ../shared/data/readability-dev.
Only articles are scored (pages with "readerable": false are not).

The pages are split once, by id: sort the ids; every fourth one (index 3, 7, 11, ... of the
sorted list) is the UNTOUCHED part, which no rule was written from; the rest is the TUNED part.
The two are always reported apart. Per-page differences (--pages) are shown for the tuned part
only.

What counts as right (fixed before any figure was measured):
- text fields (title, byline, publisher): equal after Unicode NFKC, case folding and collapsing
  runs of white space; an expected null or empty value is matched only by a null or empty one.
- published: both absent, or both parse as ISO-8601 and give the same instant; when either has
  no time of day, the same calendar date.
- dek against readability's excerpt: reported only, as exact matches (same normalisation) and as
  the mean word-level F1 (0 when one side is empty and the other is not, 1 when both are).

Usage: score_metadata.py DATA_DIR [--part tuned|untouched|all] [--pages] -- COMMAND [ARGS...]
       (the .html paths are appended to COMMAND, e.g. ./quotedesk analyze --jsonl)
"""
import datetime
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

FIELDS = ("title", "byline", "publisher", "published")
EXPECTED = {"title": "title", "byline": "byline", "publisher": "siteName",
            "published": "publishedTime", "dek": "excerpt"}
WORD = re.compile(r"\w+", re.UNICODE)


def split(ids):
    ordered = sorted(ids)
    untouched = set(ordered[3::4])
    return [i for i in ordered if i not in untouched], [i for i in ordered if i in untouched]


def norm(value):
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFKC", str(value)).casefold().split())


def parse_time(value):
    """(datetime, has_time) or None."""
    text = norm(value).upper().replace("Z", "+00:00")
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.datetime.fromisoformat(text), False
        parsed = datetime.datetime.fromisoformat(text.replace(" ", "T", 1))
        return parsed, True
    except ValueError:
        return None


def same_time(expected, got):
    if not norm(expected) and not norm(got):
        return True
    a, b = parse_time(expected), parse_time(got)
    if a is None or b is None:
        return norm(expected) == norm(got) and bool(norm(got))
    (ta, a_has_time), (tb, b_has_time) = a, b
    if a_has_time and b_has_time:
        if (ta.tzinfo is None) != (tb.tzinfo is None):
            ta, tb = ta.replace(tzinfo=None), tb.replace(tzinfo=None)
        return ta == tb
    return ta.date() == tb.date()


def word_f1(expected, got):
    a, b = WORD.findall(norm(expected)), WORD.findall(norm(got))
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    common = 0
    pool = {}
    for w in a:
        pool[w] = pool.get(w, 0) + 1
    for w in b:
        if pool.get(w, 0) > 0:
            pool[w] -= 1
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def ours(result):
    article = result.get("article") or {}
    return {"title": article.get("title"), "byline": article.get("byline"),
            "publisher": article.get("publisher"), "published": article.get("published"),
            "dek": result.get("dek")}


def right(field, expected, got):
    if field == "published":
        return same_time(expected, got)
    return norm(expected) == norm(got)


def run(data, ids, cmd):
    tmp = tempfile.mkdtemp(prefix="metadata-eval-")
    paths = {}
    for pid in ids:
        path = os.path.join(tmp, pid + ".html")
        with open(path, "wb") as out:
            out.write(gzip.open(os.path.join(data, "html", pid + ".html.gz")).read())
        paths[path] = pid
    proc = subprocess.run(cmd + list(paths), capture_output=True, text=True)
    results = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            obj = json.loads(line)
            if obj.get("input") in paths:
                results[paths[obj["input"]]] = obj
    return results


def report(name, ids, truth, results, show):
    n = len(ids)
    counts = {f: 0 for f in FIELDS}
    dek_exact, dek_f1, errors = 0, 0.0, 0
    for pid in ids:
        result = results.get(pid, {})
        if "error" in result or not result:
            errors += 1
        got = ours(result)
        expected = truth[pid]
        for field in FIELDS:
            ok = right(field, expected.get(EXPECTED[field]), got[field])
            counts[field] += ok
            if show and not ok:
                print(f"  {pid} {field}: expected {expected.get(EXPECTED[field])!r} got {got[field]!r}")
        dek_exact += norm(expected.get("excerpt")) == norm(got["dek"])
        dek_f1 += word_f1(expected.get("excerpt"), got["dek"])
    figures = " ".join(f"{f}={counts[f] / n:.3f}" for f in FIELDS)
    print(f"{name} ({n} articles, {errors} errors): {figures} "
          f"dek_exact={dek_exact / n:.3f} dek_f1={dek_f1 / n:.3f}")


def main():
    args = sys.argv[1:]
    if "--" not in args:
        print(__doc__)
        sys.exit(2)
    cmd = args[args.index("--") + 1:]
    opts = args[:args.index("--")]
    data = opts[0]
    part = opts[opts.index("--part") + 1] if "--part" in opts else "tuned"
    show = "--pages" in opts
    metadata = json.load(open(os.path.join(data, "metadata.json"), encoding="utf-8"))
    tuned, untouched = split(metadata)
    tuned = [i for i in tuned if metadata[i].get("readerable") is not False]
    untouched = [i for i in untouched if metadata[i].get("readerable") is not False]
    parts = {"tuned": [("tuned", tuned)], "untouched": [("untouched", untouched)],
             "all": [("tuned", tuned), ("untouched", untouched)]}[part]
    for name, ids in parts:
        results = run(data, ids, cmd)
        report(name, ids, metadata, results, show and name == "tuned")


if __name__ == "__main__":
    main()
