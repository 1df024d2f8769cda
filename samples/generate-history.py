#!/usr/bin/env python3
"""Writes samples/history/build-NN.json: twelve nightly PerfTracker jobs of a small web service.

Seeded, so the files are reproducible. Planted changes (what the report and `detect` should find):
  - throughput / GET /users: -15 % from build 8 on (a regression),
  - latency / login: -20 % (faster) from build 6 on (an improvement),
  - build 12: "GET / 8 threads" fails with 3 errors.
"""
import json
import random

random.seed(20261122)
BUILDS = 12
THREADS = [1, 2, 4, 8]
CLIENTS = [1, 2, 4, 8, 16]


def samples(mean, rel_sd, n=10):
    return [round(random.gauss(mean, mean * rel_sd), 3) for _ in range(n)]


def tests(build):
    out = []
    for c in CLIENTS:
        base = 0.8 + 0.35 * c
        if build >= 6:
            base *= 0.8
        out.append({"group": "latency", "tag": "login", "category": f"{c} clients", "metrics": "sec",
                    "less_better": True, "scores": samples(base, 0.02), "errors": 0, "warnings": 0,
                    "duration_sec": 15.0, "status": "SUCCESS"})
    for tag, per_thread in (("GET /", 12.0), ("GET /users", 24.0)):
        for t in THREADS:
            mean = per_thread * t * (0.95 ** (t - 1))
            if tag == "GET /users" and build >= 8:
                mean *= 0.85
            failed = tag == "GET /" and t == 8 and build == BUILDS
            out.append({"group": "throughput", "tag": tag, "category": f"{t} threads", "metrics": "req/sec",
                        "less_better": False, "scores": samples(mean, 0.015), "errors": 3 if failed else 0,
                        "warnings": 0, "duration_sec": 15.0, "status": "FAILED" if failed else "SUCCESS"})
    out.append({"group": "startup", "tag": "cold start", "metrics": "ms", "less_better": True,
                "scores": samples(850, 0.03), "errors": 0, "warnings": 0, "duration_sec": 5.0,
                "status": "SUCCESS"})
    return out


for b in range(1, BUILDS + 1):
    job = {"job_title": f"nightly #{b}", "project_name": "demo-service", "product_name": "demo-service",
           "product_ver": f"1.{b}.0", "regression_tag": "1.x", "suite_name": "http-bench",
           "begin": f"2026-11-{b:02d}T02:00:00+00:00", "end": f"2026-11-{b:02d}T02:20:00+00:00",
           "links": {"build": f"https://ci.example.org/job/demo-service/{b}/"}, "tests": tests(b)}
    with open(f"history/build-{b:02d}.json", "w") as f:
        json.dump(job, f, indent=1)
        f.write("\n")
