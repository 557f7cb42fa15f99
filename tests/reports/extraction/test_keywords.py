"""keyword_profile (jieba, tiny dictionary in most tests) and named_practices (regex only)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reports.extraction import keyword_profile, named_practices
from reports.extraction.keywords import PRACTICES, STOP_WORDS, USERDICT_PATH

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted((ROOT / "fixtures" / "reports").glob("*.txt"))

TINY_WORDS = """
法律明白人 100 nz
枫桥经验 100 nz
诉源治理 100 nz
人民调解 100 n
调解 50 v
纠纷 50 n
坚持 50 v
推进 50 v
工作 50 n
青山镇 50 ns
青山 50 ns
培育 50 v
名 50 m
共 50 d
化解 50 v
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    jieba = pytest.importorskip("jieba")
    import logging

    jieba.setLogLevel(logging.WARNING)
    folder = tmp_path_factory.mktemp("jieba")
    dictionary = folder / "dict.txt"
    dictionary.write_text(TINY_WORDS.strip() + "\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(dictionary=str(dictionary))
    tokenizer.tmp_dir = str(folder)
    return tokenizer


REPORT = (
    "青山镇2023年法治政府建设工作报告\n"
    "青山镇坚持推进工作，坚持推进工作。培育法律明白人58名，法律明白人队伍不断壮大。\n"
    "坚持枫桥经验，推进诉源治理，人民调解共化解纠纷48件。枫桥经验深入人心，诉源治理和人民调解成效好。\n"
    "青山镇人民政府\n2023年12月20日\n"
)


def test_the_profile_ranks_the_fields_terms_and_drops_boilerplate(tiny):
    profile = keyword_profile(REPORT, top=4, tokenizer=tiny, idf={})
    words = [word for word, _ in profile]
    assert set(words) == {"枫桥经验", "法律明白人", "诉源治理", "人民调解"}
    for boilerplate in ("坚持", "推进", "工作"):
        assert boilerplate in STOP_WORDS
        assert boilerplate not in words


def test_the_profile_leaves_out_numbers_and_the_towns_own_name(tiny):
    words = [word for word, _ in keyword_profile(REPORT, top=50, tokenizer=tiny, idf={})]
    assert "青山镇" not in words and "青山" not in words
    assert not any(ch.isdigit() for word in words for ch in word)
    assert all(len(word) >= 2 for word in words)


def test_weights_are_tf_idf_best_first(tiny):
    profile = keyword_profile(REPORT, top=10, tokenizer=tiny,
                              idf={"法律明白人": 10.0, "枫桥经验": 2.0, "人民调解": 1.0, "诉源治理": 1.0})
    weights = [weight for _, weight in profile]
    assert weights == sorted(weights, reverse=True)
    assert profile[0][0] == "法律明白人"  # a rarer word outweighs an equally frequent one
    assert all(isinstance(weight, float) and weight > 0 for weight in weights)


def test_top_limits_the_profile(tiny):
    assert len(keyword_profile(REPORT, top=2, tokenizer=tiny, idf={})) == 2
    assert keyword_profile(REPORT, top=0, tokenizer=tiny, idf={}) == []


@pytest.mark.parametrize("text", ["", "   \n", "2023年12月20日 123 456"])
def test_a_text_without_words_has_an_empty_profile(tiny, text):
    assert keyword_profile(text, tokenizer=tiny, idf={}) == []


def test_importing_the_package_does_not_load_jieba():
    code = "import sys, reports.extraction; print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_the_user_dictionary_is_well_formed():
    lines = USERDICT_PATH.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 60
    for line in lines:
        word, freq, pos = line.split(" ")
        assert word and int(freq) > 0 and pos.isalpha()


def test_the_real_tokenizer_keeps_the_fields_terms_whole():
    """The one test that loads jieba's full dictionary (about a second)."""
    text = REPORT + "全面落实“双随机一公开”，推行“谁执法谁普法”，开展以案释法。" * 3
    words = [word for word, _ in keyword_profile(text, top=30)]
    for term in ("法律明白人", "枫桥经验", "诉源治理", "双随机一公开", "谁执法谁普法", "以案释法"):
        assert term in words


# --- named practices ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("坚持和发展新时代“枫桥经验”", ["枫桥经验"]),
        ("全面落实行政执法“三项制度”", ["三项制度"]),
        ("推行行政执法公示、执法全过程记录、重大执法决定法制审核", ["三项制度"]),
        ("落实“一村（社区）一法律顾问”制度", ["一村（社区）一法律顾问"]),
        ("实现一村一法律顾问", ["一村（社区）一法律顾问"]),
        ("与11个村签订合同，实现法律顾问全覆盖", ["法律顾问全覆盖"]),
        ("培育“法律明白人”733人", ["法律明白人"]),
        ("组织实施“八五”普法", ["八五普法"]),
        ("落实《法治宣传教育第八个五年规划》", ["八五普法"]),
        ("落实“谁执法、谁普法”普法责任制", ["谁执法谁普法"]),
        ("推进“双随机、一公开”监管", ["双随机一公开"]),
        ("依托镇综治中心开展研判", ["综治中心"]),
        ("推进诉源治理", ["诉源治理"]),
        ("完善矛盾纠纷多元预防调处化解综合机制", ["矛盾纠纷多元化解"]),
        ("实行网格化管理，配备网格员", ["网格化管理"]),
        ("建成公共法律服务工作站", ["公共法律服务工作站（中心）"]),
        ("打造法治文化广场2个", ["法治文化阵地"]),
        ("创建省级民主法治示范村", ["民主法治示范村"]),
        ("开展以案释法活动", ["以案释法"]),
        ("组织领导干部学法考法", ["学法考法"]),
        ("将述法纳入述职", ["述法"]),
        ("严格执行上述法律法规", []),
        ("开展“12·4”国家宪法日宣传", ["宪法宣传"]),
        ("规范性文件均经过合法性审查", ["行政规范性文件合法性审查"]),
        ("重大行政决策事项100%经过合法性审查", ["重大行政决策合法性审查"]),
        ("25个村成立人民调解委员会", ["人民调解委员会"]),
        ("推行十户长制度", ["十户长（联户）"]),
        ("设立信访评理室", ["信访评理"]),
        ("建立法律援助工作站", ["法律援助工作站"]),
        ("今年天气晴好，粮食丰收。", []),
    ],
)
def test_it_names_the_practice(text, expected):
    assert named_practices(text) == expected


def test_practices_come_in_catalog_order_once_each():
    text = "法律明白人。枫桥经验。法律明白人。诉源治理。枫桥经验。"
    assert named_practices(text) == ["枫桥经验", "法律明白人", "诉源治理"]
    order = [practice.name for practice in PRACTICES]
    assert len(order) == len(set(order))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_sample_report_mentions_some_practices(path):
    found = named_practices(path.read_text(encoding="utf-8"))
    assert len(found) >= 5
    assert found == [p.name for p in PRACTICES if p.name in found]


def test_the_sample_reports_practices():
    by_seed = {p.name[:3]: set(named_practices(p.read_text(encoding="utf-8"))) for p in SEEDS}
    assert {"法律明白人", "枫桥经验", "八五普法", "双随机一公开"} <= by_seed["000"]
    assert {"谁执法谁普法", "放管服", "信访评理"} <= by_seed["001"]
    assert {"一村（社区）一法律顾问", "法律顾问全覆盖", "学法考法"} <= by_seed["002"]
    assert {"法律明白人", "人民调解委员会"} <= by_seed["003"]
    assert {"谁执法谁普法", "述法", "十户长（联户）"} <= by_seed["004"]
