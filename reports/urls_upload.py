"""Upload and review URLs (kept apart from the report pages' reports/urls.py)."""

from django.urls import path

from . import views_upload

urlpatterns = [
    path("upload/", views_upload.upload, name="report_upload"),
    path("reports/review/", views_upload.review_list, name="report_review_list"),
    path("reports/<int:pk>/review/", views_upload.review, name="report_review"),
]
