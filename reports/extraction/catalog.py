"""The indicator catalog (../shared/INDICATORS.md): what the dashboard compares.

Codes are stable identifiers used in URLs, CSV headers, the JSON output and tests.
The data migration `metrics.0002_indicator_catalog` loads a copy of this table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name_zh: str
    name_en: str
    unit: str
    description: str
    is_rate: bool = False


INDICATORS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec("enforcement_staff", "持证行政执法人员", "Certified enforcement staff", "人",
                  "持有行政执法证件的人员数。Staff holding an administrative law-enforcement certificate."),
    IndicatorSpec("disputes_received", "受理（排查、调处）矛盾纠纷", "Disputes received", "件",
                  "全镇全年受理、排查或调处的矛盾纠纷总数（不取其中的分项）。"
                  "Disputes taken up for mediation in the year, town-wide."),
    IndicatorSpec("disputes_resolved", "化解（调解成功）矛盾纠纷", "Disputes resolved", "件",
                  "全年调解成功或化解的矛盾纠纷数。Disputes successfully mediated or resolved in the year."),
    IndicatorSpec("mediation_success_rate", "调解成功率", "Mediation success rate", "%",
                  "报告所述调解成功率；未写明时按化解数÷受理数×100 计算。"
                  "Stated rate, else resolved ÷ received × 100.",
                  is_rate=True),
    IndicatorSpec("mediators", "人民调解员", "People's mediators", "人",
                  "人民调解员人数（未给全部时取专职人数）。"
                  "People's mediators (all, or full-time where only that is given)."),
    IndicatorSpec("mediation_committees", "人民调解委员会", "Mediation committees", "个",
                  "人民调解委员会（调解组织）数量。Mediation committees / organisations."),
    IndicatorSpec("legal_literates", "“法律明白人”", "Legal literates (法律明白人)", "人",
                  "培育的“法律明白人”人数（全镇合计）。"
                  "Trained 'legal understanders' in the villages, town total."),
    IndicatorSpec("villages", "村（社区）数", "Villages and communities", "个",
                  "镇辖行政村和社区数。Villages and communities under the town."),
    IndicatorSpec("publicity_events", "普法宣传活动", "Law-publicity events", "场次",
                  "开展的普法宣传活动、讲座场次。Law-publicity events, lectures and campaigns held."),
    IndicatorSpec("publicity_materials", "发放普法宣传资料", "Publicity materials handed out", "份",
                  "发放的普法宣传资料份数。Leaflets and materials handed out."),
    IndicatorSpec("people_reached", "普法受众", "People reached", "人次",
                  "普法宣传覆盖或受教育的人次。People reached by publicity."),
    IndicatorSpec("legal_consultations", "法律咨询", "Legal consultations", "次",
                  "解答群众法律咨询的次数。Legal questions answered for residents."),
    IndicatorSpec("litigation_cases", "行政诉讼/复议/应诉案件", "Administrative litigation cases", "件",
                  "办理的行政诉讼、行政复议、行政应诉案件数。"
                  "Administrative lawsuits, reconsiderations and responses handled."),
    IndicatorSpec("study_sessions", "集中学法", "Law-study sessions", "次",
                  "镇领导班子、干部集中学法的次数。Law-study sessions of the town's leadership and cadres."),
    IndicatorSpec("petitions_handled", "信访办结", "Petitions concluded", "件",
                  "办结的信访件数。Petitions (信访) concluded."),
)

INDICATOR_CODES: tuple[str, ...] = tuple(spec.code for spec in INDICATORS)
INDICATORS_BY_CODE: dict[str, IndicatorSpec] = {spec.code: spec for spec in INDICATORS}
