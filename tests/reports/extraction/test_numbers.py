"""The number grammar on its own: values, qualifiers, magnitudes, percentages, non-figures."""

from __future__ import annotations

import pytest

from reports.extraction.numbers import cn_to_number, find_quantities, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("二", 2), ("十二", 12), ("三十七", 37), ("一百零五", 105), ("两千", 2000), ("千", 1000),
     ("两万", 20000), ("一千二百万", 12_000_000), ("二十", 20), ("一百", 100), ("三千零八", 3008)],
)
def test_chinese_numerals(text, value):
    assert cn_to_number(text) == value


@pytest.mark.parametrize("text", ["两三", "二〇二三", "", "多"])
def test_not_a_plain_chinese_numeral(text):
    assert cn_to_number(text) is None


@pytest.mark.parametrize(("text", "value"), [("1,200", 1200), ("1.2万", 12000), ("2万", 20000),
                                             ("97.67", 97.67),
                                             ("505万", 5_050_000), ("三十七", 37)])
def test_parse_number(text, value):
    assert parse_number(text) == value


def one(text, **kw):
    qs = [q for q in find_quantities(text, **kw)]
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx", "span"),
    [
        ("持证人员 21 名", 21, "名", False, "21 名"),
        ("全镇１２９件", 129, "件", False, "１２９件"),
        ("发放1,200份", 1200, "份", False, "1,200份"),
        ("二个区域性调解组织", 2, "个", False, "二个"),
        ("三十七场", 37, "场", False, "三十七场"),
        ("二十多部法律", 20, "部", True, "二十多部"),
        ("两万余人次", 20000, "人次", True, "两万余人次"),
        ("受教育人数约千余人次", 1000, "人次", True, "千余人次"),
        ("发放2万多份（册）", 20000, "份", True, "2万多份"),
        ("1.2万份", 12000, "份", False, "1.2万份"),
        ("走访3万余次", 30000, "次", True, "3万余次"),
        ("约20000人次受益", 20000, "人次", True, "20000人次"),
        ("近300件", 300, "件", True, "300件"),
        ("逾百人次", 100, "人次", True, "百人次"),
        ("超过50名", 50, "名", True, "50名"),
        ("100人以上", 100, "人", True, "100人以上"),
        ("30人左右", 30, "人", True, "30人左右"),
        ("达到45名", 45, "名", False, "45名"),
        ("近千件", 1000, "件", True, "千件"),
        ("受众上千人次", 1000, "人次", True, "上千人次"),  # 上 belongs to the number
        ("不足10人", 10, "人", True, "10人"),
        ("上百场", 100, "场", True, "上百场"),
        # spoken qualifiers and the spoken 个人
        ("差不多40场", 40, "场", True, "40场"),
        ("受教育群众大概有2万人次", 20000, "人次", True, "2万人次"),
        ("有执法证的一共18个人", 18, "个人", False, "18个人"),
        ("3个人民调解委员会", 3, "个", False, "3个"),
    ],
)
def test_counts(text, value, unit, approx, span):
    q = one(text)
    assert (q.value, q.unit, q.approximate) == (value, unit, approx)
    assert text[q.start:q.end] == span


def test_full_width_digits_are_read_even_before_cleaning():
    # cleaning turns them into ASCII; the grammar itself accepts what Python calls digits
    q = one("全镇１２９件")
    assert q.value == 129


def test_money_only_when_asked():
    assert find_quantities("调解协议涉及金额505万余元") == []
    q = one("调解协议涉及金额505万余元", money=True)
    assert (q.value, q.unit, q.approximate) == (5_050_000, "元", True)


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [("成功率99%", 99, False), ("息访率97.67%", 97.67, False), ("百分之九十八", 98, False),
     ("百分之百", 100, False), ("百分之九十八点五", 98.5, False), ("保持在97%以上", 97, True),
     ("约95%", 95, True)],
)
def test_percentages(text, value, approx):
    q = one(text)
    assert q.is_percent and q.unit == "%"
    assert (q.value, q.approximate) == (value, approx)


@pytest.mark.parametrize("text", ["开展3至5次", "每村3-5名", "两三次"])
def test_ranges_have_no_single_value(text):
    q = one(text)
    assert q.value is None


@pytest.mark.parametrize("text", ["数万份", "几十名"])
def test_vague_amounts_have_no_value(text):
    q = one(text)
    assert q.value is None and q.vague


@pytest.mark.parametrize(
    "text",
    ["2023年12月29日", "1-12月份", "10月14日", "2021—2025年", "秀东政〔2021〕号", "第一批", "第3次会议",
     "5项必经程序", "15天一报", "12.4国家宪法日", "4.15国家安全教育日", "24小时专人值班", "“七进”",
     "“八五”普法", "六守六无", "“三项制度”", "100周年", "一把手", "企业法律风险防范62则", "一起研究",
     "十户长", "一次性告知", "两部门联合", "若干", "一件事一次办", "二级人民调解员", "十九届六中全会",
     "万人大会"],
)
def test_not_figures(text):
    assert [q for q in find_quantities(text) if q.value is not None] == []


def test_tokens_come_in_order_with_spans_inside_the_text():
    text = "受理调解各类民间纠纷290件，调解成功288件，调解成功率达99%，涉及金额505万余元。"
    qs = find_quantities(text)
    assert [q.value for q in qs] == [290, 288, 99]
    assert all(0 <= q.start < q.end <= len(text) for q in qs)
    assert [q.start for q in qs] == sorted(q.start for q in qs)


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("覆盖群众一点二万人次", 12000, False),  # 点 is a decimal point in Chinese numerals
        ("发放资料三点五万份", 35000, False),
        ("发放宣传资料1万2千余份", 12000, True),  # two Arabic magnitudes
        ("发放宣传资料1万2份", 12000, False),  # the 千 left unsaid
        ("受教育群众1万5千多人次", 15000, True),
    ],
)
def test_decimal_and_mixed_magnitudes(text, value, approximate):
    (q,) = find_quantities(text)
    assert (q.value, q.approximate) == (value, approximate)
    assert text[q.start:].startswith(("一", "三", "1"))


def test_a_point_that_is_not_a_decimal():
    assert find_quantities("下午三点召开会议，参会5人。")[0].value == 5
    assert find_quantities("有一点儿进步") == []


@pytest.mark.parametrize(
    ("text", "value", "approximate", "span"),
    [
        ("行政执法证持有者廿六名", 26, False, "廿六名"),  # 廿 = 二十
        ("驻村干部卅二人", 32, False, "卅二人"),
        ("答复法律问题不少于五百次", 500, True, "五百次"),  # a lower bound: approximate
        ("至少120人次", 120, True, "120人次"),
    ],
)
def test_one_character_tens_and_lower_bounds(text, value, approximate, span):
    (q,) = find_quantities(text)
    assert (q.value, q.approximate) == (value, approximate)
    assert text[q.start:q.end] == span


def test_tenths_after_a_rate_are_a_percentage():
    (q,) = find_quantities("全年矛盾纠纷化解成功率保持在九成八以上。")
    assert (q.value, q.approximate, q.is_percent) == (98.0, True, True)
    (q,) = find_quantities("调解成功率达九成。")
    assert (q.value, q.approximate) == (90.0, False)
    # not without a rate before it, and not inside a word
    assert find_quantities("九成以上的纠纷在村一级化解，一成不变。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,21名", [(21, "名", False)]),  # a comma not after a digit is no fraction
        ("12.4名", [(12.4, "名", False)]),  # one count, not also its fraction "4名"
        ("第3名", []),
        ("约3名", [(3, "名", True)]),
        ("1" * 24 + "名", [(float("1" * 24), "名", False)]),
        ("1" * 25 + "名", []),  # a run too long to be a count, nor any tail of it
        ("3至5万元", []),  # money
        ("3至五次", [(None, "次", True)]),
        ("十户长", []),  # 户 begins no measure word here
        ("20万元", []),
        ("3万余次", [(30000, "次", True)]),
        ("1万2千人", [(12000, "人", False)]),
    ],
)
def test_counts_read_from_the_scan_and_what_comes_before(text, expected):
    assert [(q.value, q.unit, q.approximate) for q in find_quantities(text)] == expected
