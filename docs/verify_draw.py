#!/usr/bin/env python3
"""Checks a Kleroterion draw independently of Kleroterion's code: Python's standard library only.

Usage: python3 verify_draw.py BUNDLE_FOLDER

From the published files alone, with SHA-256 and integer arithmetic (docs/verification.md):
the checksums; the commitment from the inputs' digest and lottery.json; every distinct panel of
the lottery against the quotas and households in input/; everyone's lottery_count from the
expansion rule; the number the seed draws and its people against panel.csv; the reserve list
against reserves.csv. Prints one line per check; exits 0 if all pass, 1 if one fails, 2 if the
folder is not a bundle.
"""

import csv
import hashlib
import io
import json
import os
import sys

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def restore(cell):
    """A CSV cell as typed: bundles write one more apostrophe before formula-like text."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def rows(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
        return list(csv.reader(io.StringIO(f.read())))


class Stream:
    """SHA-256 in counter mode: word i is the first 8 bytes of SHA-256(key || i), big-endian."""

    def __init__(self, purpose, commitment, seed):
        self.key = hashlib.sha256(
            b"kleroterion-" + purpose.encode() + b"\0" + commitment + seed.strip().encode("utf-8")
        ).digest()
        self.counter = 0

    def word(self):
        digest = hashlib.sha256(self.key + self.counter.to_bytes(8, "big")).digest()
        self.counter += 1
        return int.from_bytes(digest[:8], "big")

    def below(self, n):
        top = 2**64 - 1
        zone = top - (top % n)
        while True:
            w = self.word()
            if w < zone:
                return w % n


def expand(lottery, x):
    """The ids on the panel numbered x (0 <= x < m)."""
    before = [0] * len(lottery["groups"])
    start = 0
    for panel in lottery["panels"]:
        count = panel["count"]
        if x < start + count:
            offset = x - start
            chosen = []
            for group, n in panel["seats"]:
                members = lottery["groups"][group]
                first = before[group] + offset * n
                chosen += [members[(first + r) % len(members)] for r in range(n)]
            return chosen
        start += count
        for group, n in panel["seats"]:
            before[group] += count * n
    raise ValueError("no panel has this number")


def main(folder):
    checks = []

    def check(name, ok, detail):
        checks.append(ok)
        print(("PASS" if ok else "FAIL") + "  " + name.ljust(12) + " " + detail)

    try:
        settings = json.load(open(os.path.join(folder, "settings.json"), encoding="utf-8"))
        lottery_bytes = open(os.path.join(folder, "lottery.json"), "rb").read()
        lottery = json.loads(lottery_bytes)
    except (OSError, ValueError) as e:
        print(f"{folder} is not a bundle: {e}")
        return 2

    # Checksums.
    bad = []
    for line in open(os.path.join(folder, "SHA256SUMS"), encoding="utf-8"):
        digest, name = line.rstrip("\n").split("  ", 1)
        data = open(os.path.join(folder, name), "rb").read()
        if hashlib.sha256(data).hexdigest() != digest:
            bad.append(name)
    check("checksums", not bad, "every file matches SHA256SUMS" if not bad else f"differ: {bad}")

    # The commitment covers the inputs' digest and the lottery file.
    text = (
        "kleroterion-commitment\tv2\ninputs\t" + settings["inputs"]
        + "\nlottery\t" + hashlib.sha256(lottery_bytes).hexdigest() + "\n"
    )
    commitment = hashlib.sha256(text.encode()).hexdigest()
    check(
        "commitment",
        commitment == settings["commitment"] and lottery["inputs"] == settings["inputs"],
        commitment,
    )

    # Every distinct panel against the quotas and the households of input/.
    features = rows(folder, "input/features.csv")
    quotas = {}
    for feature, value, low, high, *_ in features[1:]:
        key = (restore(feature).strip().lower(), restore(value).strip().lower())
        quotas[key] = (int(low), int(high))
    people = rows(folder, "input/people.csv")
    header = [restore(h).strip().lower() for h in people[0]]
    person = {}
    for row in people[1:]:
        values = {header[c]: restore(row[c]).strip().lower() for c in range(1, len(header) - 1)}
        person[restore(row[0])] = (values, row[-1])
    problems = []
    for group, members in enumerate(lottery["groups"]):
        if any(person[m] != person[members[0]] for m in members):
            problems.append(f"group {group} mixes people who differ")
    k = settings["panel_size"]
    for j, panel in enumerate(lottery["panels"]):
        counts = {key: 0 for key in quotas}
        households = []
        size = 0
        for group, n in panel["seats"]:
            values, household = person[lottery["groups"][group][0]]
            size += n
            for feature, value in values.items():
                counts[(feature, value)] += n
            if household:
                households += [household] * n
        if size != k:
            problems.append(f"panel {j + 1} has {size} members")
        if len(households) != len(set(households)):
            problems.append(f"panel {j + 1} holds two members of a household")
        for key, (low, high) in quotas.items():
            if not low <= counts[key] <= high:
                problems.append(f"panel {j + 1} has {counts[key]} {key}, outside {low}-{high}")
    check(
        "panels",
        not problems,
        f"{len(lottery['panels'])} distinct panels meet the quotas and households"
        if not problems else "; ".join(problems[:5]),
    )

    # Everyone's lottery_count from the expansion rule.
    seats = [0] * len(lottery["groups"])
    for panel in lottery["panels"]:
        for group, n in panel["seats"]:
            seats[group] += panel["count"] * n
    count = {}
    for group, members in enumerate(lottery["groups"]):
        each, extra = divmod(seats[group], len(members))
        for position, member in enumerate(members):
            count[member] = each + (1 if position < extra else 0)
    wrong = [p["id"] for p in lottery["people"] if count.get(p["id"]) != p["lottery_count"]]
    total = sum(p["count"] for p in lottery["panels"])
    check(
        "counts",
        not wrong and total == lottery["m"],
        f"{lottery['m']} panels; everyone's count is the expansion's" if not wrong
        else f"differ: {wrong[:5]}",
    )

    # The draw: the number from the seed, and its people.
    c = bytes.fromhex(settings["commitment"])
    seed = settings["seed"]
    number = Stream("draw", c, seed).below(lottery["m"])
    drawn = sorted(expand(lottery, number))
    published = sorted(restore(r[0]) for r in rows(folder, "panel.csv")[1:])
    check("draw", drawn == published, f"the seed draws number {number}: the people of panel.csv")

    # The reserves: everyone else sharing no household with a member, shuffled.
    on_panel = set(drawn)
    taken = {person[i][1] for i in drawn if person[i][1]}
    eligible = [
        p["id"] for p in lottery["people"]
        if p["id"] not in on_panel and not (person[p["id"]][1] and person[p["id"]][1] in taken)
    ]
    stream = Stream("reserves", c, seed)
    for i in range(len(eligible) - 1, 0, -1):
        j = stream.below(i + 1)
        eligible[i], eligible[j] = eligible[j], eligible[i]
    reserves = eligible[: settings["reserves"]]
    listed = [restore(r[1]) for r in rows(folder, "reserves.csv")[1:]]
    check("reserves", reserves == listed, f"the seed gives the {len(listed)} reserves, in order")

    ok = all(checks)
    print("the draw is verified" if ok else "the draw is NOT verified")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
