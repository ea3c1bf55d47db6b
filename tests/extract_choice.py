"""The extraction rules' pick on one page, with some rules switched off: what a rule's test
compares (the pick without the rule, then with it)."""

from __future__ import annotations

from digest.ingest.extract import page_candidates
from digest.ingest.extract_lost import RULES, choose_article
from digest.ingest.extract_rules import Choice
from digest.ingest.html_tree import load_page


def rule_choice(html: str, url: str, rules: frozenset[str] = RULES) -> Choice:
    """The candidate and rule `choose_article` picks for the page at `url`."""
    cands, evidence = page_candidates(load_page(html), url)
    return choose_article(cands, evidence, rules=rules)
