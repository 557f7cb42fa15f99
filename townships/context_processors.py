from django.utils.functional import SimpleLazyObject

from .access import user_access


def access(request):
    """`access` for the header links; evaluated only when a template asks, at most one query."""
    return {"access": SimpleLazyObject(lambda: user_access(getattr(request, "user", None)))}
