#!/usr/bin/env python3
"""Generate a synthetic selection instance (features.csv, people.csv, meta.json) like the `like_*` ones.

Deterministic: the same arguments give the same files (python3 standard library only,
`random.Random(seed)`). The model:

* each category has `values` values with population shares drawn from a flat Dirichlet;
* self-selection bias: each value's share in the pool is its population share times a factor
  drawn from [1/bias, bias], and a latent "engagement" trait per volunteer (standard normal)
  tilts every category towards some of its values (a loading per value), so categories are
  correlated in the pool as they are among real volunteers;
* quotas around proportional: min = floor(share * k * (1 - tol)), max = ceil(share * k * (1 + tol))
  of the *population* share (not the pool's), min lowered to what the pool holds where it holds
  fewer;
* optional households: a share `--households` of the volunteers share an address with one other
  (pairs), everyone else has an address of their own.

Usage:
  python3 bench/generate.py --n 1500 --k 120 --categories 7 --values 8 --seed 1 \
      --out bench/instances/generated_1500_120
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import random
from pathlib import Path


def dirichlet(rng: random.Random, m: int, alpha: float) -> list[float]:
    draws = [rng.gammavariate(alpha, 1.0) for _ in range(m)]
    total = sum(draws)
    return [d / total for d in draws]


def pick(rng: random.Random, weights: list[float]) -> int:
    r = rng.random() * sum(weights)
    for i, w in enumerate(weights):
        r -= w
        if r < 0:
            return i
    return len(weights) - 1


def generate(args: argparse.Namespace) -> dict:
    rng = random.Random(args.seed)
    ncat = args.categories
    # Number of values per category: `--values` on average, between 2 and 2 * values - 2.
    sizes = [max(2, min(2 * args.values - 2, round(rng.gauss(args.values, 1.5)))) for _ in range(ncat)]
    population = [dirichlet(rng, m, args.alpha) for m in sizes]
    bias = [[math.exp(rng.uniform(-math.log(args.bias), math.log(args.bias))) for _ in range(m)] for m in sizes]
    loading = [[rng.gauss(0.0, args.correlation) for _ in range(m)] for m in sizes]

    people: list[list[int]] = []
    for _ in range(args.n):
        u = rng.gauss(0.0, 1.0)
        row = []
        for c in range(ncat):
            w = [population[c][v] * bias[c][v] * math.exp(loading[c][v] * u) for v in range(sizes[c])]
            row.append(pick(rng, w))
        people.append(row)

    # Households: pairs of volunteers (chosen at random) share an address.
    address = list(range(args.n))
    paired = rng.sample(range(args.n), 2 * int(args.n * args.households / 2))
    for a, b in zip(paired[0::2], paired[1::2]):
        address[b] = address[a]

    features = []
    for c in range(ncat):
        for v in range(sizes[c]):
            share = population[c][v]
            held = sum(1 for p in people if p[c] == v)
            lo = min(math.floor(share * args.k * (1 - args.tol)), held)
            hi = max(math.ceil(share * args.k * (1 + args.tol)), lo)
            features.append((f"cat{c + 1}", f"v{v + 1}", lo, min(hi, args.k)))

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "features.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["feature", "value", "min", "max"])
        w.writerows(features)
    with open(out / "people.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id"] + [f"cat{c + 1}" for c in range(ncat)] + (["address"] if args.households > 0 else []))
        for i, p in enumerate(people):
            w.writerow([f"p{i:05d}"] + [f"v{v + 1}" for v in p] + ([f"addr-{address[i]}"] if args.households > 0 else []))
    meta = {
        "k": args.k,
        "n": args.n,
        "id_column": "id",
        "address_columns": ["address"] if args.households > 0 else [],
        "profile": "generated",
        "generator": "bench/generate.py",
        "seed": args.seed,
        "values": args.values,
        "alpha": args.alpha,
        "bias": args.bias,
        "correlation": args.correlation,
        "tol": args.tol,
        "households": args.households,
        "num_categories": ncat,
        "num_feature_values": sum(sizes),
        "distinct_types": len({tuple(p) for p in people}),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    return meta


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, required=True, help="volunteers in the pool")
    ap.add_argument("--k", type=int, required=True, help="seats on the panel")
    ap.add_argument("--categories", type=int, default=7)
    ap.add_argument("--values", type=int, default=6, help="values per category, on average")
    ap.add_argument("--alpha", type=float, default=2.0, help="Dirichlet concentration of population shares")
    ap.add_argument("--bias", type=float, default=1.6, help="self-selection: pool share within [1/bias, bias] x population")
    ap.add_argument("--correlation", type=float, default=0.4, help="spread of the engagement trait's loadings")
    ap.add_argument("--tol", type=float, default=0.15, help="quotas at proportional x (1 -/+ tol)")
    ap.add_argument("--households", type=float, default=0.06, help="share of volunteers living in pairs (0: no address column)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="instance folder to write")
    meta = generate(ap.parse_args())
    print(json.dumps({k: meta[k] for k in ("n", "k", "num_categories", "num_feature_values", "distinct_types")}))


if __name__ == "__main__":
    main()
