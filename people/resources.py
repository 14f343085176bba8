"""django-import-export resources: people and organisations keyed by name, so an uploaded roster
updates the records it names instead of duplicating them."""

from import_export import fields, resources, widgets

from people.models import Event, Organisation, Person
from people.services.resolve import pinyin_of


class PersonResource(resources.ModelResource):
    class Meta:
        model = Person
        import_id_fields = ("name",)
        fields = ("id", "name", "name_pinyin", "gender", "status", "notes")
        export_order = fields
        skip_unchanged = True
        # every row is validated like a form (required name, lengths, choices) and reported by row
        clean_model_instances = True
        report_skipped = True

    def before_save_instance(self, instance, row, **kwargs):
        if not instance.name_pinyin:
            instance.name_pinyin = pinyin_of(instance.name)


class OrganisationResource(resources.ModelResource):
    parent = fields.Field(
        attribute="parent",
        column_name="parent",
        widget=widgets.ForeignKeyWidget(Organisation, field="name"),
    )

    class Meta:
        model = Organisation
        import_id_fields = ("name",)
        fields = ("id", "name", "kind", "parent", "status", "notes")
        export_order = fields
        skip_unchanged = True
        # every row is validated like a form (required name, lengths, choices) and reported by row
        clean_model_instances = True
        report_skipped = True


class EventResource(resources.ModelResource):
    class Meta:
        model = Event
        import_id_fields = ("name", "date_text")
        fields = ("id", "name", "type", "date_text", "date", "location", "status")
        export_order = fields
        skip_unchanged = True
        # every row is validated like a form (required name, lengths, choices) and reported by row
        clean_model_instances = True
        report_skipped = True
