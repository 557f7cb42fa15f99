"""format=csv|xlsx|json on the detail pages returns exactly the table shown."""

import csv
import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories_pages import make_county, make_report, make_township, make_value

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.fixture
def data():
    county = make_county("晋江市", "泉州市", "福建省")
    town = make_township("深沪镇", county)
    make_report(town, 2022, figures={"legal_literates": 40, "villages": 19}, practices=["枫桥经验"])
    report = make_report(town, 2023, "全镇19个村（社区），调解纠纷290件。", figures={
        "villages": (19, "19个村（社区）"), "disputes_received": (290, "290件"),
        "mediation_success_rate": 130,
    }, practices=["枫桥经验", "=HYPERLINK(1)"])
    make_value(report, "people_reached", 20000, approximate=True, source="corrected", evidence="=约20000人次")
    make_report(make_township("崇礼镇", make_county("东坡区", "眉山市", "四川省")), 2023,
                figures={"villages": 11}, practices=["三项制度"])
    return {"town": town, "report": report}


def test_report_figures_as_csv(viewer_client, data):
    response = viewer_client.get(reverse("report", args=[data["report"].pk]), {"format": "csv"})
    rows = csv_rows(response)
    assert rows[0][:3] == ["指标代码 (indicator)", "指标 (name)", "数值 (value)"]
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code["disputes_received"][2] == "290"
    assert by_code["people_reached"][4:6] == ["1", "1"]
    assert by_code["people_reached"][6] == "'=约20000人次"  # formula injection guarded
    assert "filename*=UTF-8''" in response["Content-Disposition"]


def test_township_figures_as_json_and_xlsx(viewer_client, data):
    url = reverse("township", args=[data["town"].pk])
    payload = json.loads(b"".join(viewer_client.get(url, {"format": "json"}).streaming_content))
    rows = payload if isinstance(payload, list) else payload.get("rows", payload)
    assert len(rows) == 2
    response = viewer_client.get(url, {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True).active
    table = list(sheet.values)
    header = table[0]
    assert header[:3] == ("乡镇 (township)", "县级单位 (county)", "年度 (year)")
    villages = header.index("村（社区）数 (villages)")
    assert [row[villages] for row in table[1:]] == [19, 19]
    assert table[2][header.index("约数 (approximate)")] == "people_reached"


def test_indicator_table_as_csv_follows_the_filters(viewer_client, data):
    url = reverse("indicator", args=["villages"])
    assert len(csv_rows(viewer_client.get(url, {"format": "csv"}))) == 3
    county = data["town"].county_id
    rows = csv_rows(viewer_client.get(url, {"format": "csv", "county": county}))
    assert [row[0] for row in rows[1:]] == ["深沪镇"]


def test_practices_matrix_as_csv(viewer_client, data):
    rows = csv_rows(viewer_client.get(reverse("practices"), {"format": "csv", "year": 2023}))
    header = rows[0][3:]
    assert [h.rsplit(" (", 1)[0].lstrip("'") for h in header] == ["=HYPERLINK(1)", "三项制度", "枫桥经验"]
    assert not header[0].startswith("=")  # a practice name can't become a formula
    by_town = {row[0]: row[3:] for row in rows[1:]}
    assert by_town == {
        "深沪镇": ["1", "0", "1"], "崇礼镇": ["0", "1", "0"]}  # booleans as 1 / 0
    assert len(rows) == 3


def test_quality_tables_as_csv(viewer_client, data):
    url = reverse("quality")
    suspects = csv_rows(viewer_client.get(url, {"format": "csv"}))
    assert [row[3] for row in suspects[1:]] == ["mediation_success_rate"]
    unreviewed = csv_rows(viewer_client.get(url, {"format": "csv", "table": "unreviewed"}))
    assert len(unreviewed) == 4
    coverage = csv_rows(viewer_client.get(url, {"format": "csv", "table": "coverage"}))
    assert len(coverage) == 16 and coverage[0][2] == "2022 年提及 (stated_2022)"


def test_indicator_list_as_csv_and_unknown_format(viewer_client, data):
    rows = csv_rows(viewer_client.get(reverse("indicators"), {"format": "csv"}))
    assert len(rows) == 16
    assert viewer_client.get(reverse("indicators"), {"format": "pdf"}).status_code == 400


def test_pages_link_their_exports(viewer_client, data):
    html = viewer_client.get(reverse("quality"), {"year": 2023}).content.decode()
    assert "?year=2023&amp;format=csv&amp;table=unreviewed" in html
    html = viewer_client.get(reverse("report", args=[data["report"].pk])).content.decode()
    assert "?format=xlsx" in html
