"""Roles: `curators` change entities and mentions but cannot delete imported articles or pages;
`viewers` read everything and change nothing."""

from django.db import migrations

CURATOR_MODELS = {
    "people": ["person", "organisation", "place", "alias", "event", "eventparticipant", "mention", "tenure"],
    "articles": ["article", "credit"],
}
READ_MODELS = {
    "people": CURATOR_MODELS["people"],
    "articles": ["edition", "page", "article", "credit", "importrun", "importfile"],
}


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(models: dict, actions: tuple[str, ...]):
        codenames = [f"{a}_{m}" for ms in models.values() for m in ms for a in actions]
        return Permission.objects.filter(content_type__app_label__in=list(models), codename__in=codenames)

    viewers, _ = Group.objects.get_or_create(name="viewers")
    viewers.permissions.set(perms(READ_MODELS, ("view",)))
    curators, _ = Group.objects.get_or_create(name="curators")
    curators.permissions.set(
        list(perms(READ_MODELS, ("view",)))
        + list(perms({"people": CURATOR_MODELS["people"]}, ("add", "change", "delete")))
        # articles: curators edit and link them but never delete what was imported
        + list(perms({"articles": CURATOR_MODELS["articles"]}, ("change",)))
        + list(perms({"articles": ["credit"]}, ("add", "delete")))
    )


def drop_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["curators", "viewers"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("articles", "0002_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, drop_roles)]
