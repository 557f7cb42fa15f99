from django.urls import path

from . import views_pages

urlpatterns = [
    path("townships/<int:pk>/", views_pages.township_detail, name="township"),
    path("indicators/", views_pages.indicators, name="indicators"),
    path("indicators/<slug:code>/", views_pages.indicator_detail, name="indicator"),
    path("practices/", views_pages.practices, name="practices"),
    path("quality/", views_pages.quality, name="quality"),
]
