#!/usr/bin/env python3
"""Writes a deterministic multi-ward dataset as JSON Lines, for measuring large exports.

make-large-dataset.py OUT.jsonl [INITIATIVES]   (default 1,000,000 initiatives)

24 wards x as many fiscal years as needed; each plan has 5 issues x 10 strategies x 84 initiatives
(4,200 initiatives), every one with a budget and Japanese text.
"""
import json
import sys

WARDS = ["北区", "都島区", "福島区", "此花区", "中央区", "西区", "港区", "大正区", "天王寺区", "浪速区", "西淀川区", "淀川区",
         "東淀川区", "東成区", "生野区", "旭区", "城東区", "鶴見区", "阿倍野区", "住之江区", "住吉区", "東住吉区", "平野区", "西成区"]
ISSUES, STRATEGIES, PER_STRATEGY = 5, 10, 84


def plan(ward, year):
    issues = []
    for i in range(1, ISSUES + 1):
        strategies = []
        for s in range(1, STRATEGIES + 1):
            initiatives = [{
                "id": f"{i}-{s}-{k}",
                "title": f"{ward}の具体的取組{i}-{s}-{k}",
                "description": f"{year}年度に地域と連携して取組{i}-{s}-{k}を進める。《区民の安心》のための事業。",
                "budget": (i * 1000 + s * 37 + k * 11 + year) % 9000 + 100,
            } for k in range(1, PER_STRATEGY + 1)]
            strategies.append({"id": f"{i}-{s}", "title": f"戦略{i}-{s}", "initiatives": initiatives, "outcomeIndicators": []})
        issues.append({"number": i, "title": f"経営課題{i}のまちづくり", "strategies": strategies})
    return {"ward": {"name": ward}, "fiscalYear": year, "status": "final", "title": f"{ward}運営方針",
            "goal": "だれもが安心して暮らせるまち", "mission": "区民とともに", "policy": ["方針"], "issues": issues, "reformItems": []}


def main():
    out = sys.argv[1]
    target = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    per_plan = ISSUES * STRATEGIES * PER_STRATEGY
    plans = -(-target // per_plan)
    with open(out, "w", encoding="utf-8") as file:
        for n in range(plans):
            ward, year = WARDS[n % len(WARDS)], 2012 + n // len(WARDS)
            file.write(json.dumps(plan(ward, year), ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{out}: {plans} plans, {plans * per_plan} initiatives")


main()
