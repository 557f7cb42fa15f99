"""Create a user (or change an existing one) with a role and, optionally, a region."""

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from townships.accounts import user_region_set, user_role_set
from townships.models import County
from townships.roles import ROLES


class Command(BaseCommand):
    help = (
        "Create or update a user with a role (viewer, editor, admin) and optionally limit it to a "
        "county, city or province. The password is asked for, or read from ADDUSER_PASSWORD."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", choices=ROLES, required=True)
        parser.add_argument("--county", help="limit to this county-level unit (e.g. 东坡区)")
        parser.add_argument("--city", help="limit to this city (with --county: which county of that name)")
        parser.add_argument("--province", help="limit to this province (with --county/--city: disambiguates)")
        parser.add_argument("--email", default="")
        parser.add_argument("--no-password", action="store_true", help="keep the current password / none")

    def handle(self, *args, **options):
        county = self.find_county(options) if options["county"] else None
        User = get_user_model()
        user = User.objects.filter(username=options["username"]).first()
        password = None if options["no_password"] else self.read_password(user)
        with transaction.atomic():
            created = user is None
            if created:
                user = User(username=options["username"], email=options["email"])
                if password is None:
                    user.set_unusable_password()
            if password is not None:
                user.set_password(password)
            if options["email"]:
                user.email = options["email"]
            user.save()
            user_role_set(user=user, role=options["role"])
            region = user_region_set(
                user=user, county=county, city=options["city"] or "", province=options["province"] or ""
            )
        scope = region.label if region else "all regions"
        self.stdout.write(
            f"{'created' if created else 'updated'} {user.username}: {options['role']}, {scope}"
        )

    def find_county(self, options) -> County:
        counties = County.objects.filter(name=options["county"])
        if options["city"]:
            counties = counties.filter(city=options["city"])
        if options["province"]:
            counties = counties.filter(province=options["province"])
        found = list(counties[:2])
        if not found:
            raise CommandError(f"no county-level unit named {options['county']!r} (ingest its reports first)")
        if len(found) > 1:
            raise CommandError(f"several units named {options['county']!r}: add --city or --province")
        return found[0]

    def read_password(self, user) -> str | None:
        if password := os.environ.get("ADDUSER_PASSWORD"):
            candidate = user or get_user_model()(username="")
            self.validate(password, candidate)
            return password
        if not sys.stdin.isatty():
            if user is not None:
                return None  # keep the existing password
            raise CommandError(
                "no terminal to ask for a password: set ADDUSER_PASSWORD or pass --no-password"
            )
        while True:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                self.stderr.write("The passwords differ.")
                continue
            try:
                self.validate(password, user or get_user_model()(username=""))
            except CommandError as exc:
                self.stderr.write(str(exc))
                continue
            return password

    def validate(self, password, user):
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
