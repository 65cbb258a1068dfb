"""Writes the first plan of a JSON Lines file as published text, as Benchmarks' PublishedTextRenderer.swift does.

    python3 render_text.py PLANS.jsonl OUT.txt

The layout of the real 2020 sample: headings on their own lines, the 様式2 table with tab-separated cells and 【】
ids (each issue's initiatives in one cell), budgets as 《5,237千円》, 様式3 cells with leftover `<ul …> ・…` markup.
compare.sh renders one large plan with it to measure the text importer on one large file.
"""
import json
import sys

ERAS = [("令和", 2019), ("平成", 1989), ("昭和", 1926)]
STATES = {"outline": "(素案)", "draft": "(案)", "final": "", "interimReviewed": "(中間振り返り)", "selfEvaluated": "(自己評価)"}


def era_year(year):
    for kanji, first in ERAS:
        if year >= first:
            return kanji, year - first + 1
    return None, None


def japanese_label(year):
    kanji, number = era_year(year)
    if kanji is None:
        return f"{year}年度"
    return f"{kanji}{'元' if number == 1 else number}年度"


def grouped(amount):
    return ("-" if amount < 0 else "") + f"{abs(amount):,}"


def render(plan):
    year = japanese_label(plan["fiscalYear"])
    number = era_year(plan["fiscalYear"])[1]
    short_year = f"{number}年度" if number is not None else f"{plan['fiscalYear']}年度"
    text = f"\n\n{year} {plan['ward']['name']}運営方針{STATES[plan['status']]}\n\n"
    if plan.get("head"):
        text += f"(区長:{plan['head']})\n\n"
    text += "◆計画\n\n"
    if plan.get("goal"):
        text += f"区の目標(何をめざすのか)\n\n{plan['goal']}\n\n"
    if plan.get("mission"):
        text += f"区の使命(どのような役割を担うのか)\n\n{plan['mission']}\n\n"
    if plan.get("policy"):
        text += f"{year} 区運営の基本的な考え方(区の方針)\n\n"
        text += "".join(f"・{paragraph}\n\n" for paragraph in plan["policy"])
    text += "重点的に取り組む主な経営課題(様式2)\n\n"
    for issue in plan["issues"]:
        text += "経営課題の概要\t主な戦略\n"
        text += f"【経営課題{issue['number']}】{issue['title']}"
        if issue.get("summary"):
            text += f" {issue['summary']}"
        text += "\t"
        text += " ".join(f"【戦略{s['id']}】{s['title']}" + (f" {s['description']}" if s.get("description") else "")
                         for s in issue["strategies"])
        text += f"\n主な具体的取組({short_year}予算額)\t\n"
        cells = []
        for strategy in issue["strategies"]:
            for initiative in strategy["initiatives"]:
                cell = f"【具体的取組{initiative['id']}】{initiative['title']}"
                if initiative.get("budget") is not None:
                    cell += f" 《{grouped(initiative['budget'])}千円》"
                if initiative.get("description"):
                    cell += f" {initiative['description']}"
                cells.append(cell)
        text += " ".join(cells) + "\t\n"
    if plan.get("reformItems"):
        text += f"\n「{year}以降の市政改革計画」に基づく取組等（様式3）\n\n"
        for item in plan["reformItems"]:
            text += "主な取組項目\t取組内容\n"
            text += f"【取組項目{item['number']}】 {item['title']}"
            if item.get("pillar"):
                text += f" (改革の柱{item['pillar']['text']})"
            text += '\t<ul style="list-style-type: none">'
            text += "".join(f" ・{action}" for action in item["actions"])
            text += "\n"
    text += "\n◆自己評価\n\n1年間の取組成果と今後取り組みたいこと\n\n解決すべき課題と今後の改善方向\n"
    return text


with open(sys.argv[1], encoding="utf-8") as plans:
    first = json.loads(plans.readline())
with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    out.write(render(first))
