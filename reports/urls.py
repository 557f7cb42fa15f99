from django.urls import path

from . import views

urlpatterns = [
    path("reports/<int:pk>/", views.report_detail, name="report"),
    path("reports/<int:pk>/original/", views.report_original, name="report_original"),
]
