"""read_metadata: town, county, year and signing date from titles, openings and signatures."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from reports.extraction.cleaning import clean_text
from reports.extraction.metadata import Metadata, read_metadata

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "fixtures" / "reports"
UNSEEN = ROOT / "tests" / "reports" / "extraction" / "corpus" / "unseen"

# The sample reports' metadata (as in the shared gold file); a list means any of these.
GOLD = {
    "000_e4d060004e30d34b.txt": {"township": "深沪镇", "county": "晋江市", "year": 2023,
                                 "report_date": "2024-01-25"},
    "001_d63b280c47865988.txt": {"township": "省新镇", "county": ["南安市", None], "year": 2023,
                                 "report_date": None},
    "002_0ca269bc21c17480.txt": {"township": "崇礼镇", "county": "东坡区", "year": 2023,
                                 "report_date": "2023-12-22"},
    "003_65318e0f7e465e03.txt": {"township": "东庄镇", "county": "秀屿区", "year": 2021,
                                 "report_date": None},
    "004_27bd2cb9359f7af4.txt": {"township": "寨里镇", "county": ["淄川区", None], "year": 2023,
                                 "report_date": "2023-12-29"},
}


def as_gold(meta: Metadata) -> dict:
    return {"township": meta.township, "county": meta.county, "year": meta.year,
            "report_date": meta.report_date.isoformat() if meta.report_date else None}


def assert_matches(meta: Metadata, gold: dict) -> None:
    got = as_gold(meta)
    for field, expected in gold.items():
        if field not in got:
            continue
        if isinstance(expected, list):
            assert got[field] in expected, field
        else:
            assert got[field] == expected, field


@pytest.mark.parametrize("name", sorted(GOLD), ids=lambda n: n[:3])
def test_the_sample_reports_metadata(name):
    meta = read_metadata((SEEDS / name).read_text(encoding="utf-8"))
    assert_matches(meta, GOLD[name])


def _unseen_cases():
    path = UNSEEN / "gold.json"
    if not path.exists():
        return []
    gold = json.loads(path.read_text(encoding="utf-8"))
    return [(name, entry) for name, entry in sorted(gold.items())
            if not name.startswith("_") and (UNSEEN / name).exists()]


# Held out like the rest of the corpus. Township, year and signing date are tested with the
# corpus (test_corpus.py, where a first-seen miss is logged as a known miss); here the county,
# which may be left empty but must never be a wrong one.
@pytest.mark.corpus
@pytest.mark.parametrize(("name", "gold"), _unseen_cases(), ids=lambda x: x if isinstance(x, str) else "")
def test_the_held_out_reports_county_is_right_or_empty(name, gold):
    # as extract_report reads them: from the cleaned text (a page copied from a website loses its frame)
    meta = read_metadata(clean_text((UNSEEN / name).read_text(encoding="utf-8")))
    county = gold.get("county")
    assert meta.county in ([*county, None] if isinstance(county, list) else [county, None])


def test_the_sample_titles():
    title = read_metadata((SEEDS / "000_e4d060004e30d34b.txt").read_text(encoding="utf-8")).title
    assert title == "中共晋江市深沪镇委员会 晋江市深沪镇人民政府 关于深沪镇2023年法治建设工作情况的报告"
    title = read_metadata((SEEDS / "003_65318e0f7e465e03.txt").read_text(encoding="utf-8")).title
    assert title == "东庄镇2021年法治政府建设工作年度报告"  # not the document-number line above it


def test_the_city_comes_from_the_chain():
    meta = read_metadata((SEEDS / "002_0ca269bc21c17480.txt").read_text(encoding="utf-8"))
    assert (meta.city, meta.county, meta.township) == ("眉山市", "东坡区", "崇礼镇")


# --- variants of titles, openings and signatures -----------------------------------------

D = datetime.date

VARIANTS = [
    pytest.param(
        "城关街道2022年法治政府建设工作总结\n2022年，城关街道在区委、区政府的领导下，全街道共化解纠纷30件。\n"
        "城关街道办事处\n2022年12月20日",
        {"township": "城关街道", "year": 2022, "report_date": D(2022, 12, 20)}, id="street-office"),
    pytest.param(
        "关于2023年度法治建设工作情况的报告\n中共青川县委、青川县人民政府：\n2023年以来，石门坎乡坚持依法行政。\n"
        "石门坎乡人民政府\n二〇二三年十二月二十九日",
        {"township": "石门坎乡", "county": "青川县", "year": 2023, "report_date": D(2023, 12, 29)},
        id="xiang-chinese-numeral-date"),
    pytest.param(
        "红星民族乡2023年法治政府建设年度报告\n今年以来，红星民族乡深入推进依法治乡，全乡各村平安稳定。\n"
        "三、2024年工作计划\n2024年，我乡将继续努力。\n红星民族乡人民政府\n2023.12.15",
        {"township": "红星民族乡", "year": 2023, "report_date": D(2023, 12, 15)},
        id="minzu-xiang-dotted-date"),
    pytest.param(
        "关于2024年法治政府建设工作情况的报告\n乌龙箐彝族乡2024年坚持依法行政。乌龙箐彝族乡党委高度重视。\n"
        "中共乌龙箐彝族乡委员会\n2024-12-20",
        {"township": "乌龙箐彝族乡", "year": 2024, "report_date": D(2024, 12, 20)}, id="yizu-xiang-iso-date"),
    pytest.param(
        "温宿县博孜墩柯尔克孜族乡2024年法治政府建设工作报告\n2024年，博孜墩柯尔克孜族乡坚持依法行政。\n"
        "博孜墩柯尔克孜族乡人民政府\n2024年12月20日",
        {"township": "博孜墩柯尔克孜族乡", "county": "温宿县", "year": 2024, "report_date": D(2024, 12, 20)},
        id="long-ethnic-name"),
    pytest.param(
        "厍东关彝族苗族白族乡法治政府建设年度工作报告\n2025年，厍东关彝族苗族白族乡依法行政。\n"
        "厍东关彝族苗族白族乡人民政府\n2025年12月20日",
        {"township": "厍东关彝族苗族白族乡", "year": 2025, "report_date": D(2025, 12, 20)},
        id="three-ethnic-groups"),
    pytest.param(
        "关于那仁宝拉格苏木2022年法治政府建设情况的报告\n2022年，那仁宝拉格苏木依法行政。\n"
        "那仁宝拉格苏木人民政府\n2022年12月20日",
        {"township": "那仁宝拉格苏木", "year": 2022, "report_date": D(2022, 12, 20)}, id="sumu-with-na"),
    pytest.param(
        "巴音布鲁克镇2024年法治政府建设工作报告\n2024年，巴音布鲁克镇党委、政府依法行政。\n"
        "巴音布鲁克镇人民政府\n2024年12月20日",
        {"township": "巴音布鲁克镇", "year": 2024, "report_date": D(2024, 12, 20)}, id="five-character-town"),
    pytest.param(
        "四川省成都市双流区黄甲街道2023年法治政府建设情况报告\n2023年，黄甲街道依法履职。\n黄甲街道办事处\n2024/01/08",
        {"township": "黄甲街道", "county": "双流区", "city": "成都市", "province": "四川省", "year": 2023,
         "report_date": D(2024, 1, 8)}, id="province-city-district-street"),
    pytest.param(
        "法治政府建设年度报告\n今年以来，青山镇坚持依法行政，青山镇各项工作有序推进。\n青山镇人民政府\n2024年1月10日",
        {"township": "青山镇", "year": 2023, "report_date": D(2024, 1, 10)},
        id="this-year-signed-in-january"),
    pytest.param(
        "法治政府建设年度报告\n今年以来，青山镇坚持依法行政。\n青山镇人民政府\n2023年11月10日",
        {"year": 2023, "report_date": D(2023, 11, 10)}, id="this-year-signed-in-november"),
    pytest.param(
        "晋江市安海镇关于2022年法治建设工作情况的报告\n中共晋江市委、晋江市人民政府：\n2022年，安海镇依法行政。\n"
        "晋江市安海镇人民政府\n2023年1月5日",
        {"township": "安海镇", "county": "晋江市", "city": None, "year": 2022, "report_date": D(2023, 1, 5)},
        id="county-level-city-prefix-january-signing"),
    pytest.param(
        "新城镇2023年法治政府建设工作报告\n2023年，新城镇坚持推进新型城镇化，城镇建设与乡镇工作并进。\n"
        "新城镇人民政府\n2023年12月1日",
        {"township": "新城镇", "year": 2023}, id="name-ending-like-a-common-word"),
    pytest.param(
        "鄂伦春民族乡2020年法治建设工作总结\n2020年，鄂伦春民族乡坚持依法治乡，全乡稳定。\n鄂伦春民族乡党委\n2020年12月30日",
        {"township": "鄂伦春民族乡", "year": 2020}, id="three-character-minzu-xiang"),
    pytest.param(
        "巴彦淖尔市乌拉特前旗白彦花镇2023年法治政府建设报告\n2023年，白彦花镇依法行政。",
        {"township": "白彦花镇", "county": "乌拉特前旗", "city": "巴彦淖尔市", "report_date": None},
        id="banner"),
    pytest.param(
        "长阳土家族自治县龙舟坪镇2023年法治政府建设工作报告\n2023年，龙舟坪镇依法行政。",
        {"township": "龙舟坪镇", "county": "长阳土家族自治县"}, id="autonomous-county"),
    pytest.param(
        "济南市市中区党家街道2023年法治政府建设情况报告\n2023年，党家街道依法行政。",
        {"township": "党家街道", "county": "市中区", "city": "济南市"}, id="district-named-shizhong"),
    pytest.param(
        "上海市浦东新区川沙新镇2023年度法治政府建设情况报告\n2023年，川沙新镇依法行政。",
        {"township": "川沙新镇", "county": "浦东新区", "province": "上海市", "city": None}, id="new-area"),
    pytest.param(
        "宜宾市叙州区青岚镇2023年法治政府建设工作报告\n中共宜宾市叙州区委、叙州区人民政府：\n2023年，青岚镇依法行政。",
        {"township": "青岚镇", "county": "叙州区", "city": "宜宾市"}, id="zhou-inside-a-district-name"),
    pytest.param(
        "东庄镇法治政府建设工作报告\n中共秀屿区委、秀屿区人民政府：\n一、2021年度法治政府工作开展情况\n"
        "2021年，东庄镇依法行政。\n三、2022年度工作安排\n2022年，东庄镇将继续努力。",
        {"township": "东庄镇", "county": "秀屿区", "year": 2021}, id="addressee-county-heading-year"),
    pytest.param(
        "法治政府建设工作报告\n2023年以来，东庄镇依法行政。\n三、2024年工作思路\n2024年，东庄镇将继续努力。"
        "2024年，东庄镇将深化改革。",
        {"year": 2023}, id="plan-years-never-win"),
    pytest.param(
        "关于2023年度法治政府建设\n工作情况的报告\n区委、区政府：\n2023年，青山镇依法行政。",
        {"title": "关于2023年度法治政府建设工作情况的报告", "year": 2023, "township": "青山镇"},
        id="title-on-two-lines"),
    pytest.param(
        "青山镇２０２３年法治政府建设工作报告\n青山镇依法行政。",
        {"year": 2023, "township": "青山镇"}, id="full-width-digits"),
    pytest.param(
        "法治建设工作汇报\n我镇认真贯彻落实上级部署，全镇各村开展普法宣传，推进新型城镇化和乡村振兴，街道办积极配合。",
        {"township": None, "year": None, "report_date": None, "county": None}, id="only-generic-words"),
    pytest.param(
        "青山镇法治政府建设工作报告\n青山镇依法行政，组织干部赴邻近的红岩镇学习。青山镇各村平安。\n青山镇人民政府",
        {"township": "青山镇"}, id="most-frequent-town-wins"),
    pytest.param(
        "青山镇2023年法治政府建设工作报告\n2023年，青山镇依法行政。截至2023年11月30日，共化解纠纷40件。\n青山镇人民政府",
        {"report_date": None}, id="body-date-is-not-the-signing-date"),
    pytest.param(
        "青山镇2023年法治政府建设工作报告\n2023年，青山镇依法行政。\n"
        "青山镇人民政府  2023年12月29日\n（此件公开发布）",
        {"report_date": D(2023, 12, 29)}, id="date-on-the-signature-line"),
    pytest.param(
        "寨里镇2023年法治政府建设工作报告\n区委、区政府：\n2023年寨里镇依法行政，通过法治淄川微信公众号普法。",
        {"township": "寨里镇", "county": "淄川区"}, id="abbreviation-with-district-addressee"),
    pytest.param(
        "寨里镇2023年法治政府建设工作报告\n2023年寨里镇依法行政，通过法治淄川微信公众号普法。",
        {"county": None}, id="abbreviation-without-level-is-none"),
    pytest.param(
        "省新镇2023年法治政府建设年度报告\n省新镇落实市委全面依法治市委员会工作要点，利用南安政府门户网站、"
        "泉州政府门户网站公开信息。",
        {"township": "省新镇", "county": None}, id="two-abbreviations-are-none"),
    pytest.param(
        "省新镇2023年法治政府建设年度报告\n省新镇落实市委全面依法治市委员会工作要点，利用南安政府门户网站公开信息。",
        {"township": "省新镇", "county": "南安市"}, id="portal-abbreviation-with-city-level"),
    pytest.param(
        "梅岭镇2024年度法治政府建设情况报告\n县委依法治县办：\n梅岭镇位于安化县西部山区，辖18个村。\n梅岭镇人民政府\n2024年11月28日",
        {"township": "梅岭镇", "county": "安化县", "year": 2024}, id="located-in-county"),
    pytest.param(
        "柳湾乡2024年法治政府建设工作报告\n县委依法治县办：\n2024年，柳湾乡党委认真落实郸城县法治政府建设工作要点。",
        {"township": "柳湾乡", "county": "郸城县"}, id="the-one-county-of-the-addressee-level"),
    pytest.param(
        "法治政府建设工作报告\n根据上级要求，现将有关情况报告如下。\n自2018年以来，青山镇累计建成法治广场3个。"
        "2023年，青山镇新建1个。\n青山镇人民政府",
        {"year": 2023}, id="history-since-is-not-the-year"),
    pytest.param(
        "法治政府建设工作报告\n青山镇认真落实县委依法治县委员会2023年工作要点。\n三、2024年工作安排\n"
        "2024年，青山镇将继续努力。2024年，青山镇将深化改革。",
        {"year": 2023}, id="the-years-work-points-are-the-year"),
    pytest.param(
        "锡林郭勒盟阿巴嘎旗洪格尔高勒苏木2023年法治政府建设工作报告\n2023年，洪格尔高勒苏木依法行政。\n"
        "洪格尔高勒苏木人民政府\n2023年12月25日",
        {"township": "洪格尔高勒苏木", "county": "阿巴嘎旗", "city": "锡林郭勒盟"}, id="sumu"),
    pytest.param(
        "", {"title": None, "township": None, "county": None, "year": None, "report_date": None}, id="empty"),
    pytest.param(
        "青山镇法治政府建设工作报告\n青山镇依法行政，青山镇各项工作有序推进。\n青山镇人民政府",
        {"township": "青山镇", "year": None, "report_date": None}, id="no-year-anywhere"),
    pytest.param(
        "秀东政〔2021〕号                       签发人：\n\n"
        "东庄镇2021年法治政府建设工作年度报告\n东庄镇依法行政。",
        {"title": "东庄镇2021年法治政府建设工作年度报告", "year": 2021}, id="document-number-line-skipped"),
    pytest.param(
        "二〇二三年法治政府建设工作报告\n青山镇依法行政。\n青山镇人民政府\n二〇二四年一月八日",
        {"year": 2023, "report_date": D(2024, 1, 8), "title": "二〇二三年法治政府建设工作报告"},
        id="chinese-numeral-title-year"),
    pytest.param(
        "法治政府建设工作报告\n2024年以来，我镇在县委县政府的领导下，全面推进依法治镇。\n"
        "新华县桃源镇人民政府\n二〇二五年一月八日",
        {"township": "桃源镇", "county": "新华县", "year": 2024}, id="slogan-依法治镇-is-not-a-town"),
    pytest.param(
        "中共黄桥镇委员会 黄桥镇人民政府\n关于2024年法治建设工作的报告\n泰兴市委全面依法治市委员会办公室：\n"
        "今年以来，我镇坚持依法行政。\n黄桥镇人民政府\n2024年12月20日",
        {"township": "黄桥镇", "county": "泰兴市", "year": 2024}, id="addressee-is-an-office-of-the-市委"),
    pytest.param(
        "关于2024年度法治政府建设情况的报告\n市政府：\n2024年，我街道坚持依法行政，新桥街道等周边街道前来交流。\n"
        "义乌市稠江街道办事处\n2025年1月",
        {"township": "稠江街道", "county": "义乌市"}, id="tie-goes-to-the-signature"),
]


@pytest.mark.parametrize(("text", "expected"), VARIANTS)
def test_metadata_variants(text, expected):
    meta = read_metadata(text)
    got = {field: getattr(meta, field) for field in expected}
    assert got == expected


def test_metadata_is_a_frozen_dataclass():
    meta = read_metadata("青山镇2023年法治政府建设工作报告")
    with pytest.raises(AttributeError):
        meta.township = "x"  # type: ignore[misc]


def test_numbered_headings_at_the_end_of_a_short_text_are_not_its_signature():
    # (a signature's towns are named ones and weigh more: headings there would lend that weight
    # to whatever town the last paragraphs mention)
    text = ("青山镇2024年法治政府建设工作报告\n县委、县政府：\n现将我镇工作情况报告如下。\n一、主要工作\n"
            "我镇与相邻的龙潭乡建立了执法协作机制，龙潭乡持证人员现有19名。\n（一）推进依法行政\n")
    assert read_metadata(text).township == "青山镇"


def test_a_signing_date_in_yuanyue_is_january():
    for signed in ("二〇二五年元月九日", "2025年元月9日"):
        meta = read_metadata(f"青山镇2024年法治政府建设工作报告\n正文。\n青山镇人民政府\n{signed}")
        assert meta.report_date == datetime.date(2025, 1, 9)


def test_an_impossible_signing_date_is_none():
    assert read_metadata("青山镇2023年法治政府建设工作报告\n正文。\n"
                         "青山镇人民政府\n2023年2月30日").report_date is None


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # the addressee names the county by its party committee; 邀请县司法局 is a verb, not a county
        ("中共柳河乡委员会 柳河乡人民政府\n关于法治政府建设情况的报告\n\n太康县委、县政府：\n\n"
         "2024年，柳河乡邀请县司法局干部授课3次，全乡法治建设稳步推进。\n", "太康县"),
        ("中共柳河乡委员会\n关于2024年法治建设情况的报告\n\n"
         "2024年，柳河乡邀请县法院干部授课3次，全乡法治建设稳步推进。\n", None),
        # named once, as the party committee the town works under; 收到县人民政府 is a verb
        ("西沟乡2024年法治政府建设工作报告\n\n2024年，西沟乡在平顺县委、县政府的坚强领导下扎实推进法治建设。\n"
         "乡政府收到县人民政府转来的行政复议申请1件。\n", "平顺县"),
        # a one-character county after 按照; 按规定报县司法局 is a verb before 县
        ("偏店乡2025年法治政府建设工作报告\n\n今年以来，偏店乡按照涉县全面依法治县委员会办公室的统一部署推进法治建设。"
         "规范性文件按规定报县司法局备案审查。\n", "涉县"),
        # 依托政府网站 is a means, not the county 依托市
        ("光州街道2023年法治政府建设工作总结\n\n2023年，光州街道在莱州市委、市政府的正确领导下推进法治建设。"
         "依托政府网站和街道公众号公开各类信息。\n光州街道办事处\n2024年1月12日", None),
        # 清单在政府网站公布: 单在 is no county
        ("南城司乡2024年法治政府建设情况报告\n\n2024年，南城司乡在县委、县政府领导下推进法治建设。"
         "梳理权责事项46项，清单在政府网站公布。\n南城司乡人民政府\n2024年12月20日", None),
        # a banner's long name
        ("科尔沁左翼后旗甘旗卡镇2024年法治政府建设情况报告\n\n2024年，甘旗卡镇扎实推进法治建设。\n",
         "科尔沁左翼后旗"),
    ],
)
def test_county_from_addressee_and_banner_names(text, county):
    assert read_metadata(text).county == county


def test_the_signing_date_before_an_annex():
    meta = read_metadata("青山镇2025年法治政府建设工作报告\n正文。\n青山镇人民政府\n2026年1月9日\n\n附件\n"
                         "青山镇2025年主要指标\n行政村：18个\n社区：1个\n人民调解员：104人\n受理矛盾纠纷：231件\n"
                         "调解成功：226件\n法律咨询：355人次\n")
    assert meta.report_date == datetime.date(2026, 1, 9)


def test_the_signing_date_before_an_annex_that_ends_with_a_date_of_its_own():
    # (an appended 述法 statement is signed by the party secretary on another day)
    meta = read_metadata("青山镇2025年法治政府建设工作报告\n正文。\n青山镇人民政府\n2026年1月15日\n\n附件2\n"
                         "青山镇党委书记2025年度述法报告\n本人全年主持集中学法4次。\n述法人：李明\n2026年1月12日\n")
    assert meta.report_date == datetime.date(2026, 1, 15)


def test_the_committee_for_governing_the_county_by_law_is_not_a_county():
    def county(addressee: str) -> str | None:
        return read_metadata(f"青溪镇2024年法治政府建设工作报告\n{addressee}\n2024年，青溪镇依法行政。\n"
                             "青溪镇人民政府\n2024年12月20日").county

    assert county("睢宁县依法治县委员会办公室：") == "睢宁县"
    assert county("丰县依法治县委员会办公室：") in ("丰县", None)


def test_the_towns_committee_for_governing_by_law_is_no_town_name():
    # the body says only "镇依法治镇委员会" and the town's short name; its full name is in the signature
    text = ("关于2020年度法治政府建设工作情况的报告\n县委全面依法治县委员会办公室：\n"
            "今年以来，镇依法治镇委员会召开专题会议4次。依法治镇委员会办公室设在镇司法所，"
            "全年推动“法治柳塘”建设。依法治镇委员会各成员单位各负其责。\n"
            "中共青河县柳塘镇委员会\n青河县柳塘镇人民政府\n2020年12月28日")
    meta = read_metadata(clean_text(text))
    assert meta.township == "柳塘镇"
    assert meta.county == "青河县"
