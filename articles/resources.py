"""django-import-export resources for the newspaper side."""

from import_export import fields, resources

from articles.models import Article


class ArticleResource(resources.ModelResource):
    source_file = fields.Field(attribute="page__source_name", column_name="source_file", readonly=True)
    edition_date = fields.Field(attribute="page__edition__date", column_name="edition_date", readonly=True)

    class Meta:
        model = Article
        fields = (
            "id",
            "source_file",
            "n",
            "edition_date",
            "kind",
            "kicker",
            "headline",
            "subheadline",
            "section",
            "source",
            "dateline",
            "date",
            "continued_from_label",
            "continued_to_label",
            "body",
        )
        export_order = fields
        # Articles come from pages; an upload may correct their fields, never create orphan articles.
        skip_unchanged = True
        # every row is validated like a form (required name, lengths, choices) and reported by row
        clean_model_instances = True
        report_skipped = True

    def get_queryset(self):
        return super().get_queryset().select_related("page__edition")
