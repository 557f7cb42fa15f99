"""The upload page: every format and encoding through the view, failures, permissions, CSRF."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from reports.models import Report
from townships.accounts import user_region_set
from townships.models import County, Township

pytestmark = pytest.mark.django_db

DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
URL = "/upload/"


def upload(client, *files, **data):
    return client.post(URL, {"files": [SimpleUploadedFile(name, content) for name, content in files], **data})


def stored_files(settings) -> list[Path]:
    return [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


def test_the_upload_url_is_fixed():
    assert reverse("report_upload") == URL


def test_the_page_offers_a_multiple_file_picker_with_a_drop_zone_script(editor_client):
    page = editor_client.get(URL)
    assert page.status_code == 200
    assert 'type="file" name="files" id="id_files" multiple' in page.text
    assert 'enctype="multipart/form-data"' in page.text
    assert "js/upload.js" in page.text and "<script>" not in page.text  # no inline script (CSP)


@pytest.mark.parametrize(
    "name",
    ["002_gbk.txt", "002_utf16.txt", "002_utf8_bom.txt", "002.docx", "002.pdf"],
)
def test_each_format_and_encoding_is_read_by_its_content(editor_client, editor, name):
    # Stored under a misleading name: the type is decided by the content.
    response = upload(editor_client, (f"report-{name}.bin", (DOCUMENTS / name).read_bytes()))

    assert response.status_code == 200
    assert "result-created" in response.text, response.text
    report = Report.objects.get()
    assert (report.township.name, report.year) == ("崇礼镇", 2023)
    assert report.original_name == f"report-{name}.bin" and report.uploaded_by == editor
    assert (
        not report.original_file.name.endswith(".bin")
        or report.original_name not in report.original_file.name
    )
    assert report.values.count() > 0
    assert reverse("report_review", args=[report.pk]) in response.text


def test_several_files_at_once_each_get_a_result_line(editor_client, sample_paths):
    response = upload(
        editor_client, *[(p.name, p.read_bytes()) for p in sample_paths[:3]], ("empty.txt", b"")
    )

    assert response.text.count('class="result result-created"') == 3
    assert response.text.count('class="result result-failed"') == 1
    assert Report.objects.count() == 3


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "文件是空的"),
        ("binary.bin", "二进制"),
        ("scanned.pdf", "扫描件"),
        ("truncated.docx", "损坏"),
        ("old.doc", "旧版 Word"),
    ],
)
def test_a_bad_file_shows_the_reason_and_stores_nothing(editor_client, settings, name, reason):
    data = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
        if name == "old.doc"
        else (DOCUMENTS / name).read_bytes()
    )
    response = upload(editor_client, (name, data))

    assert response.status_code == 200
    assert "result-failed" in response.text and reason in response.text
    assert not Report.objects.exists() and not Township.objects.exists()
    assert stored_files(settings) == []


def test_undecodable_text_names_the_byte_offset(editor_client, sample_bytes):
    data = sample_bytes[:300] + b"\xff\xfe\xfa" * 40 + sample_bytes[300:]
    response = upload(editor_client, ("broken.txt", data))
    assert "result-failed" in response.text and "第 298 字节处无效" in response.text
    assert not Report.objects.exists()


def test_a_file_over_the_size_limit_is_refused(editor_client, settings, sample_bytes):
    settings.REPORT_MAX_UPLOAD_BYTES = 1000
    response = upload(editor_client, ("big.txt", sample_bytes))
    assert "result-failed" in response.text and "文件过大" in response.text
    assert not Report.objects.exists()


def test_a_text_that_is_not_a_report_says_so(editor_client):
    response = upload(editor_client, ("note.txt", "今天天气很好，我们去公园散步。".encode()))
    assert "result-failed" in response.text and "不像一份乡镇法治建设报告" in response.text


def test_the_same_file_twice_is_unchanged(editor_client, sample_bytes):
    upload(editor_client, ("a.txt", sample_bytes))
    response = upload(editor_client, ("again.txt", sample_bytes))

    assert "result-unchanged" in response.text and "未更改" in response.text
    assert Report.objects.count() == 1


def test_the_same_report_in_another_encoding_or_format_is_unchanged(editor_client):
    upload(editor_client, ("gbk.txt", (DOCUMENTS / "002_gbk.txt").read_bytes()))
    response = upload(
        editor_client,
        ("utf16.txt", (DOCUMENTS / "002_utf16.txt").read_bytes()),
        ("word.docx", (DOCUMENTS / "002.docx").read_bytes()),
        ("print.pdf", (DOCUMENTS / "002.pdf").read_bytes()),
        replace="on",
    )

    assert response.text.count("result-unchanged") == 3, response.text
    assert Report.objects.count() == 1


def test_another_file_for_the_same_town_year_is_skipped_unless_replace_is_ticked(editor_client, sample_bytes):
    upload(editor_client, ("a.txt", sample_bytes))
    edited = sample_bytes.replace("开展法律讲座8次".encode(), "开展法律讲座9次".encode())

    skipped = upload(editor_client, ("b.txt", edited))
    assert "result-skipped" in skipped.text and "替换" in skipped.text

    replaced = upload(editor_client, ("b.txt", edited), replace="on")
    assert "result-replaced" in replaced.text
    assert Report.objects.count() == 2 and Report.objects.filter(is_current=True).count() == 1


def test_hints_name_the_township_and_year_the_text_does_not_give(editor_client):
    text = "本年度共受理矛盾纠纷48件，调解成功46件，调解成功率95.8%。开展法治讲座12场次。"
    response = upload(
        editor_client, ("untitled.txt", text.encode("gbk")), township="新兴镇", county="东坡区", year="2024"
    )

    assert "result-created" in response.text, response.text
    report = Report.objects.get()
    assert (report.township.name, report.township.county.name, report.year) == ("新兴镇", "东坡区", 2024)


def test_hints_never_override_what_the_text_says(editor_client, sample_bytes):
    text = "本年度共受理矛盾纠纷48件，调解成功46件，调解成功率95.8%。开展法治讲座12场次。"
    response = upload(
        editor_client,
        ("a.txt", sample_bytes),
        ("b.txt", text.encode()),
        township="新兴镇",
        county="彭山区",
        year="2024",
    )

    assert response.text.count("result-created") == 2, response.text
    assert {(r.township.name, r.township.county.name, r.year) for r in Report.objects.all()} == {
        ("崇礼镇", "东坡区", 2023),
        ("新兴镇", "彭山区", 2024),
    }


def test_a_county_scoped_editor_cannot_upload_another_countys_report(
    client, editor, make_report, sample_bytes
):
    make_report(township="青龙镇", county="彭山区")
    user_region_set(user=editor, county=County.objects.get(name="彭山区"))
    client.force_login(editor)

    response = upload(client, ("a.txt", sample_bytes))  # 崇礼镇, 东坡区

    assert "result-failed" in response.text and "不在您负责的地区范围内" in response.text
    assert not Township.objects.filter(name="崇礼镇").exists()


def test_csrf_is_enforced(editor, sample_bytes):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = upload(client, ("a.txt", sample_bytes))

    assert response.status_code == 403
    assert not Report.objects.exists()


def test_csrf_token_from_the_page_lets_the_upload_through(editor, sample_bytes):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    client.get(URL)
    token = client.cookies["csrftoken"].value

    response = upload(client, ("a.txt", sample_bytes), csrfmiddlewaretoken=token)
    assert "result-created" in response.text


@pytest.mark.parametrize("who", ["anonymous", "viewer"])
def test_anonymous_and_viewers_cannot_upload(client, viewer, settings, sample_bytes, who):
    settings.BROWSING_REQUIRES_LOGIN = False  # even when browsing is open
    if who == "viewer":
        client.force_login(viewer)
    expected = 403 if who == "viewer" else 302

    assert client.get(URL).status_code == expected
    response = upload(client, ("a.txt", sample_bytes))
    assert response.status_code == expected
    if who == "anonymous":
        assert response["Location"].startswith(reverse("login"))
    assert not Report.objects.exists()


def test_posting_without_files_asks_for_them(editor_client):
    response = editor_client.post(URL, {})
    assert response.status_code == 200 and "请选择至少一个文件" in response.text


def test_a_countys_worth_of_files_fits_in_one_upload(settings):
    assert settings.DATA_UPLOAD_MAX_NUMBER_FILES >= 300
