import pytest
from django.urls import reverse

from reports.highlight import Mark, highlight_text
from tests.factories_pages import make_report, make_township, make_value

TEXT = "一、基本情况\n全镇共有19个村（社区）。受理调解各类民间纠纷290件，调解成功288件，调解成功率达99%。"


def test_highlight_wraps_each_span_and_escapes_the_rest():
    text = "a<b>受理纠纷290件</b>"
    start = text.index("290")
    html, skipped = highlight_text(text, [Mark(start, start + 4, "disputes_received", "受理")])
    assert html == (
        'a&lt;b&gt;受理纠纷<mark id="v-disputes_received" class="fig" title="受理" tabindex="-1">'
        '290件</mark>&lt;/b&gt;'
    )
    assert skipped == []


def test_highlight_skips_missing_out_of_range_and_overlapping_spans():
    text = "0123456789"
    html, skipped = highlight_text(text, [
        Mark(2, 5, "a"), Mark(4, 6, "b"), Mark(None, None, "c"),
        Mark(8, 40, "d"), Mark(6, 6, "e"), Mark(7, 9, "f"),
    ])
    assert html.count("<mark") == 2 and 'id="v-a"' in html and 'id="v-f"' in html
    assert sorted(skipped) == ["b", "c", "d", "e"]
    assert html.replace('<mark id="v-a" class="fig" title="" tabindex="-1">', "").replace(
        '<mark id="v-f" class="fig" title="" tabindex="-1">', "").replace("</mark>", "") == text


@pytest.mark.django_db
def test_figures_are_marked_at_their_spans(viewer_client):
    report = make_report(make_township("深沪镇"), 2023, TEXT, figures={
        "disputes_received": (290, "290件"), "disputes_resolved": (288, "288件"),
        "mediation_success_rate": (99, "99%"),
    })

    html = viewer_client.get(reverse("report", args=[report.pk])).content.decode()

    for code, shown in [("disputes_received", "290件"), ("disputes_resolved", "288件"),
                        ("mediation_success_rate", "99%")]:
        assert f'<mark id="v-{code}"' in html
        assert f'tabindex="-1">{shown}</mark>' in html
        assert f'class="js-jump" href="#v-{code}"' in html
    assert "一、基本情况" in html


@pytest.mark.django_db
def test_script_in_the_report_text_is_escaped(viewer_client):
    text = "<script>alert(1)</script>受理纠纷<b>12件</b>。"
    report = make_report(make_township(), 2023, text, figures={"disputes_received": (12, "12件")},
                         problems="<img src=x onerror=alert(2)>", plans="<script>bad()</script>")
    make_value(report, "villages", 3, evidence="<script>evidence()</script>")

    html = viewer_client.get(reverse("report", args=[report.pk])).content.decode()

    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "<script>bad()" not in html and "<script>evidence()" not in html
    assert "&lt;b&gt;" in html and 'tabindex="-1">12件</mark>' in html


@pytest.mark.django_db
def test_it_shows_metadata_sections_keywords_and_practices(viewer_client):
    report = make_report(
        make_township("崇礼镇"), 2023, TEXT, problems="法治宣传形式单一。", plans="继续聘用1名法律顾问。",
        keywords=[["调解", 0.8], ["普法", 0.4]], practices=["枫桥经验", "一村一法律顾问"],
        original_name="崇礼镇2023年报告.txt", encoding="gb18030",
    )
    make_value(report, "people_reached", 20000, approximate=True, source="corrected",
               evidence="约20000人次受益")

    html = viewer_client.get(reverse("report", args=[report.pk])).content.decode()

    for expected in ["法治宣传形式单一。", "继续聘用1名法律顾问。", "调解", "width: 100.0%", "width: 50.0%",
                     "枫桥经验", "一村一法律顾问", "崇礼镇2023年报告.txt", "gb18030", "test-1",
                     reverse("report_original", args=[report.pk]), 'class="approx"', 'class="corrected"',
                     "原文位置未知"]:
        assert expected in html, expected


@pytest.mark.django_db
def test_a_report_without_figures_or_sections_renders(viewer_client):
    report = make_report(make_township(), 2023, "只有一句话。")
    response = viewer_client.get(reverse("report", args=[report.pk]))
    assert response.status_code == 200
    assert "没有从这份报告中提取到指标" in response.content.decode()


@pytest.mark.django_db
def test_a_replaced_report_says_so(viewer_client):
    town = make_township()
    old = make_report(town, 2023, is_current=False)
    old.replaced_by = make_report(town, 2023)
    old.save()
    html = viewer_client.get(reverse("report", args=[old.pk])).content.decode()
    assert "此报告已被替换" in html and reverse("report", args=[old.replaced_by.pk]) in html


@pytest.mark.django_db
def test_unknown_report_is_404(viewer_client):
    assert viewer_client.get(reverse("report", args=[424242])).status_code == 404
    assert viewer_client.get(reverse("report_original", args=[424242])).status_code == 404


@pytest.mark.django_db
def test_the_original_downloads_with_its_name(viewer_client):
    report = make_report(make_township(), 2023, TEXT, original_name="深沪镇 2023 年度报告.txt")

    response = viewer_client.get(reverse("report_original", args=[report.pk]))

    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode() == TEXT
    assert "attachment" in response["Content-Disposition"]
    assert "filename*=utf-8''" in response["Content-Disposition"]
    response.close()


@pytest.mark.django_db
def test_the_original_needs_a_signed_in_user(client, settings):
    settings.LOGIN_URL = "/accounts/login/"
    report = make_report(make_township(), 2023, TEXT)
    response = client.get(reverse("report_original", args=[report.pk]))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_report_page_query_count_is_constant(viewer_client, django_assert_max_num_queries):
    report = make_report(make_township(), 2023, TEXT, figures={
        "disputes_received": (290, "290件"), "disputes_resolved": (288, "288件"), "villages": (19, "19个村"),
    })
    with django_assert_max_num_queries(5):
        viewer_client.get(reverse("report", args=[report.pk]))
