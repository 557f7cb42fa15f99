"""Benchmark the dashboard pages on synthetic data: `make bench-pages`.

Loads 40,000 synthetic towns × 5 years (generated figures, no report text) into a separate
database called `bench` on the same PostgreSQL server (the embedded one, or DATABASE_URL's),
so the development data is never touched. The data is kept between runs (`--reload` rebuilds it).

Then measures, in-process (Django test Client, full middleware and template rendering, no
network), p50/p95 per page over varied filters, and CSV export rows/s and peak Python memory.

Each page is measured twice over the same distinct URLs: "first view" (the URL's own results are
computed; what other URLs already cached — filter menus, a count shared by two sort orders — is
reused, as in production) and "repeat view" (served from the cache). `--no-cache` measures every
request without any cache.

    .venv/bin/python scripts/bench_pages.py [--towns 40000] [--years 5] [--requests 60] [--reload]
                                            [--no-cache]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

BENCH_DB = "bench"
FIRST_YEAR = 2020
TARGET_P95_MS = 50
TARGET_CSV_ROWS_S = 150_000
PAGES = ("townships", "compare", "points", "overview")


def setup_django(reload: bool, cache: bool = True) -> None:
    import django
    from django.conf import settings

    django.setup()
    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    if not cache:
        settings.CACHES = {
            alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in settings.CACHES
        }
    from django.db import connections

    default = connections["default"]
    if default.settings_dict["NAME"] == BENCH_DB:
        raise SystemExit("The configured database is already called 'bench'; refusing to reuse it.")
    # Create (or recreate) the bench database next to the configured one.
    with default.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB])
        exists = cursor.fetchone() is not None
        if exists and reload:
            cursor.execute(f'DROP DATABASE "{BENCH_DB}" WITH (FORCE)')
            exists = False
        if not exists:
            cursor.execute(f'CREATE DATABASE "{BENCH_DB}"')
    default.close()
    for alias in connections:
        connections[alias].settings_dict["NAME"] = BENCH_DB
        connections[alias].close()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def load(towns: int, years: int) -> None:
    from django.db import connection, transaction

    from metrics.figures import INDICATOR_CODES
    from metrics.models import ReportFigures
    from reports.models import Report
    from townships.models import County, Township

    wanted = towns * years
    if ReportFigures.objects.count() == wanted and Township.objects.count() == towns:
        print(f"bench data present: {towns:,} towns × {years} years = {wanted:,} rows")
        return
    print(f"loading {towns:,} towns × {years} years into database '{BENCH_DB}' …", flush=True)
    started = time.perf_counter()
    rng = random.Random(20261125)
    with transaction.atomic():
        ReportFigures.objects.all().delete()
        Report.objects.all().delete()
        Township.objects.all().delete()
        County.objects.all().delete()
        # ~14 towns per county, ~9 counties per city, ~11 cities per province (China's proportions).
        n_counties = max(1, towns // 14)
        counties = County.objects.bulk_create(
            County(name=f"测试县{i:04d}", city=f"测试市{i // 9:03d}", province=f"测试省{i // 99:02d}")
            for i in range(n_counties)
        )
        long_names = ["街道办事处", "镇", "乡", "镇", "街道", "民族乡"]
        townships = Township.objects.bulk_create(
            Township(name=f"测试{i:05d}{long_names[i % len(long_names)]}", county=counties[i % n_counties])
            for i in range(towns)
        )
        reports = Report.objects.bulk_create(
            (
                Report(
                    township=town,
                    year=FIRST_YEAR + y,
                    title="",
                    text="",
                    original_file="bench/none.txt",
                    original_name="none.txt",
                    content_hash=f"bench-{town.pk}-{y}",
                    encoding="utf-8",
                    format="txt",
                    extractor_version="bench",
                )
                # Year by year, as reports arrive in real life (rows of a year end up together).
                for y in range(years)
                for town in townships
            ),
            batch_size=5000,
        )
        county_of = {c.pk: c for c in counties}
        codes = list(INDICATOR_CODES)
        scales = {
            "enforcement_staff": 40,
            "disputes_received": 400,
            "disputes_resolved": 380,
            "mediation_success_rate": 100,
            "mediators": 120,
            "mediation_committees": 30,
            "legal_literates": 500,
            "villages": 30,
            "publicity_events": 60,
            "publicity_materials": 20000,
            "people_reached": 30000,
            "legal_consultations": 300,
            "litigation_cases": 10,
            "study_sessions": 20,
            "petitions_handled": 80,
        }
        columns = [
            "report_id",
            "township_id",
            "county_id",
            "year",
            "township_name",
            "county_name",
            "city",
            "province",
            "reviewed",
            "approximate",
            "corrected",
            *codes,
        ]
        town_of = {t.pk: t for t in townships}
        with connection.cursor() as cursor:
            copy_sql = f"COPY {ReportFigures._meta.db_table} ({', '.join(columns)}) FROM STDIN"
            with cursor.connection.cursor().copy(copy_sql) as copy:
                for report in reports:
                    town = town_of[report.township_id]
                    county = county_of[town.county_id]
                    values = []
                    approximate = []
                    for code in codes:
                        if rng.random() < 0.15:
                            values.append(None)  # missing is common in real reports
                            continue
                        if code == "mediation_success_rate":
                            value = round(rng.uniform(80, 100), 2)
                        else:
                            value = float(int(rng.random() * scales[code]))
                            if rng.random() < 0.05:
                                approximate.append(code)
                        values.append(value)
                    copy.write_row(
                        [
                            report.pk,
                            town.pk,
                            county.pk,
                            report.year,
                            town.name,
                            county.name,
                            county.city,
                            county.province,
                            rng.random() < 0.3,
                            approximate,
                            ["mediators"] if rng.random() < 0.01 else [],
                            *values,
                        ]
                    )
    with connection.cursor() as cursor:
        for table in ("metrics_reportfigures", "reports_report", "townships_township", "townships_county"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    print(f"loaded in {time.perf_counter() - started:.1f} s", flush=True)


def page_urls(kind: str, n: int, years: int, rng: random.Random) -> list[str]:
    from townships.models import County

    counties = list(County.objects.values_list("id", "city", "province")[:2000])
    codes = [
        "enforcement_staff",
        "mediators",
        "villages",
        "legal_literates",
        "disputes_received",
        "mediation_success_rate",
        "legal_literates_per_village",
        "disputes_per_village",
    ]
    urls: list[str] = []
    i = -1
    while len(urls) < n:  # distinct URLs: a repeated one would be a cache hit in the first pass
        i += 1
        year = FIRST_YEAR + i % years
        county_id, city, province = rng.choice(counties)
        region = [
            f"year={year}",
            f"year={year}&province={province}",
            f"year={year}&city={city}",
            f"year={year}&county={county_id}",
            "",
        ][i % 5]
        if kind == "townships":
            sort = rng.choice(["", "sort=name", "sort=-mediators", "sort=enforcement_staff", "sort=county"])
            extra = rng.choice(
                ["", "has=villages", "mediators_min=20", "name=测试1", f"page={rng.randint(2, 50)}"]
            )
            query = "&".join(p for p in (region, sort, extra) if p)
            url = f"/townships/?{query}"
        elif kind == "compare":
            x, y = rng.sample(codes, 2)
            query = "&".join(p for p in (region, f"x={x}&y={y}") if p)
            url = f"/compare/?{query}"
        elif kind == "points":
            x, y = rng.sample(codes, 2)
            query = "&".join(p for p in (region, f"x={x}&y={y}&format=points") if p)
            url = f"/compare/?{query}"
        else:
            x, y = rng.sample(codes, 2)
            url = f"/?{region}&x={x}&y={y}"
        if url not in urls:
            urls.append(url)
    return urls


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def warm_up(client) -> None:
    """Imports, template loading, the connection and the filter menus (shared by every page)."""
    for url in ("/townships/?name=warm-up", "/compare/?name=warm-up", "/?name=warm-up"):
        client.get(url)


def time_pages(client, urls: list[str]) -> tuple[list[float], int, dict[str, list[float]]]:
    timings = []
    size = 0
    groups: dict[str, list[float]] = {"whole year": [], "one region": []}
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        timings.append(elapsed)
        regional = any(f"{key}=" in url for key in ("province", "city", "county"))
        groups["one region" if regional else "whole year"].append(elapsed)
        assert response.status_code == 200, (url, response.status_code)
        size = max(size, len(response.content))
    return timings, size, groups


def time_export(client, url: str, trace_memory: bool) -> tuple[int, float, float]:
    gc.collect()
    if trace_memory:
        tracemalloc.start()
    started = time.perf_counter()
    response = client.get(url)
    rows = -1  # the header line
    total = 0
    for chunk in response.streaming_content:
        rows += chunk.count(b"\n")
        total += len(chunk)
    elapsed = time.perf_counter() - started
    peak = 0.0
    if trace_memory:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return rows, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--towns", type=int, default=40_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--requests", type=int, default=60, help="requests per page (≥ 50)")
    parser.add_argument("--reload", action="store_true", help="drop and reload the bench database")
    parser.add_argument("--no-cache", action="store_true", help="measure without any cache")
    args = parser.parse_args()

    setup_django(args.reload, cache=not args.no_cache)
    load(args.towns, args.years)

    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    user, _ = get_user_model().objects.get_or_create(username="bench-viewer")
    client = Client()
    client.force_login(user)
    rng = random.Random(7)

    print(
        f"\nload average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
        "(other work on the machine inflates these timings)"
    )
    print(f"\nPages ({args.requests} distinct URLs each, varied filters; in-process, server-side):")
    print("(points = the scatter's data, every matching town, fetched by the Compare and overview pages)")
    warm_up(client)
    urls = {kind: page_urls(kind, args.requests, args.years, rng) for kind in PAGES}
    passes = ["no cache"] if args.no_cache else ["first view", "repeat view"]
    results = {}
    for label in passes:
        print(f"\n{label}:")
        print(f"{'page':<12}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}{'largest page':>16}")
        for kind in PAGES:
            timings, size, groups = time_pages(client, urls[kind])
            results[label, kind] = percentile(timings, 0.95)
            print(
                f"{kind:<12}{statistics.median(timings):>10.1f}{results[label, kind]:>10.1f}"
                f"{max(timings):>10.1f}{size / 1024:>13.0f} KB"
            )
            for group, values in groups.items():
                if values:
                    print(
                        f"  {group + f' (n={len(values)})':<20}{statistics.median(values):>6.1f}"
                        f"{percentile(values, 0.95):>10.1f}{max(values):>10.1f}"
                    )

    print("\nCSV exports (streamed; memory = Python peak via tracemalloc, measured in a second run):")
    base = reverse("townships")
    year = FIRST_YEAR + args.years - 1
    exports = [
        (f"{base}?year={year}&format=csv", "Townships, one year"),
        (
            f"{reverse('compare')}?year={year}&x=villages&y=legal_literates_per_village&format=csv",
            "Compare, one year",
        ),
        ("ALL", "every row, all years"),
    ]
    csv_rates = []
    for url, label in exports:
        if url == "ALL":
            rows, elapsed, peak = time_all_rows(trace_memory=False)
            _, _, peak = time_all_rows(trace_memory=True)
        else:
            rows, elapsed, _ = time_export(client, url, trace_memory=False)
            _, _, peak = time_export(client, url, trace_memory=True)
        rate = rows / elapsed
        csv_rates.append(rate)
        print(
            f"  {label:<24}{rows:>9,} rows in {elapsed:6.2f} s = {rate:>10,.0f} rows/s, peak {peak:5.1f} MB"
        )

    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print("\nTargets: Townships and Compare p95 ≤ 50 ms; CSV ≥ 150,000 rows/s with flat memory.")
    for label in passes:
        met = results[label, "townships"] <= TARGET_P95_MS and results[label, "compare"] <= TARGET_P95_MS
        print(f"pages, {label}: {'met' if met else 'missed'}")
    print(f"CSV: {'met' if min(csv_rates) >= TARGET_CSV_ROWS_S else 'missed'}")


def time_all_rows(trace_memory: bool) -> tuple[int, float, float]:
    """The Townships export over every year (200,000 rows) through the same helper."""
    from django.test import RequestFactory

    from metrics.exports import table_response
    from metrics.figures import figure_catalog
    from metrics.selectors import figures_queryset, townships_rows
    from metrics.views import township_columns

    columns = township_columns(figure_catalog())
    rows = townships_rows(figures_queryset(), sort=None).values_list(*(c.key for c in columns))
    request = RequestFactory().get("/townships/", {"format": "csv"})
    gc.collect()
    if trace_memory:
        tracemalloc.start()
    started = time.perf_counter()
    response = table_response(request, columns=columns, rows=rows, filename="bench")
    count = -1
    for chunk in response.streaming_content:
        count += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    peak = 0.0
    if trace_memory:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return count, elapsed, peak


if __name__ == "__main__":
    main()
