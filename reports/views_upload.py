"""Upload, review and correct: the editor's pages."""

import logging
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from metrics.models import Indicator
from townships.access import user_access
from townships.scope import region_q, scoped_get_or_404

from .forms import CorrectionForm, UploadForm
from .models import Correction, Report
from .selectors import report_corrections, report_review_queue, report_review_rows, text_segments
from .services import (
    CREATED,
    FAILED,
    MSG_TOO_LARGE,
    REPLACED,
    SKIPPED,
    UNCHANGED,
    CorrectionError,
    IngestOutcome,
    indicator_value_correct,
    report_ingest,
    report_review_mark,
)

logger = logging.getLogger(__name__)

STATUS_LABELS = {
    CREATED: gettext_lazy("已导入"),
    REPLACED: gettext_lazy("已替换"),
    UNCHANGED: gettext_lazy("未更改"),
    SKIPPED: gettext_lazy("已跳过"),
    FAILED: gettext_lazy("失败"),
}
MSG_NO_FILES = gettext_lazy("请选择至少一个文件")
MSG_INTERNAL = gettext_lazy("处理时出现内部错误，未写入任何内容；请联系管理员")


def permission_required(perm: str):
    """Anonymous visitors go to the login page; signed-in users without the permission get 403."""
    allowed = {"reports.upload_report": "can_upload", "reports.review_report": "can_review"}[perm]

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not getattr(user_access(request.user), allowed):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def upload_one(uploaded, *, hints: dict, user) -> IngestOutcome:
    limit = settings.REPORT_MAX_UPLOAD_BYTES
    if uploaded.size > limit:  # refused before reading it
        return IngestOutcome(
            uploaded.name, FAILED, str(MSG_TOO_LARGE).format(size=uploaded.size, limit=limit)
        )
    try:
        return report_ingest(
            data=uploaded.read(),
            source_name=uploaded.name,
            uploaded_by=user,
            max_bytes=limit,
            replace=hints["replace"],
            township=hints["township"] or None,
            county=hints["county"] or None,
            year=hints["year"],
            within_region=region_q(user),
        )
    except Exception:  # one bad file must not cost the others their result line
        logger.exception("upload of %s failed", uploaded.name)
        return IngestOutcome(uploaded.name, FAILED, str(MSG_INTERNAL))


@permission_required("reports.upload_report")
def upload(request):
    form = UploadForm(request.POST if request.method == "POST" else None)
    results = []
    if request.method == "POST":
        files = request.FILES.getlist("files")
        if not files:
            form.add_error(None, MSG_NO_FILES)
        if form.is_valid():
            results = [
                (outcome, STATUS_LABELS[outcome.status])
                for outcome in (upload_one(f, hints=form.cleaned_data, user=request.user) for f in files)
            ]
    return render(
        request,
        "reports/upload.html",
        {
            "form": form,
            "results": results,
            "max_bytes": settings.REPORT_MAX_UPLOAD_BYTES,
        },
    )


@permission_required("reports.review_report")
def review(request, pk: int):
    report = scoped_get_or_404(
        Report.objects.select_related("township__county", "reviewed_by", "replaced_by"),
        request.user,
        "township__",
        pk=pk,
    )
    if request.method == "POST":
        if "reviewed" in request.POST:
            reviewed = request.POST["reviewed"] == "1"
            report_review_mark(report=report, user=request.user, reviewed=reviewed)
            messages.success(request, _("已标记为已审核") if reviewed else _("已取消审核标记"))
            return redirect("report_review", pk=report.pk)
        return correction_post(request, report)
    rows = report_review_rows(report)
    return render(
        request,
        "reports/review.html",
        {
            "report": report,
            "rows": rows,
            "segments": text_segments(report.text, rows),
            "corrections": report_corrections(report),
            "actions": Correction.Action,
        },
    )


@permission_required("reports.review_report")
def review_list(request):
    """Current reports of the editor's region, those still to review first."""
    show = request.GET.get("show", "todo")
    reports = report_review_queue(request.user, todo_only=show != "all")
    return render(request, "reports/review_list.html", {"reports": reports, "show": show})


def correction_post(request, report):
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("无法识别的更正请求"))
        return redirect("report_review", pk=report.pk)
    data = form.cleaned_data
    indicator = get_object_or_404(Indicator, code=data["indicator"])
    action, _sep, index = data["action"].partition(":")
    try:
        indicator_value_correct(
            report=report,
            indicator=indicator,
            user=request.user,
            action=action,
            value=data["value"],
            approximate=data["approximate"],
            candidate=int(index) if index else None,
            note=data["note"],
        )
    except CorrectionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("已保存：%(indicator)s") % {"indicator": indicator.name})
    return redirect(reverse("report_review", args=[report.pk]) + f"#fig-{indicator.code}")
