#!/usr/bin/env python3
"""Scores `corroborate analyze --json` against a gold.json in the seeds' schema.

The seeds' gold.json (../shared/corpus/seeds) names what an analysis of a pile
of articles must get right: stories, claims with their origins, entity merges,
signals, bylines, contributors, boilerplate lines, photo dates, paragraph
languages, spun articles, encoding damage and places. tests/e2e/seed_gold_test.cc
checks the seeds exactly; this tool scores any set written in that schema
(tests/data/newsroom_*), prints one line per field and, with --verbose, every
miss, so a new set shows where the analysis falls short.

  corroborate analyze --no-db --json DIR > out.json
  python3 tools/gold_score.py DIR/gold.json out.json [--verbose]

Article ids in gold are the file stems' leading number ("000"); the analysis
names files by their whole stem, so both are reduced to the part before "_".
Entity merges are scored on the stories' entities (names one story entity
holds together); `entities_bench --set DIR` scores the name matcher alone.
"""
import argparse
import itertools
import json
import re
import sys

STOP = {"the", "a", "an", "to", "in", "on", "of", "and", "that", "let", "are",
        "is", "was", "were", "has", "have", "had", "by", "for", "with", "its",
        "it", "be", "as", "at", "from", "will"}


def short_id(article_id):
    return article_id.split("_")[0]


def fold(text):
    return re.sub(r"\s+", " ", text.casefold()).strip()


def content_words(text):
    """Words of a claim, cut to 5 letters: a crude stem, enough to compare."""
    words = re.findall(r"\w+", text.casefold())
    return {w[:5] for w in words if w not in STOP}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Report:
    def __init__(self, verbose):
        self.verbose = verbose
        self.lines = []

    def field(self, name, text):
        print(f"{name:18s} {text}")

    def miss(self, text):
        if self.verbose:
            print(f"    {text}")


def score_stories(gold, analysis, report):
    def pairs(groups):
        out = set()
        for g in groups:
            out.update(itertools.combinations(sorted(g), 2))
        return out

    want = [[short_id(a) for a in s] for s in gold["stories"]]
    got = [[short_id(a) for a in s["articles"]] for s in analysis["stories"]]
    wp, gp = pairs(want), pairs(got)
    p, r, f = prf(len(wp & gp), len(gp - wp), len(wp - gp))
    exact = len({tuple(sorted(s)) for s in want} &
                {tuple(sorted(s)) for s in got})
    report.field("stories", f"{exact}/{len(want)} exact  pairwise P {p:.3f} "
                 f"R {r:.3f} F1 {f:.3f}")
    for s in got:
        if tuple(sorted(s)) not in {tuple(sorted(w)) for w in want}:
            report.miss(f"made story {sorted(s)}")


def all_claims(analysis):
    for story in analysis["stories"]:
        for claim in story["claims"]:
            yield claim


def claim_key(gold_claim, claim):
    """How well `claim` stands for the gold claim: shared words, then
    article fit (both 0..1), the words first once 40% are shared."""
    want_words = content_words(gold_claim["text"])
    want_articles = set(gold_claim["articles"])
    texts = [claim["text"]] + [a["text"] for a in claim["attributions"]]
    overlap = max(len(want_words & content_words(t)) / len(want_words)
                  for t in texts)
    articles = {short_id(a) for a in claim["articles"]}
    fit = len(articles & want_articles) / len(articles | want_articles)
    return (overlap >= 0.4) + fit, overlap


def match_claims(gold, analysis):
    """Gold claim id -> (claim, key): the pairs of best key first, each
    claim used once (a greedy assignment, so one gold claim cannot take
    the claim that fits another better)."""
    pairs = []
    for g in gold["claims"]:
        for claim in all_claims(analysis):
            pairs.append((claim_key(g, claim), g["id"], claim["id"], claim))
    pairs.sort(key=lambda p: p[0], reverse=True)
    matched, used = {}, set()
    for key, gold_id, claim_id, claim in pairs:
        if gold_id in matched or claim_id in used:
            continue
        matched[gold_id] = (claim, key)
        used.add(claim_id)
    return matched


def origin_words(origin):
    return {w for w in re.findall(r"\w+", (origin["source"] + " " +
                                         origin["via"]).casefold())
            if len(w) >= 3 and w not in ("the", "and")}


def score_claims(gold, analysis, report):
    found = articles_ok = origins_ok = named_ok = 0
    matched = match_claims(gold, analysis)
    for g in gold["claims"]:
        claim, key = matched.get(g["id"], (None, (0, 0)))
        if claim is None or key[1] < 0.4:
            report.miss(f"{g['id']} no claim shares 40% of '{g['text']}'")
            continue
        found += 1
        articles = sorted({short_id(a) for a in claim["articles"]})
        want = sorted(g["articles"])
        if articles == want:
            articles_ok += 1
        else:
            report.miss(f"{g['id']} articles {articles} want {want}: "
                        f"{claim['text'][:90]}")
        n = claim["independent_origins"]
        roots = "; ".join(f"{o['source']}|{o['via']}" for o in claim["origins"])
        if "independent_origins" in g:
            ok = n == g["independent_origins"]
            want_n = f"{g['independent_origins']}"
        elif "independent_origins_min" in g:
            ok = n >= g["independent_origins_min"]
            want_n = f">={g['independent_origins_min']}"
        else:
            ok, want_n = True, "any"
        origins_ok += ok
        if not ok:
            report.miss(f"{g['id']} origins {n} want {want_n} [{roots}]: "
                        f"{claim['text'][:90]}")
        if "origin" in g:
            want_words = {w for w in re.findall(r"\w+",
                                                g["origin"]["source"].casefold())
                          if len(w) >= 3 and w != "the"}
            hit = any(want_words & origin_words(o) for o in claim["origins"])
            anonymous = any(o["anonymous"] for o in claim["origins"])
            if hit and anonymous == g["origin"].get("anonymous", anonymous):
                named_ok += 1
            else:
                report.miss(f"{g['id']} origin want {g['origin']} got [{roots}]")
        else:
            named_ok += 1
    total = len(gold["claims"])
    report.field("claims", f"{found}/{total} found  articles {articles_ok}/"
                 f"{total}  origin count {origins_ok}/{total}  origin source "
                 f"{named_ok}/{total}")


def entity_name(text):
    """A name as entities are listed: no leading "the" or abbreviated title
    ("the Courier" -> "courier", "Dr. Ana Cruz" -> "ana cruz")."""
    name = fold(text)
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"^(?:dr|mr|mrs|ms|prof|gov|gen|sen|rep|lt|col|capt)\.?\s+",
                  "", name)


def score_entity_merges(gold, analysis, report):
    """Pairs of a gold merge group that one story entity names together."""
    groups = [{entity_name(n) for n in e["names"]}
              for s in analysis["stories"] for e in s.get("entities", [])]
    merged = pairs = 0
    for group in gold["entity_merges"]:
        for a, b in itertools.combinations(group, 2):
            pairs += 1
            a_name, b_name = entity_name(a), entity_name(b)
            if a_name == b_name or any(a_name in g and b_name in g
                                       for g in groups):
                merged += 1
            else:
                report.miss(f"not merged: {a} / {b}")
    report.field("entity_merges", f"{merged}/{pairs} pairs in one story "
                 "entity")


def articles_by_id(analysis):
    return {short_id(a["id"]): a for a in analysis["articles"]}


def score_equal(name, gold_map, got_of, report):
    ok = 0
    for article_id, want in gold_map.items():
        got = got_of(article_id)
        if got == want:
            ok += 1
        else:
            report.miss(f"{article_id}: got {got} want {want}")
    report.field(name, f"{ok}/{len(gold_map)} articles exact")


def score_boilerplate(gold, articles, report):
    tp = fp = fn = 0
    for article_id, want in gold["boilerplate_lines"].items():
        got = set()
        for p in articles[article_id]["paragraphs"]:
            if p["boilerplate"]:
                got.update(range(p["line"], p["last_line"] + 1))
        want = set(want)
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        for line in sorted(got ^ want):
            text = next((p["text"][:70] for p in articles[article_id]["paragraphs"]
                         if p["line"] <= line <= p["last_line"]), "")
            report.miss(f"{article_id} line {line} "
                        f"{'spurious' if line in got else 'missed'}: {text}")
    p, r, f = prf(tp, fp, fn)
    report.field("boilerplate_lines", f"P {p:.3f} R {r:.3f} F1 {f:.3f} "
                 f"({tp} right, {fp} spurious, {fn} missed)")


def score_languages(gold, articles, report):
    ok = total = 0
    for article_id, lines in gold["languages"].items():
        for line, language in lines.items():
            total += 1
            found = [p["language"] for p in articles[article_id]["paragraphs"]
                     if p["line"] <= int(line) <= p["last_line"]]
            if found == [language]:
                ok += 1
            else:
                report.miss(f"{article_id} line {line}: got {found} want "
                            f"{language}")
    report.field("languages", f"{ok}/{total} lines")


def score_places(gold, articles, report):
    tp = fn = 0
    for article_id, want in gold["places"].items():
        got = set()
        for p in articles[article_id]["places"]:
            got.update((fold(p["name"]), fold(p["canonical"])))
        # A place named twice ("South Korea", later "Korea") is one entity
        # with aliases, listed once among the places.
        for e in articles[article_id]["entities"]:
            if fold(e["name"]) in got:
                got.update(fold(a) for a in e["aliases"])
        for place in want:
            if fold(place) in got:
                tp += 1
            else:
                fn += 1
                report.miss(f"{article_id} missed place {place}")
    extra = 0
    for article_id in gold["places"]:
        want = {fold(p) for p in gold["places"][article_id]}
        for p in articles[article_id]["places"]:
            if fold(p["name"]) not in want and fold(p["canonical"]) not in want:
                extra += 1
                report.miss(f"{article_id} extra place {p['name']}")
    # Gold lists the places a reader would name, not every mention, so the
    # extras are shown, not scored.
    report.field("places", f"recall {tp}/{tp + fn} ({extra} mentions of "
                 f"places gold does not list)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("analysis")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    analysis = json.load(open(args.analysis, encoding="utf-8"))
    report = Report(args.verbose)
    articles = articles_by_id(analysis)
    missing = sorted(set(gold["quality"]) - set(articles))
    if missing:
        sys.exit(f"{args.analysis}: no analysis of articles {missing}")

    score_stories(gold, analysis, report)
    score_claims(gold, analysis, report)
    score_entity_merges(gold, analysis, report)
    score_equal("signals", {k: sorted(v) for k, v in gold["signals"].items()},
                lambda i: sorted({s["kind"] for s in articles[i]["signals"]
                                  if s["kind"] != "hedged"}), report)
    score_equal("bylines", gold["bylines"], lambda i: articles[i]["byline"],
                report)
    score_equal("contributors", gold["contributors"],
                lambda i: articles[i]["contributors"], report)
    score_boilerplate(gold, articles, report)
    score_equal("photo_dates", gold["photo_dates"], lambda i: next(
        (d["date"] for d in articles[i]["dates"] if d["kind"] == "photo_caption"),
        ""), report)
    score_languages(gold, articles, report)
    score_equal("quality", gold["quality"], lambda i: "spun" if
                articles[i]["low_quality"] else "ok", report)
    score_equal("encoding_damage", {k: sorted(v) for k, v in
                                    gold["encoding_damage"].items()},
                lambda i: sorted({d["line"] for d in
                                  articles[i]["damaged_lines"]}), report)
    score_places(gold, articles, report)


if __name__ == "__main__":
    main()
