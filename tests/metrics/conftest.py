import pytest
from django.conf import settings
from django.utils import translation
from metrics_factories import make_county, make_report


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """The signed-in viewer is created per test: skip the slow production hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def restore_language():
    """A request in English leaves English active in the test thread; put the default back after."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def towns(db):
    """Five towns in two provinces and three counties, 2022 and 2023, with gaps."""
    jinjiang = make_county("晋江市", "泉州市", "福建省")
    xiuyu = make_county("秀屿区", "莆田市", "福建省")
    zichuan = make_county("淄川区", "淄博市", "山东省")
    reports = {
        "深沪镇": make_report(
            "深沪镇",
            county=jinjiang,
            values={
                "enforcement_staff": 21,
                "disputes_received": 290,
                "disputes_resolved": 288,
                "mediation_success_rate": 99.31,
                "mediators": 102,
                "legal_literates": 733,
                "villages": 19,
                "publicity_materials": 4000,
            },
            approximate=("publicity_materials",),
            corrected=("mediators",),
        ),
        "东庄镇": make_report(
            "东庄镇",
            county=jinjiang,
            values={
                "enforcement_staff": 41,
                "disputes_received": 48,
                "disputes_resolved": 47,
                "mediation_success_rate": 97.92,
                "legal_literates": 44,
                "villages": 11,
            },
        ),
        "省新镇": make_report(
            "省新镇",
            county=xiuyu,
            values={
                "enforcement_staff": 16,
                "mediation_success_rate": 100,
                "villages": 0,
                "legal_literates": 20,
            },
        ),
        "寨里镇": make_report(
            "寨里镇",
            county=zichuan,
            values={
                "enforcement_staff": 30,
                "disputes_received": 144,
                "villages": 24,
                "legal_literates": 80,
            },
        ),
        "崇礼镇": make_report("崇礼镇", county=zichuan, values={"disputes_received": 12}),
    }
    reports["深沪镇2022"] = make_report(
        "深沪镇",
        county=jinjiang,
        year=2022,
        values={
            "enforcement_staff": 18,
            "mediation_success_rate": 95,
        },
    )
    return reports
