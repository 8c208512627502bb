"""The load benchmark's settings: production's, with bench/load_urls.py as the URLconf.

`bench/load.py` starts gunicorn with DJANGO_SETTINGS_MODULE=bench.load_site.
"""

from speecharchive.settings import *  # noqa: F403  (the production settings, unchanged)

ROOT_URLCONF = "bench.load_urls"
