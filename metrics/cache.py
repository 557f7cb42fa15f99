"""Results the dashboard may reuse until the data changes: keyed by the cache generation.

`metrics_cachegeneration.value` is bumped by PostgreSQL triggers in every transaction that writes
the figures, counties or indicator catalog (migration 0005), so a key that contains the generation
read at the start of a request can never return data older than that generation: nothing is ever
invalidated by hand, and every write path (ingest, correction, re-extraction, `refresh_figures`,
the admin, raw SQL) is covered. Keys also contain the user's region scope and the SQL of the query
whose result is cached (the normalised filter state: two URLs that filter alike share an entry).

The cache is Django's (`CACHES`): per-process local memory by default, which is right for gunicorn
workers since each reads the generation from the database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import QuerySet

_MISSING = object()
GENERATION_SQL = "SELECT value FROM metrics_cachegeneration WHERE id = 1"


# Per-process objects keyed by generation (e.g. the filter options, which are used as objects).
memo: dict = {}


def memo_enabled() -> bool:
    """False when caching is switched off (a DummyCache as CACHES["default"]): keep nothing."""
    return not isinstance(caches["default"], DummyCache)


def caches_clear() -> None:
    """Empty every cache (tests: their rolled-back transactions reuse generation values)."""
    memo.clear()
    for cache in caches.all():
        cache.clear()


def cache_generation() -> int:
    """The current generation (one primary-key read)."""
    with connection.cursor() as cursor:
        cursor.execute(GENERATION_SQL)
        row = cursor.fetchone()
    return row[0] if row else 0


def cache_generation_bump() -> None:
    """Bump by hand (the triggers already do it on every write to the cached tables)."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE metrics_cachegeneration SET value = value + 1 WHERE id = 1")


def query_key(queryset: QuerySet) -> str | None:
    """The SQL and parameters of a queryset (None when it can match nothing, e.g. `.none()`)."""
    try:
        sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    except EmptyResultSet:
        return None
    return f"{sql}|{params!r}"


def cached[T](
    kind: str, generation: int | None, parts: tuple, compute: Callable[[], T], *, alias: str = "default"
) -> T:
    """`compute()` once per (kind, generation, parts); without a generation, always compute."""
    if generation is None:
        return compute()
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()
    key = f"dash:{kind}:{generation}:{digest}"
    store = caches[alias]
    value = store.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        store.set(key, value)
    return value
