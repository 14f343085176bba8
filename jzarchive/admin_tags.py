"""Template tags of the admin's change lists (registered as `jz_admin` in settings.TEMPLATES)."""

from django import template
from django.contrib.admin.templatetags.base import InclusionAdminNode

from jzarchive import admin_base

register = template.Library()


@register.tag(name="cached_date_hierarchy")
def cached_date_hierarchy_tag(parser, token):
    """Django's {% date_hierarchy cl %}, with its queries answered from the cache."""
    return InclusionAdminNode(
        parser,
        token,
        func=admin_base.cached_date_hierarchy,
        template_name="date_hierarchy.html",
        takes_context=False,
    )
