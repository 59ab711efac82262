#!/usr/bin/env python3
"""List and bucket the quote-finding errors of `analyze --jsonl` against a PolNeAR-style gold file,
matched exactly as ../shared/eval/score_quotes.py matches them.

Usage:
  score_quotes.py GOLD.jsonl --save PRED.jsonl -- ./quotedesk analyze --jsonl   (makes PRED)
  quote_errors.py GOLD.jsonl PRED.jsonl            bucket counts only (safe on a check part)
  quote_errors.py GOLD.jsonl PRED.jsonl --list     every false positive and miss, with context
                                                   (only on articles you may read)

A false positive is a found quote that the scorer matches to no gold quote; a miss is a gold
direct or mixed quote that the found quotes cover less than half of. The buckets are rough,
decided from the text alone: headline quotes (the gold files every headline attribution as
indirect), gold spans that leave out their opening mark (the scorer reads them inside out), quoted
terms and titles, speech the gold leaves unannotated, and misses by kind.
"""
import json, os, re, sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/eval"))
import score_quotes as S  # noqa: E402

SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
         "is", "de"}


def n_words(s):
    return len(re.findall(r"[\w'’-]+", s))


def title_cased(s):
    ws = re.findall(r"[\w'’-]+", s)
    return bool(ws) and all(w[0].isupper() or w[0].isdigit() or w.lower() in SMALL for w in ws)


def file_name(article_id):
    return re.sub(r"[^A-Za-z0-9_.-]", "_", article_id)[:120] + ".txt"


def errors(gold, pred):
    """(kind, article, start, end, found quote or gold spans) for every error of one article."""
    text = gold["text"]
    golds = [g for g in gold["quotes"] if g.get("quote_type") in ("direct", "mixed")]
    sets = [S.content_chars(text, g["content_spans"]) if g.get("content_only")
            else S.quoted_chars(text, g["content_spans"]) for g in golds]
    keep = [(g, s) for g, s in zip(golds, sets) if len(s) >= 2]
    located, cursor = [], 0
    for q in pred.get("quotes", []):
        s = S.locate(text, q, cursor)
        if s:
            cursor = min(s)
        located.append((q, s))
    union = set().union(*[s for _, s in keep]) if keep else set()
    for q, s in located:
        if not (s and len(s & union) >= 0.5 * len(s)):
            yield "FP", q, None
    for g, gs in keep:
        cover = set()
        for _, s in located:
            cover |= s & gs
        if len(cover) < 0.5 * len(gs):
            yield "FN", g, len(cover)


def bucket(kind, item, covered, gold):
    text = gold["text"]
    if kind == "FP":
        if item.get("headline"):
            return "FP headline quote (gold: headline attributions are indirect)"
        spans = [g for g in gold["quotes"] if g["quote_type"] in ("direct", "mixed")
                 and any(a < item["end"] and item["start"] < b for a, b in g["content_spans"])]
        if spans:
            return "FP artefact: the gold span leaves out its opening mark"
        words = n_words(item["text"])
        if words >= 5 and not item.get("partial"):
            return "FP whole sentences of speech the gold leaves unannotated"
        if title_cased(item["text"].rstrip(".,!?")):
            return "FP title, name or slogan in marks"
        return "FP quoted term (scare quote)" if words <= 4 else "FP partial quote the gold leaves out"
    start = min(a for a, _ in item["content_spans"])
    end = max(b for _, b in item["content_spans"])
    if covered:
        return "FN partly found (multi-paragraph passage or boundary)"
    if len(re.findall(r'[“”"]', text[start:end])) % 2:
        return "FN marks that do not pair"
    inner = re.findall(r'[“"]([^”"]*)[”"]', text[start:end])
    if inner and title_cased(inner[0].rstrip(".,!?")):
        return "FN title or name the gold counts as a quote"
    if inner and n_words(inner[0]) <= 4:
        return "FN quoted term the gold counts as a quote"
    return "FN other"


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        sys.exit(2)
    golds = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
    preds = {}
    for line in open(args[1], encoding="utf-8"):
        if line.startswith("{"):
            o = json.loads(line)
            preds[os.path.basename(o["input"])] = o
    counts = Counter()
    for gold in golds:
        for kind, item, covered in errors(gold, preds.get(file_name(gold["article_id"]), {})):
            name = bucket(kind, item, covered, gold)
            counts[name] += 1
            if "--list" in args:
                text = gold["text"]
                start = item.get("start", min(a for a, _ in item.get("content_spans", [[0, 0]])))
                end = item.get("end", max(b for _, b in item.get("content_spans", [[0, 0]])))
                context = text[max(0, start - 120):end + 80].replace("\n", " ¶ ")
                print(f"{name} | {gold['article_id']} {start}-{end}\n    {context}\n")
    for name, n in sorted(counts.items()):
        print(f"{n:5d}  {name}")


if __name__ == "__main__":
    main()
