"""Load the indicator catalog (a copy of reports/extraction/catalog.py at this point in time)."""

from django.db import migrations

CATALOG = [
    ('enforcement_staff', '持证行政执法人员', 'Certified enforcement staff', '人', '持有行政执法证件的人员数。Staff holding an administrative law-enforcement certificate.', False),
    ('disputes_received', '受理（排查、调处）矛盾纠纷', 'Disputes received', '件', '全镇全年受理、排查或调处的矛盾纠纷总数（不取其中的分项）。Disputes taken up for mediation in the year, town-wide.', False),
    ('disputes_resolved', '化解（调解成功）矛盾纠纷', 'Disputes resolved', '件', '全年调解成功或化解的矛盾纠纷数。Disputes successfully mediated or resolved in the year.', False),
    ('mediation_success_rate', '调解成功率', 'Mediation success rate', '%', '报告所述调解成功率；未写明时按化解数÷受理数×100 计算。Stated rate, else resolved ÷ received × 100.', True),
    ('mediators', '人民调解员', "People's mediators", '人', "人民调解员人数（未给全部时取专职人数）。People's mediators (all, or full-time where only that is given).", False),
    ('mediation_committees', '人民调解委员会', 'Mediation committees', '个', '人民调解委员会（调解组织）数量。Mediation committees / organisations.', False),
    ('legal_literates', '“法律明白人”', 'Legal literates (法律明白人)', '人', "培育的“法律明白人”人数（全镇合计）。Trained 'legal understanders' in the villages, town total.", False),
    ('villages', '村（社区）数', 'Villages and communities', '个', '镇辖行政村和社区数。Villages and communities under the town.', False),
    ('publicity_events', '普法宣传活动', 'Law-publicity events', '场次', '开展的普法宣传活动、讲座场次。Law-publicity events, lectures and campaigns held.', False),
    ('publicity_materials', '发放普法宣传资料', 'Publicity materials handed out', '份', '发放的普法宣传资料份数。Leaflets and materials handed out.', False),
    ('people_reached', '普法受众', 'People reached', '人次', '普法宣传覆盖或受教育的人次。People reached by publicity.', False),
    ('legal_consultations', '法律咨询', 'Legal consultations', '次', '解答群众法律咨询的次数。Legal questions answered for residents.', False),
    ('litigation_cases', '行政诉讼/复议/应诉案件', 'Administrative litigation cases', '件', '办理的行政诉讼、行政复议、行政应诉案件数。Administrative lawsuits, reconsiderations and responses handled.', False),
    ('study_sessions', '集中学法', 'Law-study sessions', '次', "镇领导班子、干部集中学法的次数。Law-study sessions of the town's leadership and cadres.", False),
    ('petitions_handled', '信访办结', 'Petitions concluded', '件', '办结的信访件数。Petitions (信访) concluded.', False),
]


def load_catalog(apps, schema_editor):
    Indicator = apps.get_model("metrics", "Indicator")
    for order, (code, name_zh, name_en, unit, description, is_rate) in enumerate(CATALOG, start=1):
        Indicator.objects.update_or_create(
            code=code,
            defaults=dict(name_zh=name_zh, name_en=name_en, unit=unit, description=description,
                          is_rate=is_rate, display_order=order),
        )


def unload_catalog(apps, schema_editor):
    apps.get_model("metrics", "Indicator").objects.filter(code__in=[row[0] for row in CATALOG]).delete()


class Migration(migrations.Migration):
    dependencies = [("metrics", "0001_initial")]
    operations = [migrations.RunPython(load_catalog, unload_catalog)]
