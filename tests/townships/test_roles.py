import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse

from townships.accounts import user_role
from townships.models import County, UserRegion
from townships.roles import ADMIN, EDITOR, VIEWER

pytestmark = pytest.mark.django_db


def test_the_migration_creates_the_three_roles_with_their_permissions():
    groups = {group.name: group for group in Group.objects.prefetch_related("permissions__content_type")}
    perms = {
        name: {f"{p.content_type.app_label}.{p.codename}" for p in g.permissions.all()}
        for name, g in groups.items()
    }

    assert {"reports.view_report", "reports.export_report"} <= perms[VIEWER]
    assert not {"reports.upload_report", "reports.review_report"} & perms[VIEWER]
    assert {"reports.upload_report", "reports.review_report", "reports.add_correction"} <= perms[EDITOR]
    assert perms[EDITOR] < perms[ADMIN] and "auth.add_user" in perms[ADMIN]


def test_a_viewer_may_browse_but_not_upload_or_review(viewer):
    assert viewer.has_perm("reports.view_report") and viewer.has_perm("reports.export_report")
    assert not viewer.has_perm("reports.upload_report") and not viewer.has_perm("reports.review_report")


def test_an_editor_may_upload_and_review(editor):
    assert editor.has_perm("reports.upload_report") and editor.has_perm("reports.review_report")
    assert not editor.is_staff


def test_adduser_creates_a_county_scoped_editor(monkeypatch, capsys, make_report, django_user_model):
    make_report(township="崇礼镇", county="东坡区")
    monkeypatch.setenv("ADDUSER_PASSWORD", "a-long-Pass-phrase-7")

    call_command("adduser", "zhang", "--role", "editor", "--county", "东坡区")

    user = django_user_model.objects.get(username="zhang")
    assert user_role(user) == EDITOR and user.check_password("a-long-Pass-phrase-7")
    assert UserRegion.objects.get(user=user).county == County.objects.get(name="东坡区")
    assert "created zhang: editor, 眉山市东坡区" in capsys.readouterr().out


def test_adduser_makes_an_admin_staff_and_can_limit_by_province(monkeypatch, django_user_model):
    monkeypatch.setenv("ADDUSER_PASSWORD", "a-long-Pass-phrase-7")
    call_command("adduser", "li", "--role", "admin")
    call_command("adduser", "wang", "--role", "viewer", "--province", "四川省")

    admin = django_user_model.objects.get(username="li")
    assert admin.is_staff and admin.is_superuser and user_role(admin) == ADMIN
    assert UserRegion.objects.get(user__username="wang").province == "四川省"


def test_adduser_refuses_an_unknown_county(monkeypatch):
    monkeypatch.setenv("ADDUSER_PASSWORD", "a-long-Pass-phrase-7")
    with pytest.raises(CommandError, match="no county-level unit"):
        call_command("adduser", "zhao", "--role", "viewer", "--county", "不存在县")


def test_browsing_requires_login_by_default(client, settings):
    assert settings.BROWSING_REQUIRES_LOGIN is True
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_browsing_without_login_is_allowed_when_the_setting_says_so(client, settings):
    settings.BROWSING_REQUIRES_LOGIN = False
    assert client.get("/").status_code == 200
    # Uploading still needs an editor.
    assert client.get(reverse("report_upload")).status_code == 302


def test_the_login_page_is_open_and_signs_in(client, viewer):
    page = client.get(reverse("login"))
    assert page.status_code == 200 and "登录" in page.text and 'name="csrfmiddlewaretoken"' in page.text

    response = client.post(reverse("login"), {"username": "viewer", "password": "pw-viewer-123", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_a_wrong_password_says_so(client, viewer):
    response = client.post(reverse("login"), {"username": "viewer", "password": "nope"})
    assert response.status_code == 200 and "用户名或密码不正确" in response.text


def test_logout_is_a_post_and_ends_the_session(viewer_client):
    assert viewer_client.get(reverse("logout")).status_code == 405
    assert viewer_client.post(reverse("logout")).status_code == 302
    assert viewer_client.get("/").status_code == 302


def test_the_language_switch_works_before_signing_in(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/accounts/login/"})
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"


def test_the_nav_shows_upload_to_editors_only(client, editor, viewer):
    client.force_login(editor)
    assert f'href="{reverse("report_upload")}"' in client.get("/").text
    client.force_login(viewer)
    assert f'href="{reverse("report_upload")}"' not in client.get("/").text


def test_the_header_and_the_region_cost_one_query_per_page(client, editor, django_assert_num_queries):
    client.force_login(editor)
    # session, user, then one query for the role links and the region together
    with django_assert_num_queries(3):
        page = client.get(reverse("report_upload"))
    assert f'href="{reverse("report_review_list")}"' in page.text
