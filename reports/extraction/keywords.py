"""What a report talks about: a jieba keyword profile and the named practices it mentions.

Plain Python, no Django.

- keyword_profile(text, top): TF-IDF over jieba's segmentation (jieba's own IDF table),
  with a user dictionary of the field's terms (data/userdict.txt) so 法律明白人, 枫桥经验,
  诉源治理 … stay whole. Words every rule-of-law report uses (坚持, 推进, 法治, 工作 …),
  numbers, and the report's own town and county names are left out, so what remains
  tells reports apart. jieba is loaded once per process on first use, never at import
  (it costs about a second); its cache lives in the system temp dir.
- named_practices(text): canonical names from the PRACTICES catalog that the text
  mentions, in catalog order. Regular expressions only: fast, no jieba.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

USERDICT_PATH = Path(__file__).resolve().parent / "data" / "userdict.txt"


class Tokenizer(Protocol):
    def cut(self, sentence: str, cut_all: bool = ..., HMM: bool = ...) -> Iterable[str]: ...


# --- named practices ------------------------------------------------------------------


@dataclass(frozen=True)
class Practice:
    name: str  # canonical Chinese name shown in the interface
    pattern: re.Pattern[str]  # every wording that counts as a mention


def _practice(name: str, pattern: str) -> Practice:
    return Practice(name, re.compile(pattern))


# Quotes and book-title marks sit inside names ("八五"普法, “谁执法、谁普法”): allow them.
_Q = r"[“”\"'‘’「」『』《》]?"

PRACTICES: tuple[Practice, ...] = (
    _practice("法治建设第一责任人", r"第一责任人"),
    _practice("枫桥经验", rf"枫桥{_Q}经验|枫桥式"),
    _practice("三项制度", r"三项制度|行政执法公示|执法全过程记录|重大(?:行政)?执法决定法制审核"),
    _practice("一村（社区）一法律顾问",
              r"一村[（(]?(?:社区|居)?[)）]?一(?:法律)?顾问|一村[（(]?(?:社区|居)?[)）]?一律师"
              r"|一社区一法律顾问"),
    _practice("法律顾问全覆盖", r"法律顾问[^。；]{0,8}全覆盖|全覆盖[^。；]{0,4}法律顾问"),
    _practice("公职律师", r"公职律师"),
    _practice("法律明白人", r"法律明白人"),
    _practice("法治带头人", r"法治带头人"),
    _practice("七五普法", rf"七五{_Q}普法|第七个五年(?:普法|法治宣传)"),
    _practice("八五普法", rf"八五{_Q}普法|第八个五年(?:普法|法治宣传|规划)|法治宣传教育第八个五年"),
    _practice("谁执法谁普法", rf"谁执法[、，,]?\s*{_Q}谁普法"),
    _practice("以案释法", r"以案释法|以案说法"),
    _practice("宪法宣传", r"宪法宣传周|国家宪法日|宪法日|(?<![\d.])12[·.]4(?![\d.])"),
    _practice("法律进乡村（社区）",
              r"法律[“\"]?[六七八九十]进|法律进(?:乡村|农村|社区|学校|企业|机关|单位|家庭|村)"),
    _practice("普法讲师团", r"普法讲师团|法治宣讲团|普法宣讲团"),
    _practice("法治副校长", r"法治副校长"),
    _practice("新媒体普法", r"微信公众号|微信群|抖音|短视频|视频号|新媒体"),
    _practice("法治文化阵地",
              r"法治文化(?:阵地|广场|公园|长廊|墙|主题公园|一条街|大院|书屋)|法治(?:广场|公园)"
              r"|宪法(?:广场|公园)"),
    _practice("民主法治示范村", r"民主法治示范(?:村|社区)|民主法治村"),
    _practice("学法考法", r"学法考法|学法用法考试|考法|学法考试"),
    _practice("述法", r"(?<![上前所陈讲描叙概论引转复阐])述法(?![律规])"),  # not 上述法律
    _practice("行政规范性文件合法性审查",
              r"规范性文件[^。；]{0,16}合法性审查|合法性审查[^。；]{0,10}规范性文件"),
    _practice("重大行政决策合法性审查",
              r"重大(?:行政)?决策[^。；]{0,24}合法性审查|合法性审查[^。；]{0,10}重大(?:行政)?决策"),
    _practice("双随机一公开", r"双随机[、，,]?\s*一公开"),
    _practice("放管服", r"放管服"),
    _practice("权责清单", r"权责清单|权力清单|责任清单"),
    _practice("行政机关负责人出庭应诉", r"负责人出庭应诉|负责人出庭"),
    _practice("综治中心", r"综治中心|综合治理中心|综治(?:维稳)?工作中心"),
    _practice("网格化管理", r"网格化|网格员|网格长|网格管理"),
    _practice("十户长（联户）", r"十户长|联户长|十户联防|联户联防|户长制|联户"),
    _practice("诉源治理", r"诉源治理"),
    _practice("矛盾纠纷多元化解", r"多元化解|多元(?:预防)?调处化解|大调解|多调中心|多元调解"),
    _practice("诉调（访调、警调）对接", r"诉调对接|访调对接|警调对接|检调对接"),
    _practice("人民调解委员会", r"人民调解委员会|调委会|调解委员会"),
    _practice("乡贤调解", r"乡贤(?:调解|参事|理事)"),
    _practice("信访评理", r"信访评理|评理(?:室|堂|中心|团)"),
    _practice("公共法律服务工作站（中心）",
              r"公共法律服务(?:工作)?(?:站|中心|室|平台|点)|法律服务(?:工作)?站"),
    _practice("法律援助工作站", r"法律援助(?:工作)?(?:站|室|中心|联络点)|法援站"),
    _practice("平安村（社区）创建", r"平安(?:村|社区|乡镇|镇|家庭|校园)(?:创建)?|平安创建"),
    _practice("社区矫正", r"社区矫正"),
    _practice("扫黑除恶", r"扫黑除恶"),
)


def named_practices(text: str) -> list[str]:
    """Canonical names of the catalog's practices that `text` mentions, in catalog order."""
    return [practice.name for practice in PRACTICES if practice.pattern.search(text)]


# --- keyword profile ------------------------------------------------------------------

# Words every township rule-of-law report uses: they say nothing about this report.
STOP_WORDS = frozenset(
    """
    坚持 推进 工作 加强 全面 进一步 深入 开展 落实 建设 不断 积极 提高 完善 持续 切实 扎实 有效
    强化 提升 健全 推动 实现 组织 做好 确保 贯彻 认真 贯彻落实 深入开展 大力 着力 努力 全力 严格
    及时 依法 法治 法治建设 法治政府 法治政府建设 法律 法规 法治思想 习近平 习近平法治思想 新时代
    中国 特色 社会主义 中国特色社会主义 思想 二十大 党的二十大 精神 党中央 中央 国务院 省委 市委 区委
    县委 党委 政府 人民政府 镇党委 镇政府 乡党委 乡政府 街道 领导 主要 负责人 党政 群众 人民 人民群众
    干部 全镇 我镇 本镇 全乡 我乡 本乡 镇村 村居 各村 社区 村民 居民 单位 部门 相关 各类 各项 方面
    情况 问题 工作机制 机制 制度 要求 重点 重要 以及 通过 进行 加大 力度 水平 能力 意识 作用 形式
    活动 服务 管理 方式 措施 体系 主体 责任 职责 任务 目标 计划 安排 部署 情况报告 报告 如下 现将
    一是 二是 三是 四是 五是 六是 七是 八是 九是 十是 其次 同时 此外 并且 一步 进一 全年 今年 年度
    以来 目前 当前 截至 共计 累计 其中 先后 分别 达到 成功 开展了 组织开展 完成 取得 成效 明显 良好
    氛围 营造 形成 保障 保持 不断提高 不断完善 进一步加强 充分 发挥 利用 结合 围绕 聚焦 立足 紧紧
    紧扣 把握 用好 抓好 抓实 深化 优化 规范 规范化 制度化 常态化 工作人员 人员 同志 一批 一系列 多次
    次数 人次 件数 以上 左右 余次 余件 余人 万余 多元 广大 全体 一定 存在 不足 短板 下一步 下步
    明年 思路 方向 继续 更加 更好 推进法治 依法治 依法治国 依法行政 全面依法治国 治理 社会 经济 发展
    稳定 安全 和谐 环境 基层 乡村振兴 振兴 我们 他们 各级 上级 有关 这些 一些 一个 这个 没有 可以
    需要 已经 还是 就是 其他 以上 之间 之一 不是 对于 关于 根据 按照 由于 因此 所以 但是 虽然 为了
    学习 亲自 维护 事项 重大 村级 乡村 依法治镇 依法治乡 依法治区 依法治县 依法治市 治镇 治乡 治区
    治县 治市 工作会议 会议 召开 专题 情况汇报 汇报 一村 进村 入户 走访 带头 认真落实 综合 党工委
    办事处 镇长 乡长 书记 党委会 科室 村委会 村两委 班子 成员 领导班子 党员 党员干部 认真学习
    """.split()
)
_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")
_NUMERAL_WORD = re.compile(r"^[〇零一二三四五六七八九十百千万亿两几余多第]+"
                           r"[个次件人名场份年月日号起项条期批]?$")
_PLACE_SUFFIX = ("镇", "乡", "街道", "苏木", "市", "区", "县", "旗")

_lock = threading.Lock()
_default_tokenizer: Tokenizer | None = None
_default_idf: tuple[dict[str, float], float] | None = None


def _jieba_tokenizer() -> Tokenizer:
    """The process-wide jieba tokenizer with the field's user dictionary (built once)."""
    global _default_tokenizer
    if _default_tokenizer is None:
        with _lock:
            if _default_tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                # The cache goes to the system temp dir, never the home directory.
                tokenizer.tmp_dir = tempfile.gettempdir()
                # An open file, because jieba never closes the one it opens itself.
                with open(USERDICT_PATH, "rb") as userdict:
                    tokenizer.load_userdict(userdict)  # also initialises the main dictionary
                _default_tokenizer = tokenizer
    return _default_tokenizer


def _jieba_idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (the IDF of a word the table lacks)."""
    global _default_idf
    if _default_idf is None:
        with _lock:
            if _default_idf is None:
                import jieba

                path = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
                table: dict[str, float] = {}
                with open(path, encoding="utf-8") as handle:
                    for line in handle:
                        word, _, value = line.strip().partition(" ")
                        if value:
                            table[word] = float(value)
                values = sorted(table.values())
                _default_idf = (table, values[len(values) // 2] if values else 1.0)
    return _default_idf


def keyword_profile(
    text: str,
    top: int = 20,
    *,
    tokenizer: Tokenizer | None = None,
    idf: Mapping[str, float] | None = None,
) -> list[tuple[str, float]]:
    """The `top` most characteristic words of `text` with their TF-IDF weight, best first.

    weight = (occurrences / words in the text) × IDF, rounded to 4 places; IDF is jieba's
    table, where a word it lacks (most of the field's own terms) gets the median value.
    tokenizer and idf exist for tests (a jieba.Tokenizer with a tiny dictionary, a small
    dict); by default the shared jieba tokenizer and jieba's IDF table are used.
    """
    if top <= 0 or not text.strip():
        return []
    if tokenizer is None:
        tokenizer = _jieba_tokenizer()
    if idf is None:
        idf_table, default_idf = _jieba_idf()
    else:
        idf_table = dict(idf)
        values = sorted(idf_table.values())
        default_idf = values[len(values) // 2] if values else 1.0
    own_names = _own_place_names(text)
    words = [w.strip() for w in tokenizer.cut(text)]
    words = [w for w in words if w]
    total = len(words)
    counts = Counter(w for w in words if _informative(w, own_names))
    if not counts or not total:
        return []
    scored = [(word, count / total * idf_table.get(word, default_idf)) for word, count in counts.items()]
    scored.sort(key=lambda item: (-item[1], item[0]))
    return [(word, round(weight, 4)) for word, weight in scored[:top]]


def _informative(word: str, own_names: set[str]) -> bool:
    return bool(_WORD.match(word)) and word not in STOP_WORDS and word not in own_names and not (
        _NUMERAL_WORD.match(word)
    )


def _own_place_names(text: str) -> set[str]:
    """The report's own town and county, full and short ("崇礼镇", "崇礼"): not keywords."""
    from .metadata import read_metadata

    meta = read_metadata(text)
    names: set[str] = set()
    for name in (meta.township, meta.county, meta.city, meta.province):
        if not name:
            continue
        names.add(name)
        for suffix in _PLACE_SUFFIX:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                short = name[: -len(suffix)]
                # jieba may cut a rare name anywhere: 龙额溪镇 → 龙额 / 溪镇.
                names.update(short[:k] for k in range(2, len(short) + 1))
                names.add(short + "人")
    return names


__all__ = ["PRACTICES", "STOP_WORDS", "USERDICT_PATH", "Practice", "keyword_profile",
           "named_practices"]
