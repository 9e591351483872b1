#!/usr/bin/python3
"""Reference implementation of hague's Monte Carlo in vectorized numpy, as a careful analyst would
write it: the same model, paths processed in chunks, per-path metrics kept (float32) for exact
percentiles. Reads the model from hague's own JSON (`hague project --format json` for the
deterministic projection, `hague simulate --format json` for mu, sigma and rho), so both run on
identical inputs. Prints JSON: per entity the probability of a 2035 share >= threshold, and the
5th/50th/95th percentiles of the share and of the cost.

Usage: mc_reference.py PROJECT.json SIMULATE.json PATHS [--seed S] [--chunk N] [--rule share|budget]
"""
import argparse
import json
import sys

import numpy as np


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("project")
    ap.add_argument("simulate")
    ap.add_argument("paths", type=int)
    ap.add_argument("--seed", type=int, default=20250625)
    ap.add_argument("--chunk", type=int, default=50_000)
    ap.add_argument("--rule", choices=["share", "budget"], default="share")
    args = ap.parse_args()

    project = json.load(open(args.project))
    simulate = json.load(open(args.simulate))
    rho = simulate["model"]["rho"]
    params = {p["ally"]: p for p in simulate["model"]["allies"]}
    threshold = simulate["threshold_pct"]
    allies = [a for a in project["allies"] if a["ally"] in params]
    ids = [a["ally"] for a in allies]
    n_allies = len(allies)
    years = len(allies[0]["years"]) - 1
    sigma = np.array([params[i]["sigma"] for i in ids])
    gdp_det = np.array([[y["gdp_usd_m"] for y in a["years"][1:]] for a in allies])  # (N, T)
    share = np.array([[y["share_gdp_pct"] / 100 for y in a["years"][1:]] for a in allies])
    spend_det = np.array([[y["spending_usd_m"] for y in a["years"][1:]] for a in allies])
    groups = [(g["group"], [ids.index(m) for m in g["members"] if m in ids])
              for g in project["groups"]]

    rng = np.random.default_rng(args.seed)
    a_load = (sigma * np.sqrt(rho))[None, :, None]
    b_load = (sigma * np.sqrt(1 - rho))[None, :, None]
    n_ent = n_allies + len(groups)
    shares = np.empty((args.paths, n_ent), dtype=np.float32)
    costs = np.empty((args.paths, n_ent), dtype=np.float32)
    for start in range(0, args.paths, args.chunk):
        n = min(args.chunk, args.paths - start)
        f = rng.standard_normal((n, 1, years))
        e = rng.standard_normal((n, n_allies, years))
        c = np.cumsum(a_load * f + b_load * e, axis=2)
        gdp = gdp_det[None] * np.exp(c)
        spend = share[None] * gdp if args.rule == "share" else np.broadcast_to(spend_det[None], gdp.shape)
        cost = spend.sum(axis=2)
        shares[start:start + n, :n_allies] = 100 * spend[:, :, -1] / gdp[:, :, -1]
        costs[start:start + n, :n_allies] = cost
        for k, (_, members) in enumerate(groups):
            g_gdp = gdp[:, members, -1].sum(axis=1)
            g_spend = spend[:, members, -1].sum(axis=1)
            shares[start:start + n, n_allies + k] = 100 * g_spend / g_gdp
            costs[start:start + n, n_allies + k] = cost[:, members].sum(axis=1)
    out = {}
    names = ids + [g for g, _ in groups]
    p = np.percentile(shares, [5, 50, 95], axis=0)
    q = np.percentile(costs, [5, 50, 95], axis=0)
    hits = (shares >= threshold).mean(axis=0)
    for k, name in enumerate(names):
        out[name] = {"probability_at_or_above": float(hits[k]),
                     "share_pct": [float(x) for x in p[:, k]],
                     "cost_usd_m": [float(x) for x in q[:, k]]}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
