from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "people"
    verbose_name = _("人物、机构与事件")

    def ready(self) -> None:
        from django.apps import apps

        from people import signals

        signals.connect(
            m
            for m in apps.get_models()
            if m._meta.app_label in {"people", "articles"} and hasattr(m, "history")
        )
