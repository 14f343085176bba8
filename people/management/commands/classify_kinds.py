"""python manage.py classify_kinds [--dry-run]

Gives the places and bodies an archive stored before the importer gave new records a kind the kind
their names show (某镇 town, 某路 road, 某市委 party ...). Records a curator confirmed, rejected or
already gave a kind are left as they are.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from people.services.classify import classify_kinds


class Command(BaseCommand):
    help = "Give machine-found places and organisations still of kind 'other' the kind their names show."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="count, change nothing")

    def handle(self, *args, **options) -> None:
        dry = options["dry_run"]
        for label, counts in classify_kinds(write=not dry).items():
            detail = ", ".join(f"{kind} {n}" for kind, n in counts.most_common())
            verb = "would get" if dry else "got"
            self.stdout.write(
                f"{label}: {sum(counts.values())} {verb} a kind" + (f" ({detail})" if detail else "")
            )
