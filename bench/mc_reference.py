#!/usr/bin/python3
"""Reference implementation of hague's Monte Carlo (rule execution, the default) in numpy, as a
careful analyst would write it: the model exactly as docs/methodology.md states it, year by year,
with paths in chunks, one ally at a time so that every array stays in cache, every operation in
place, float32 normals, and per-path metrics kept for exact percentiles. Reads the model from
hague's own JSON (`hague project --format json` for the deterministic projection, `hague simulate
--format json` for mu, sigma, rho, tau, b and the spending correlation), so both run on identical
inputs. Prints JSON: per entity the probability of a share >= the threshold (after the rounding
rule's cutoff) in the target year and in the checkpoint year, and the 5th/50th/95th percentiles of
the share and of the last year's spending.

Year by year: log GDP deviation C_t = sum_{s<=t} sigma_i (sqrt(rho) f_s + sqrt(1-rho) e_is);
execution error E_t = sum_{s<=t} tau (sqrt(rho_e) h_s + sqrt(1-rho_e) u_is) (walk) or the year's
term alone (level); spending_t = plan_t e^(b + E_t), GDP_t = GDP_det_t e^(C_t).

--shortcut draws each segment's sum as one normal (what hague does), for comparison.

Usage: mc_reference.py PROJECT.json SIMULATE.json PATHS [--seed S] [--chunk N] [--shortcut]
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
    ap.add_argument("--chunk", type=int, default=32_768)
    ap.add_argument("--shortcut", action="store_true")
    args = ap.parse_args()

    project = json.load(open(args.project))
    simulate = json.load(open(args.simulate))
    assert simulate["rule"] == "execution", "the reference follows the execution rule"
    model = simulate["model"]
    rho, spending = model["rho"], model["spending"]
    rho_e, walk = spending["rho"], spending["persistence"] == "walk"
    params = {p["ally"]: p for p in model["allies"]}
    cutoff = simulate["cutoff_pct"]
    allies = [a for a in project["allies"] if a["ally"] in params]
    ids = [a["ally"] for a in allies]
    n_allies = len(allies)
    base = project["assumptions"]["baseline_year"]
    years = len(allies[0]["years"]) - 1
    check = simulate["check_year"] - base if simulate["check_year"] else 0
    points = [check, years] if 0 < check < years else [years]
    groups = [(g["group"], [ids.index(m) for m in g["members"] if m in ids])
              for g in project["groups"]]

    rng = np.random.default_rng(args.seed)
    n_ent = n_allies + len(groups)
    share = {t: np.empty((args.paths, n_ent), dtype=np.float32) for t in points}
    spend_last = np.empty((args.paths, n_ent), dtype=np.float32)
    steps = len(points) if args.shortcut else years
    # Shortcut: each segment's sum of k yearly shocks is sqrt(k) times one shock.
    lengths = np.sqrt(np.diff([0] + points)).astype(np.float32)[:, None]
    for start in range(0, args.paths, args.chunk):
        n = min(args.chunk, args.paths - start)
        rows = slice(start, start + n)
        f = rng.standard_normal((steps, n), dtype=np.float32)  # common GDP factor
        h = rng.standard_normal((steps, n), dtype=np.float32)  # common spending factor
        gdp = {t: np.empty((n_allies, n)) for t in points}
        money = {t: np.empty((n_allies, n)) for t in points}
        for i, a in enumerate(allies):
            p = params[ids[i]]
            sigma, tau, bias = p["sigma"], p["tau"], p["bias"]
            c = rng.standard_normal((steps, n), dtype=np.float32)
            c *= np.float32(sigma * np.sqrt(1 - rho))
            c += np.float32(sigma * np.sqrt(rho)) * f
            e = rng.standard_normal((steps, n), dtype=np.float32)
            e *= np.float32(tau * np.sqrt(1 - rho_e))
            e += np.float32(tau * np.sqrt(rho_e)) * h
            if args.shortcut:
                c *= lengths
                if walk:
                    e *= lengths
            np.cumsum(c, axis=0, out=c)
            if walk:
                np.cumsum(e, axis=0, out=e)
            for j, t in enumerate(points):
                row = j if args.shortcut else t - 1
                g, m = gdp[t][i], money[t][i]
                np.exp(c[row], out=g)
                g *= a["years"][t]["gdp_usd_m"]
                e[row] += np.float32(bias)
                np.exp(e[row], out=m)
                m *= a["years"][t]["spending_usd_m"]
        for t in points:
            share[t][rows, :n_allies] = (100 * money[t] / gdp[t]).T
            for k, (_, members) in enumerate(groups):
                share[t][rows, n_allies + k] = (
                    100 * money[t][members].sum(axis=0) / gdp[t][members].sum(axis=0))
        spend_last[rows, :n_allies] = money[years].T
        for k, (_, members) in enumerate(groups):
            spend_last[rows, n_allies + k] = money[years][members].sum(axis=0)
    out = {}
    names = ids + [g for g, _ in groups]
    last = np.percentile(share[years], [5, 50, 95], axis=0)
    money_q = np.percentile(spend_last, [5, 50, 95], axis=0)
    hits = (share[years] >= cutoff).mean(axis=0)
    check_hits = (share[check] >= cutoff).mean(axis=0) if check in share else None
    for k, name in enumerate(names):
        out[name] = {"probability_at_or_above": float(hits[k]),
                     "check_probability": None if check_hits is None else float(check_hits[k]),
                     "share_pct": [float(x) for x in last[:, k]],
                     "spending_usd_m": [float(x) for x in money_q[:, k]]}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
