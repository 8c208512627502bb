"""The 编辑 (editors) group: view and change speeches; view, change, add and delete their
sections and quotes. No deleting speeches, no user management (that stays with superusers)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "编辑"
PERMISSIONS = [
    "view_speech",
    "change_speech",
    "view_section",
    "change_section",
    "add_section",
    "delete_section",
    "view_quote",
    "change_quote",
    "add_quote",
    "delete_quote",
]


def create_group(apps, schema_editor):
    # On a fresh database the permissions are only created by post_migrate, after every
    # migration has run: create this app's now, so that the group can be given them.
    app_config = apps.get_app_config("speeches")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.using(schema_editor.connection.alias).get_or_create(name=GROUP)
    permissions = Permission.objects.using(schema_editor.connection.alias).filter(
        content_type__app_label="speeches", codename__in=PERMISSIONS
    )
    missing = set(PERMISSIONS) - {p.codename for p in permissions}
    if missing:
        raise RuntimeError(f"permissions missing for the 编辑 group: {sorted(missing)}")
    group.permissions.add(*permissions)


def remove_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
