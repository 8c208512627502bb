"""The reuse tables' foreign keys lose their database constraints (speeches/reuse/models.py).

On PostgreSQL the constraints are dropped. SQLite would copy both tables four times over to do
the same (it cannot drop a constraint), so there they stay: SQLite checks a row at its insert
by primary-key look-ups, which cost little; a table rebuilt later is made without them."""

import django.db.models.deletion
from django.db import migrations, models


class AlterField(migrations.AlterField):
    """AlterField on PostgreSQL; only the state on other databases."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0013_import_lookup"),
    ]

    operations = [
        AlterField(
            model_name="reuseband",
            name="section",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="speeches.section",
            ),
        ),
        AlterField(
            model_name="reusematch",
            name="other",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="speeches.section",
            ),
        ),
        AlterField(
            model_name="reusematch",
            name="other_speech",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="speeches.speech",
            ),
        ),
        AlterField(
            model_name="reusematch",
            name="section",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="speeches.section",
            ),
        ),
        AlterField(
            model_name="reusematch",
            name="speech",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="speeches.speech",
            ),
        ),
    ]
