# Reserved slot in the migration chain; operations are written by hand as the schema changes.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("speeches", "0009_api_token")]

    operations = []
