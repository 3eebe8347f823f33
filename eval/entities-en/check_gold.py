#!/usr/bin/env python3
"""Validate the entities-en gold files (python3, standard library only).

Checks, for every NN.txt / NN.gold.json pair:
- the .txt is UTF-8, line 1 is the headline, line 2 is blank, the body is 250-450 words;
- the gold is valid JSON with exactly the keys language/persons/organizations/places
  and the value shapes described in README.md;
- every name, alias and role occurs verbatim in the .txt (names and aliases on word
  boundaries), and every alias also occurs outside the occurrences of its full name;
- no name or alias is listed twice within one article, and none occurs only inside
  another, longer gold name.

  python3 check_gold.py           # check, exit 1 on any error
  python3 check_gold.py --audit   # also list capitalised spans that no gold string covers
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(nn, msg):
    errors.append(f"{nn}: {msg}")

def spans(text, s, word=True):
    pat = re.escape(s)
    if word:
        pat = r"(?<![\w])" + pat + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]

def check(nn, audit):
    txt = open(os.path.join(HERE, f"{nn}.txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if not lines[0].strip() or lines[1] != "":
        err(nn, "line 1 must be the headline and line 2 blank")
    nwords = len("\n".join(lines[2:]).split())
    if not 250 <= nwords <= 450:
        err(nn, f"body has {nwords} words (want 250-450)")
    gold = json.load(open(os.path.join(HERE, f"{nn}.gold.json"), encoding="utf-8"))
    if list(gold) != ["language", "persons", "organizations", "places"]:
        err(nn, f"top-level keys {list(gold)}")
    if gold.get("language") != "en":
        err(nn, "language must be 'en'")
    seen = {}
    covered = []
    for kind, keys in (("persons", ["name", "aliases", "roles"]),
                       ("organizations", ["name", "aliases"]),
                       ("places", ["name", "aliases"])):
        for e in gold.get(kind, []):
            if list(e) != keys:
                err(nn, f"{kind} entry keys {list(e)}")
                continue
            if not isinstance(e["name"], str) or not all(isinstance(x, str) for k in keys[1:] for x in e[k]):
                err(nn, f"{kind} entry has non-string values: {e}")
                continue
            name_sp = spans(txt, e["name"])
            if not name_sp:
                err(nn, f"{kind} name not in text: {e['name']!r}")
            covered += name_sp
            for a in e["aliases"]:
                a_sp = spans(txt, a)
                if not a_sp:
                    err(nn, f"{kind} alias not in text: {a!r} ({e['name']})")
                elif all(any(s <= x < t for s, t in name_sp) for x, _ in a_sp):
                    err(nn, f"{kind} alias {a!r} only occurs inside the full name {e['name']!r}")
                covered += a_sp
            for r in e.get("roles", []):
                if r not in txt:
                    err(nn, f"role not in text: {r!r} ({e['name']})")
            for s in [e["name"]] + e["aliases"]:
                if s in seen:
                    err(nn, f"{s!r} listed twice ({seen[s]} and {kind})")
                seen[s] = kind
    # every name must also occur outside the occurrences of other, longer gold strings
    strings = [e[k] if k == "name" else a for kind in ("persons", "organizations", "places")
               for e in gold.get(kind, []) for k in ("name", "aliases")
               for a in (e["aliases"] if k == "aliases" else [None])]
    for s in strings:
        longer = [sp for o in strings if o != s and s in o for sp in spans(txt, o)]
        if spans(txt, s) and all(any(a <= x and y <= b for a, b in longer) for x, y in spans(txt, s)):
            err(nn, f"{s!r} only occurs inside longer gold names")
    if audit:
        # capitalised spans (possibly multi-word) not overlapping any gold name/alias
        body = txt
        for m in re.finditer(r"\b[A-Z][\w'.\-]*(?:[ ]+(?:of|the|and|for|de|do|dela|van|den|bin|binti|al-|el-)?[ ]*[A-Z][\w'.\-]*)*", body):
            s, t = m.span()
            if not any(a < t and s < b for a, b in covered):
                line_start = body.rfind("\n", 0, s) + 1
                sent_initial = body[max(line_start, s - 2):s].strip() in ("", ".", '"', "—", "-")
                print(f"  {nn} uncovered: {m.group(0)!r}{'  [sentence-initial]' if sent_initial else ''}")
    return nwords

def main():
    audit = "--audit" in sys.argv
    nns = sorted(f[:2] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.txt", f))
    for nn in nns:
        check(nn, audit)
    for e in errors:
        print("ERROR", e)
    print(f"{len(nns)} articles checked, {len(errors)} errors")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
