from django.apps import AppConfig


class SpeechesConfig(AppConfig):
    name = "speeches"
    verbose_name = "讲话稿"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import dataversion

        dataversion.connect()
