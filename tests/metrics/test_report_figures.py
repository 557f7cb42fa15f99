import pytest
from django.core.management import call_command
from metrics_factories import make_county, make_report

from metrics.models import ReportFigures
from metrics.selectors import figures_queryset
from metrics.services import report_figures_rebuild, report_figures_refresh
from reports.models import IndicatorValue
from townships.models import County

pytestmark = pytest.mark.django_db


def test_it_keeps_one_wide_row_per_current_report_with_flags():
    report = make_report(
        "深沪镇",
        values={"enforcement_staff": 21, "publicity_materials": 4000, "mediators": 102},
        approximate=("publicity_materials",),
        corrected=("mediators",),
    )
    row = ReportFigures.objects.get(report=report)
    assert (row.township_name, row.county_name, row.city, row.province, row.year) == (
        "深沪镇",
        "晋江市",
        "泉州市",
        "福建省",
        2023,
    )
    assert row.enforcement_staff == 21 and row.publicity_materials == 4000 and row.villages is None
    assert row.approximate == ["publicity_materials"] and row.corrected == ["mediators"]
    assert row.reviewed is False


def test_a_correction_is_picked_up_by_the_hook():
    report = make_report("深沪镇", values={"enforcement_staff": 21})
    value = report.values.get()
    value.value = 25
    value.source = IndicatorValue.Source.CORRECTED
    value.save()
    report_figures_refresh(report=report)
    row = ReportFigures.objects.get(report=report)
    assert row.enforcement_staff == 25 and row.corrected == ["enforcement_staff"]


def test_a_replaced_report_loses_its_row():
    old = make_report("深沪镇", values={"enforcement_staff": 21})
    old.is_current = False
    old.save()
    new = make_report("深沪镇", values={"enforcement_staff": 30})
    assert list(ReportFigures.objects.values_list("report_id", "enforcement_staff")) == [(new.pk, 30)]
    # The hook on a report that is no longer current deletes its row.
    new.is_current = False
    new.save()
    report_figures_refresh(report=new)
    assert not ReportFigures.objects.exists()


def test_rebuild_and_command_recreate_every_row(towns):
    before = sorted(ReportFigures.objects.values_list("report_id", "enforcement_staff", "approximate"))
    ReportFigures.objects.all().delete()
    assert report_figures_rebuild() == len(before)
    ReportFigures.objects.all().delete()
    call_command("refresh_figures", verbosity=0)
    assert (
        sorted(ReportFigures.objects.values_list("report_id", "enforcement_staff", "approximate")) == before
    )


def test_renaming_a_town_or_its_county_updates_the_copied_names(towns):
    town = towns["深沪镇"].township
    town.name = "深沪新镇"
    town.save()
    county = County.objects.get(name="淄川区")
    county.province = "山东"
    county.save()
    assert set(ReportFigures.objects.filter(township=town).values_list("township_name", flat=True)) == {
        "深沪新镇"
    }
    assert set(ReportFigures.objects.filter(county=county).values_list("province", flat=True)) == {"山东"}


def test_a_town_that_gets_its_county_later_moves_with_it():
    report = make_report("东庄镇", county=None, values={"villages": 3})
    town = report.township
    town.county = make_county("南安市", "泉州市", "福建省")
    town.save()
    row = ReportFigures.objects.get(report=report)
    assert (row.county_id, row.county_name, row.city) == (town.county_id, "南安市", "泉州市")


def test_ratios_are_missing_when_a_side_is_missing_or_villages_is_zero(towns):
    rows = {
        row["township_name"]: row
        for row in figures_queryset(
            codes=[
                "legal_literates_per_village",
                "disputes_per_village",
                "mediators_per_village",
                "enforcement_staff_per_village",
            ]
        )
        .filter(year=2023)
        .values()
    }
    assert rows["深沪镇"]["legal_literates_per_village"] == pytest.approx(733 / 19)
    assert rows["深沪镇"]["mediators_per_village"] == pytest.approx(102 / 19)
    assert rows["东庄镇"]["disputes_per_village"] == pytest.approx(48 / 11)
    assert rows["东庄镇"]["mediators_per_village"] is None  # no mediators figure
    assert rows["省新镇"]["legal_literates_per_village"] is None  # 0 villages
    assert rows["崇礼镇"]["disputes_per_village"] is None  # no villages figure


def test_ingest_writes_the_wide_row_and_replace_moves_it(sample_paths):
    from reports.services import report_ingest

    path = next(p for p in sample_paths if p.name.startswith("002_"))
    first = report_ingest(data=path.read_bytes(), source_name=path.name)
    assert first.ok and first.report is not None
    row = ReportFigures.objects.get(report=first.report)
    stored = {v.indicator.code: float(v.value) for v in first.report.values.select_related("indicator")}
    assert stored, "the sample yields figures"
    assert {code: getattr(row, code) for code in stored} == stored
    assert (row.township_id, row.year) == (first.report.township_id, first.report.year)
    # A different file for the same township-year, replacing: the row follows the new report.
    second = report_ingest(
        data=path.read_bytes() + "\n补充说明。".encode(), source_name="again.txt", replace=True
    )
    assert second.status == "replaced"
    assert list(ReportFigures.objects.values_list("report_id", flat=True)) == [second.report.pk]


def test_refreshing_a_replaced_report_after_its_successor_keeps_the_successor():
    old = make_report("深沪镇", values={"enforcement_staff": 21})
    old.is_current = False
    old.save()
    new = make_report("深沪镇", values={"enforcement_staff": 30})
    report_figures_refresh(report=new)
    report_figures_refresh(report=old)
    assert list(ReportFigures.objects.values_list("report_id", flat=True)) == [new.pk]


def test_reviewed_follows_the_reports_review_state():
    from reports.models import Report

    fields = {f.name for f in Report._meta.get_fields()}
    report = make_report("深沪镇", values={"villages": 3})
    if "reviewed_at" not in fields:
        pytest.skip("reports have no review fields on this branch yet")
    from django.utils import timezone

    Report.objects.filter(pk=report.pk).update(reviewed_at=timezone.now())
    report_figures_refresh(report=report)
    assert ReportFigures.objects.get(report=report).reviewed is True
