"""Region scope: the hook every page filters through, and the pages that exist in this branch."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from reports.models import Report
from townships.accounts import user_region_set, user_role_set
from townships.models import County, Township
from townships.scope import region_q, scoped_get_or_404, visible_townships

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_counties(make_report):
    return {
        "mine": make_report(
            township="崇礼镇",
            county="东坡区",
            city="眉山市",
            province="四川省",
            values={"disputes_received": 48},
        ),
        "other": make_report(
            township="青龙镇",
            county="彭山区",
            city="眉山市",
            province="四川省",
            values={"disputes_received": 31},
        ),
        "far": make_report(
            township="白鹤镇",
            county="南安市",
            city="泉州市",
            province="福建省",
            values={"disputes_received": 12},
        ),
    }


def scoped(user, **region):
    if "county" in region:
        region["county"] = County.objects.get(name=region["county"])
    user_region_set(user=user, **region)
    return user


def names(user):
    return set(visible_townships(user).values_list("name", flat=True))


def test_a_county_scoped_user_sees_only_that_countys_towns(two_counties, viewer):
    scoped(viewer, county="东坡区")
    assert names(viewer) == {"崇礼镇"}
    assert set(
        Report.objects.filter(region_q(viewer, "township__")).values_list("township__name", flat=True)
    ) == {"崇礼镇"}


def test_a_city_or_province_scope_takes_every_county_in_it(two_counties, viewer, editor):
    assert names(scoped(viewer, city="眉山市")) == {"崇礼镇", "青龙镇"}
    assert names(scoped(editor, province="福建省")) == {"白鹤镇"}


def test_superusers_admins_unscoped_users_and_anonymous_visitors_see_everything(
    two_counties, viewer, editor, admin_user
):
    everything = {"崇礼镇", "青龙镇", "白鹤镇"}
    assert names(viewer) == everything
    assert names(AnonymousUser()) == everything
    user_region_set(user=admin_user, county=County.objects.get(name="东坡区"))
    assert names(admin_user) == everything
    scoped(editor, county="东坡区")
    user_role_set(user=editor, role="admin")
    assert names(editor) == everything


def test_towns_without_a_county_are_outside_every_region(two_counties, viewer):
    Township.objects.create(name="无名镇")
    assert "无名镇" not in names(scoped(viewer, province="四川省"))


def test_the_region_is_looked_up_once_per_request_user(two_counties, viewer, django_assert_num_queries):
    scoped(viewer, county="东坡区")
    with django_assert_num_queries(1):
        region_q(viewer)
        region_q(viewer, "report__township__")


def test_objects_outside_the_region_are_404(two_counties, viewer):
    scoped(viewer, county="东坡区")
    assert scoped_get_or_404(Report.objects, viewer, "township__", pk=two_counties["mine"].pk)
    with pytest.raises(Http404):
        scoped_get_or_404(Report.objects, viewer, "township__", pk=two_counties["other"].pk)


# --- every page of the site, found by walking the URL configuration --------------------------

SKIP_PREFIXES = ("admin/", "i18n/", "accounts/", "static/", "media/")


def walk(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and pattern.name and not route.startswith(SKIP_PREFIXES):
            yield pattern, route


def site_pages():
    return sorted({(p.name, tuple(p.pattern.converters)) for p, _route in walk(get_resolver().url_patterns)})


def object_for(route: str, objects: dict):
    """The primary key to put in a page's URL, guessed from the route (reports/<pk>/, townships/<pk>/…)."""
    for word, key in (
        ("report", "report"),
        ("township", "township"),
        ("town", "township"),
        ("count", "county"),
    ):
        if word in route:
            return objects[key]
    return None


def test_every_page_shows_a_county_scoped_user_only_that_countys_towns(client, two_counties, editor):
    """Pages added by other branches are covered automatically once merged."""
    scoped(editor, county="东坡区")
    client.force_login(editor)
    other = two_counties["other"]
    objects = {"report": other.pk, "township": other.township_id, "county": other.township.county_id}
    checked = 0
    for pattern, route in walk(get_resolver().url_patterns):
        args = list(pattern.pattern.converters)
        if not args:
            response = client.get(reverse(pattern.name))
            if response.status_code == 200 and "text" in response.get("Content-Type", ""):
                body = response.content.decode("utf-8-sig", errors="replace")
                assert "青龙镇" not in body and "白鹤镇" not in body, pattern.name
                checked += 1
            continue
        pk = object_for(route, objects)
        if len(args) == 1 and pk is not None:
            response = client.get(reverse(pattern.name, args=[pk]))
            assert response.status_code == 404, f"{pattern.name}: {response.status_code}"
            checked += 1
    assert checked >= 2  # at least the overview and the review page


def test_the_review_page_of_another_county_is_404_for_a_scoped_editor(client, two_counties, editor):
    scoped(editor, county="东坡区")
    client.force_login(editor)
    assert client.get(reverse("report_review", args=[two_counties["mine"].pk])).status_code == 200
    assert client.get(reverse("report_review", args=[two_counties["other"].pk])).status_code == 404
