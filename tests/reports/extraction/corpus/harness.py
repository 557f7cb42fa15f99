"""Shared helpers for the held-out corpus: loading, report context, matching.

Used by ../test_corpus.py and ./score_corpus.py. Plain Python, no Django.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent
UNSEEN_DIR = CORPUS_DIR / "unseen"
GOLD_PATH = UNSEEN_DIR / "gold.json"

CODES = ["enforcement_staff", "disputes_received", "disputes_resolved",
         "mediation_success_rate", "mediators", "mediation_committees",
         "legal_literates", "villages", "publicity_events", "publicity_materials",
         "people_reached", "legal_consultations", "litigation_cases",
         "study_sessions", "petitions_handled"]

META_FIELDS = ("township", "year", "report_date")

RATE_TOLERANCE = 0.51
VALUE_TOLERANCE = 1e-6

# A short report around a single sentence: title, opening, achievements heading,
# the sentence, and a closing line (no figures anywhere but in the sentence).
CONTEXT_TEMPLATE = (
    "青山镇2024年法治政府建设工作报告\n"
    "县委、县政府：\n"
    "现将我镇2024年法治政府建设工作情况报告如下。\n"
    "一、主要工作及成效\n"
    "（一）扎实推进各项重点工作\n"
    "{sentence}\n"
    "特此报告。\n"
)


def load_phrasings():
    """PHRASINGS as a list of dicts: code, sentence, expected, approximate (or None)."""
    spec = importlib.util.spec_from_file_location("_corpus_phrasings", CORPUS_DIR / "phrasings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = []
    for i, entry in enumerate(module.PHRASINGS):
        code, sentence, expected = entry[:3]
        approximate = entry[3] if len(entry) > 3 else None
        out.append({"index": i, "code": code, "sentence": sentence,
                    "expected": expected, "approximate": approximate})
    return out


def phrasing_context(sentence: str) -> str:
    return CONTEXT_TEMPLATE.format(sentence=sentence)


def phrasing_id(p) -> str:
    kind = "trap" if p["expected"] is None else "pos"
    return f"{p['code']}-{p['index']:03d}-{kind}"


def load_gold():
    data = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def read_report(name: str) -> str:
    return (UNSEEN_DIR / name).read_text(encoding="utf-8")


def figure_value(extraction, code):
    fig = (extraction.figures or {}).get(code)
    if fig is None:
        return None
    return float(fig.value)


def value_matches(gold, pred, code) -> bool:
    """gold: number, None, or list of acceptable answers (None in it: empty is fine)."""
    tol = RATE_TOLERANCE if code == "mediation_success_rate" else VALUE_TOLERANCE
    options = gold if isinstance(gold, list) else [gold]
    for g in options:
        if g is None and pred is None:
            return True
        if g is not None and pred is not None and abs(float(g) - float(pred)) <= tol:
            return True
    return False


def meta_value(extraction, field):
    v = getattr(extraction, field, None)
    if v is None:
        return None
    if field == "report_date":
        return v.isoformat() if hasattr(v, "isoformat") else str(v)
    if field == "year":
        return int(v)
    return str(v)


def meta_matches(gold, pred) -> bool:
    options = gold if isinstance(gold, list) else [gold]
    for g in options:
        if g is None and pred is None:
            return True
        if g is not None and pred is not None and str(g) == str(pred):
            return True
    return False
