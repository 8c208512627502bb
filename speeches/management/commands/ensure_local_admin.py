import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "For local use: create a superuser 'admin' with a random password if no superuser "
        "exists, save the password to .local-admin-password (git-ignored) and print how to log in."
    )

    def handle(self, *args, **options):
        users = get_user_model().objects
        password_file = Path(settings.BASE_DIR) / ".local-admin-password"
        if not users.filter(is_superuser=True).exists():
            password = secrets.token_urlsafe(12)
            users.create_superuser("admin", email="", password=password)
            password_file.write_text(password + "\n", encoding="utf-8")
            password_file.chmod(0o600)
            self.stdout.write(self.style.SUCCESS("Created the local superuser 'admin'."))
        if password_file.exists():
            password = password_file.read_text(encoding="utf-8").strip()
            # `make run HOST_PORT=…` passes the address the server is about to listen on.
            address = os.environ.get("HOST_PORT", "").strip() or "127.0.0.1:8000"
            self.stdout.write(f"Log in at http://{address}/ as admin / {password}")
        else:
            self.stdout.write(
                "Log in with your superuser; reset a password with "
                "`python manage.py changepassword USERNAME`."
            )
