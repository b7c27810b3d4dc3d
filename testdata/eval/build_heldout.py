#!/usr/bin/env python3
"""Build heldout.jsonl from the markup source heldout.md, and validate it.

heldout.md: comment lines (starting with '#') before the first article, then for each article
a header line

    === {"id": ..., "title": ..., "source": ..., "published": "YYYY-MM-DD", "events": [...]}

followed by the article text with inline markup [[TYPE|entity_id|surface text]]
(paragraphs separated by one blank line). Events carry "trigger" and "trigger_occurrence"
(1-based, case-sensitive occurrence of the trigger string in the plain text); this script adds
their "start"/"end" code-point offsets.

Output: one JSON object per line (ensure_ascii=False) with id, title, source, published, text,
entities [{start, end, type, id, text, bstart, bend}] and events. start/end are Unicode
code-point offsets into text, bstart/bend the same span in UTF-8 bytes.

Usage: python3 build_heldout.py [heldout.md] [heldout.jsonl]
Exits non-zero if any validation error is found (warnings are only printed).
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "ORG", "LOC", "DATE", "NORP", "EMAIL", "PHONE", "URL", "IP", "MONEY"}
EVENT_TYPES = {"ATTACK", "BOMBING", "ARREST", "WARNING", "CLAIM", "SANCTION", "CYBER_INTRUSION",
               "ELECTION", "PROTEST", "VERDICT", "SEIZURE", "MEETING", "OTHER"}
ROLES = {"perpetrator", "target", "victim", "agent", "reporter", "other"}
MARK = re.compile(r"\[\[([A-Z]+)\|([^|\]]+)\|(.+?)\]\]")
ID_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
DATE_ATOM = r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?"
DATE_ID = re.compile(rf"^(?:{DATE_ATOM}(?:/{DATE_ATOM})?|date_unresolved)$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

errors, warnings = [], []


def err(aid, msg):
    errors.append(f"{aid}: {msg}")


def warn(aid, msg):
    warnings.append(f"{aid}: {msg}")


def parse_md(path):
    articles, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("=== "):
                cur = {"header": json.loads(line[4:]), "lines": []}
                articles.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    return articles


def strip_markup(aid, marked):
    out, ents, pos, cp, bp = [], [], 0, 0, 0
    for m in MARK.finditer(marked):
        plain = marked[pos:m.start()]
        out.append(plain)
        cp += len(plain)
        bp += len(plain.encode("utf-8"))
        typ, eid, surface = m.group(1), m.group(2), m.group(3)
        blen = len(surface.encode("utf-8"))
        ents.append({"start": cp, "end": cp + len(surface), "type": typ, "id": eid,
                     "text": surface, "bstart": bp, "bend": bp + blen})
        out.append(surface)
        cp += len(surface)
        bp += blen
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        err(aid, "unparsed markup left in text: " + text[max(0, text.find("[[") - 20):text.find("[[") + 60])
    return text, ents


def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def check_date(aid, e, published):
    did, s = e["id"], e["text"].lower()
    if not DATE_ID.match(did):
        err(aid, f"bad DATE id {did!r} for {e['text']!r}")
        return
    for i, wd in enumerate(WEEKDAYS):
        if re.search(rf"\b{wd}\b", s):
            try:
                d = dt.date.fromisoformat(did)
            except ValueError:
                err(aid, f"weekday expression {e['text']!r} resolved to non-day {did!r}")
                return
            if d.weekday() != i:
                err(aid, f"{e['text']!r} -> {did} is a {WEEKDAYS[d.weekday()]}")
            if s.startswith("last ") and not (published - dt.timedelta(7) <= d < published):
                err(aid, f"{e['text']!r} -> {did} is not the most recent {wd} before {published}")
    rel = {"last week": -7, "this week": 0, "next week": 7}
    if s in rel:
        want = iso_week(published + dt.timedelta(rel[s]))
        if did != want:
            err(aid, f"{e['text']!r} -> {did}, expected {want}")
    rel_m = {"last month": -1, "this month": 0, "next month": 1}
    if s in rel_m:
        y, m = published.year, published.month + rel_m[s]
        y, m = (y - 1, 12) if m == 0 else ((y + 1, 1) if m == 13 else (y, m))
        if did != f"{y}-{m:02d}":
            err(aid, f"{e['text']!r} -> {did}, expected {y}-{m:02d}")
    rel_y = {"last year": -1, "this year": 0, "later this year": 0, "next year": 1}
    if s in rel_y and did != str(published.year + rel_y[s]):
        err(aid, f"{e['text']!r} -> {did}, expected {published.year + rel_y[s]}")
    m = re.fullmatch(r"the past (\w+) years", s)
    if m:
        n = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}[m.group(1)]
        want = f"{published.year - n}/{published.year}"
        if did != want:
            err(aid, f"{e['text']!r} -> {did}, expected {want}")
    if s in ("today",) and did != published.isoformat():
        warn(aid, f"{e['text']!r} -> {did} (published {published}); check the context")


def build(md_path, out_path):
    arts = parse_md(md_path)
    out, seen_ids = [], set()
    id_types = collections.defaultdict(set)
    for a in arts:
        h = a["header"]
        aid = h["id"]
        if aid in seen_ids:
            err(aid, "duplicate article id")
        seen_ids.add(aid)
        published = dt.date.fromisoformat(h["published"])
        lines = a["lines"]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        marked = "\n".join(lines)
        text, ents = strip_markup(aid, marked)
        if unicodedata.normalize("NFC", text) != text:
            err(aid, "text is not NFC")
        btext = text.encode("utf-8")
        prev_end = -1
        for e in ents:
            if e["type"] not in TYPES:
                err(aid, f"bad type {e['type']} for {e['text']!r}")
            if text[e["start"]:e["end"]] != e["text"]:
                err(aid, f"span mismatch for {e['text']!r}")
            if btext[e["bstart"]:e["bend"]].decode("utf-8") != e["text"]:
                err(aid, f"byte span mismatch for {e['text']!r}")
            if e["start"] < prev_end:
                err(aid, f"overlap at {e['text']!r}")
            prev_end = e["end"]
            if e["text"] != e["text"].strip():
                err(aid, f"surrounding whitespace in {e['text']!r}")
            if e["type"] == "DATE":
                check_date(aid, e, published)
            elif not ID_RE.match(e["id"]):
                err(aid, f"bad id {e['id']!r}")
            if e["type"] in ("PERSON", "ORG", "LOC", "NORP"):
                if e["text"].lower().startswith("the "):
                    err(aid, f"leading 'the' inside {e['text']!r}")
                if e["text"].endswith("'s") or e["text"].endswith("'"):
                    err(aid, f"possessive inside {e['text']!r}")
                id_types[e["id"]].add(e["type"])
                if e["start"] > 0 and text[e["start"] - 1].isalnum():
                    err(aid, f"span starts inside a word: {e['text']!r}")
                if e["end"] < len(text) and text[e["end"]].isalnum():
                    err(aid, f"span ends inside a word: {e['text']!r}")
        # surfaces that occur again without markup (possible missed mentions)
        covered = [(e["start"], e["end"]) for e in ents]
        for surf in sorted({e["text"] for e in ents if e["type"] != "DATE" and len(e["text"]) > 2}):
            for m in re.finditer(rf"(?<!\w){re.escape(surf)}(?!\w)", text):
                if not any(s <= m.start() and m.end() <= t for s, t in covered):
                    warn(aid, f"unmarked occurrence of {surf!r} at {m.start()}: "
                              f"...{text[max(0, m.start() - 30):m.end() + 30]!r}...")
        ent_ids = {e["id"] for e in ents}
        events = []
        for ev in h.get("events", []):
            if ev["type"] not in EVENT_TYPES:
                err(aid, f"bad event type {ev['type']}")
            s = -1
            for _ in range(ev["trigger_occurrence"]):
                s = text.find(ev["trigger"], s + 1)
                if s < 0:
                    break
            if s < 0:
                err(aid, f"trigger {ev['trigger']!r} occurrence {ev['trigger_occurrence']} not found")
                continue
            if ev.get("location") and ev["location"] not in ent_ids:
                err(aid, f"event {ev['id']} location {ev['location']} not mentioned in the article")
            for p in ev["participants"]:
                if p["entity"] not in ent_ids:
                    err(aid, f"event {ev['id']} participant {p['entity']} not mentioned")
                if p["role"] not in ROLES:
                    err(aid, f"event {ev['id']} bad role {p['role']}")
            if ev.get("date") is not None and not DATE_ID.match(ev["date"]):
                err(aid, f"event {ev['id']} bad date {ev['date']}")
            e2 = {k: ev[k] for k in ("id", "type", "trigger", "trigger_occurrence", "date",
                                     "location", "participants", "casualties")}
            e2["start"], e2["end"] = s, s + len(ev["trigger"])
            assert text[e2["start"]:e2["end"]] == ev["trigger"]
            events.append(e2)
        words = len(text.split())
        paras = len([p for p in text.split("\n\n") if p.strip()])
        if not (250 <= words <= 450):
            warn(aid, f"{words} words")
        if not (6 <= paras <= 10):
            warn(aid, f"{paras} paragraphs")
        out.append({"id": aid, "title": h["title"], "source": h["source"],
                    "published": h["published"], "text": text, "entities": ents, "events": events})
    for i, ts in id_types.items():
        if len(ts) > 1:
            warn("*", f"id {i} used with several types {sorted(ts)}")
    with open(out_path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


def main():
    md = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "heldout.md")
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "heldout.jsonl")
    out = build(md, dst)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    types = collections.Counter(e["type"] for o in out for e in o["entities"])
    print(f"{len(out)} articles, {sum(types.values())} mentions, "
          f"{sum(len(o['events']) for o in out)} events -> {dst}")
    print("mentions per type:", ", ".join(f"{t} {types[t]}" for t in sorted(types, key=lambda t: -types[t])))
    for o in out:
        print(f"  {o['id']} {o['published']} {len(o['text'].split())} words, "
              f"{len([p for p in o['text'].split(chr(10) * 2) if p.strip()])} paragraphs, "
              f"{len(o['entities'])} mentions, {len(o['events'])} events")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
