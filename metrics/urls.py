from django.urls import path

from . import views

urlpatterns = [
    path("", views.overview, name="overview"),
    path("townships/", views.townships, name="townships"),
    path("compare/", views.compare, name="compare"),
]
