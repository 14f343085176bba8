"""History baseline: the importer writes rows in bulk, without history, for speed. The first time a
curator changes such a row, the state the machine left is recorded first, so that the history shows
"before" and the change can be reverted."""

from __future__ import annotations

import datetime as dt

from django.db.models.signals import pre_save
from django.utils import timezone


def record_baseline(sender, instance, raw=False, **kwargs) -> None:
    if raw or instance.pk is None or getattr(instance, "skip_history_when_saving", False):
        return
    manager = sender.history
    if manager.filter(**{sender._meta.pk.attname: instance.pk}).exists():
        return
    before = sender._default_manager.filter(pk=instance.pk).first()
    if before is None:
        return
    when = getattr(before, "updated_at", None) or timezone.now() - dt.timedelta(milliseconds=1)
    manager.bulk_history_create([before], default_change_reason="导入时的状态", default_date=when)


def connect(models) -> None:
    for model in models:
        pre_save.connect(record_baseline, sender=model, dispatch_uid=f"history-baseline-{model._meta.label}")
