"""The read-only JSON API under /api/ (django-ninja): speeches, search, quotes, slogans.

`routes.py` holds the operations, `schemas.py` their request and response shapes, `auth.py` the
login-or-token check and `models.py` the per-user API tokens an admin creates. This package's
__init__ imports nothing: speeches.models imports the token model from here at app loading.
"""
