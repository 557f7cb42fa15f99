from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware


class BrowsingLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Django's LoginRequiredMiddleware, switched by settings.BROWSING_REQUIRES_LOGIN.

    The setting is read per request so tests can change it. Upload, review and
    correction views check their own permissions either way.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.BROWSING_REQUIRES_LOGIN:
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)
