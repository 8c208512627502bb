"""Make a user an editor: staff (may log into the admin) and a member of the 编辑 group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

EDITORS = "编辑"


class Command(BaseCommand):
    help = (
        "Add USERNAME to the 编辑 (editors) group and let them log into the admin. Creates the "
        "user if needed, without a usable password: set one with `manage.py changepassword`."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")

    @transaction.atomic
    def handle(self, *args, username, email, **options):
        try:
            group = Group.objects.get(name=EDITORS)
        except Group.DoesNotExist:
            raise CommandError("the 编辑 group does not exist: run `manage.py migrate`") from None
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": email, "is_staff": True}
        )
        if created:
            user.set_unusable_password()
        user.is_staff = True
        user.save()
        user.groups.add(group)
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Created editor {username}.")
                + f" Set a password with: manage.py changepassword {username}"
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"{username} is now an editor."))
