import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config import settings as project_settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_environment_variable_read_by_the_settings_is_listed_in_env_example():
    source = (ROOT / "config" / "settings.py").read_text()
    read = set(re.findall(r'env(?:bool|int)?\("([A-Z_]+)"', source))
    listed = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    assert read and read <= listed, f"missing from .env.example: {sorted(read - listed)}"


def test_database_url_gives_a_postgresql_connection():
    db = project_settings.database_from_url("postgresql://town:s%40cret@db.example:5433/dash?sslmode=require")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "dash", "town", "s@cret", "db.example", "5433"
    )
    assert db["OPTIONS"] == {"sslmode": "require"}


def test_a_unix_socket_database_url_uses_the_host_query_parameter():
    db = project_settings.database_from_url("postgresql://postgres@/postgres?host=/srv/pg")
    assert db["HOST"] == "/srv/pg" and db["OPTIONS"] == {}


@pytest.mark.parametrize("url", ["sqlite:///db.sqlite3", "mysql://u@h/db"])
def test_other_databases_are_refused(url):
    with pytest.raises(ImproperlyConfigured, match="only PostgreSQL"):
        project_settings.database_from_url(url)


def test_a_bad_boolean_fails_loudly(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        project_settings.envbool("DEBUG", False)


@pytest.mark.django_db
def test_the_tests_run_on_postgresql():
    from django.db import connection

    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("select version()")
        assert cursor.fetchone()[0].startswith("PostgreSQL")
