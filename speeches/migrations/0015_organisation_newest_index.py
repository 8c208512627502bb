"""Related speeches of the same organisation, newest first: read ten index entries, not a whole
year's (the ORDER BY year DESC, id DESC had to sort every speech of the newest year)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0014_reuse_without_constraints"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="speech",
            name="speech_organisation_year",
        ),
        migrations.AddIndex(
            model_name="speech",
            index=models.Index(
                fields=["organisation", "year", "id"], name="speech_organisation_newest"
            ),
        ),
    ]
