"""The Django admin lists, filters and searches every model."""

import pytest
from django.contrib import admin
from django.urls import reverse

from metrics.models import Indicator
from reports.models import Correction, IndicatorValue, Report
from reports.services import indicator_value_correct
from townships.models import County, Township, UserRegion

pytestmark = pytest.mark.django_db

MODELS = [County, Township, UserRegion, Report, IndicatorValue, Correction, Indicator]


def test_every_model_is_registered():
    for model in MODELS:
        assert admin.site.is_registered(model), model.__name__


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_each_changelist_and_search_works(admin_client, make_report, editor, model):
    report = make_report(values={"disputes_received": 48})
    indicator_value_correct(
        report=report,
        indicator=Indicator.objects.get(code="disputes_received"),
        user=editor,
        action="typed",
        value="50",
    )
    UserRegion.objects.create(user=editor, county=report.township.county)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")

    assert admin_client.get(url).status_code == 200
    assert admin_client.get(url, {"q": "崇礼"}).status_code == 200
    obj = model.objects.first()
    assert (
        admin_client.get(
            reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
        ).status_code
        == 200
    )


def test_the_user_page_shows_the_region(admin_client, editor):
    page = admin_client.get(reverse("admin:auth_user_change", args=[editor.pk]))
    assert page.status_code == 200 and "region" in page.text
