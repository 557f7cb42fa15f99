import csv
import io
import json
from urllib.parse import quote

import pytest
from metrics_factories import make_report
from openpyxl import load_workbook

from metrics.exports import Column, table_response
from metrics.models import ReportFigures

pytestmark = pytest.mark.django_db


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_townships_csv_is_the_whole_filtered_table_with_bom_codes_and_plain_numbers(viewer_client, towns):
    response = viewer_client.get("/townships/?province=福建省&sort=-enforcement_staff&format=csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.streaming
    data = body(response)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header = rows[0]
    assert header[:5] == [
        "省份 (province)",
        "地级市 (city)",
        "县（区、市） (county_name)",
        "乡镇 (township_name)",
        "年度 (year)",
    ]
    assert "调解成功率 (mediation_success_rate)" in header
    assert header[-2:] == ["约数指标 (approximate)", "人工更正指标 (corrected)"]
    assert [row[3] for row in rows[1:]] == ["东庄镇", "深沪镇", "省新镇"]
    shenhu = dict(zip(header, rows[2], strict=True))
    assert shenhu["发放普法宣传资料 (publicity_materials)"] == "4000"
    assert shenhu["调解成功率 (mediation_success_rate)"] == "99.31"
    assert shenhu["村（社区）数 (villages)"] == "19"
    assert shenhu["法律咨询 (legal_consultations)"] == ""
    assert shenhu["约数指标 (approximate)"] == "publicity_materials"
    assert shenhu["人工更正指标 (corrected)"] == "mediators"
    assert shenhu["报告编号 (report_id)"] == str(towns["深沪镇"].pk)
    assert response["X-Total-Rows"] == "3"


def test_csv_file_name_is_chinese_with_an_ascii_fallback(viewer_client, towns):
    response = viewer_client.get("/townships/?format=csv")
    assert response["Content-Disposition"] == (
        f"attachment; filename=\"2023.csv\"; filename*=UTF-8''{quote('乡镇指标-2023.csv')}"
    )


def test_csv_cells_are_guarded_against_formulas(viewer_client, db):
    for name in ("=HYPERLINK(1)", "+1镇", "-2镇", "@SUM镇", "\t3镇", "\r4镇", "正常镇"):
        make_report(name, values={"villages": 3})
    data = body(viewer_client.get("/townships/?format=csv")).decode("utf-8-sig")
    towns = {row[3] for row in list(csv.reader(io.StringIO(data)))[1:]}
    assert towns == {"'=HYPERLINK(1)", "'+1镇", "'-2镇", "'@SUM镇", "'\t3镇", "'\r4镇", "正常镇"}


def test_csv_bytes_exactly(viewer_client, db):
    make_report(
        "深沪镇",
        values={"enforcement_staff": 21, "mediation_success_rate": 99.31, "publicity_materials": 4000},
        approximate=("publicity_materials",),
    )
    data = body(viewer_client.get("/compare/?format=csv"))
    report_id = ReportFigures.objects.get().report_id
    assert (
        data
        == (
            "\ufeff省份 (province),地级市 (city),县（区、市） (county_name),乡镇 (township_name),年度 (year),"
            "持证行政执法人员 (enforcement_staff),调解成功率 (mediation_success_rate),报告编号 (report_id),"
            "约数指标 (approximate),人工更正指标 (corrected)\n"
            f"福建省,泉州市,晋江市,深沪镇,2023,21,99.31,{report_id},publicity_materials,\n"
        ).encode()
    )


def test_compare_export_covers_every_town_in_rank_order(viewer_client, towns):
    data = body(viewer_client.get("/compare/?x=villages&y=legal_literates_per_village&format=csv"))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][5:7] == [
        "村（社区）数 (villages)",
        "每村（社区）“法律明白人” (legal_literates_per_village)",
    ]
    assert [row[3] for row in rows[1:]] == ["深沪镇", "东庄镇", "寨里镇", "崇礼镇", "省新镇"] or [
        row[3] for row in rows[1:]
    ][:3] == ["深沪镇", "东庄镇", "寨里镇"]
    assert len(rows) == 6
    assert float(rows[1][6]) == pytest.approx(733 / 19)


def test_xlsx_export_has_numbers_as_numbers(viewer_client, towns):
    response = viewer_client.get("/townships/?format=xlsx&province=福建省")
    assert response["Content-Disposition"].endswith(quote("乡镇指标-2023.xlsx"))
    sheet = load_workbook(io.BytesIO(body(response)), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    shenhu = dict(zip(header, next(r for r in rows if r[3] == "深沪镇"), strict=True))
    assert shenhu["发放普法宣传资料 (publicity_materials)"] == 4000
    assert isinstance(shenhu["调解成功率 (mediation_success_rate)"], float)
    assert shenhu["村（社区）数 (villages)"] == 19
    assert shenhu["法律咨询 (legal_consultations)"] is None
    assert len(rows) == 4


def test_json_export_is_an_array_of_objects_keyed_by_code(viewer_client, towns):
    response = viewer_client.get(f"/compare/?format=json&county={towns['寨里镇'].township.county_id}")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    items = json.loads(body(response))
    assert [item["township_name"] for item in items] == ["寨里镇", "崇礼镇"]
    assert items[0]["enforcement_staff"] == 30 and items[0]["mediation_success_rate"] is None


def test_an_invalid_filter_exports_an_empty_table(viewer_client, towns):
    data = body(viewer_client.get("/townships/?format=csv&year=abc")).decode("utf-8-sig")
    assert data.count("\n") == 1  # the header only


def test_an_unknown_format_is_a_bad_request(viewer_client, towns):
    assert viewer_client.get("/townships/?format=pdf").status_code == 400


def test_an_export_that_fails_midway_is_cut_not_completed(rf):
    def rows():
        yield ("深沪镇", 1)
        raise RuntimeError("database went away")

    columns = [Column("township_name", "乡镇"), Column("villages", "村", "number")]
    for fmt in ("csv", "json"):
        response = table_response(rf.get("/", {"format": fmt}), columns=columns, rows=rows(), filename="x")
        received = []
        with pytest.raises(RuntimeError):
            for chunk in response.streaming_content:
                received.append(chunk)
        assert not b"".join(received).rstrip().endswith(b"]")


def test_the_python_csv_path_matches_the_sql_path(rf, towns):
    from metrics.figures import figure_catalog
    from metrics.selectors import figures_queryset, townships_rows
    from metrics.views import township_columns

    columns = township_columns(figure_catalog())
    queryset = townships_rows(figures_queryset(), sort=None).values_list(*(c.key for c in columns))
    request = rf.get("/", {"format": "csv"})
    by_sql = body(table_response(request, columns=columns, rows=queryset, filename="x"))
    by_python = body(table_response(request, columns=columns, rows=list(queryset), filename="x"))
    assert by_sql == by_python
