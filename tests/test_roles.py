"""The curators and viewers groups exist after migrating and grant what their names say."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse


class RolesTest(TestCase):
    def make_user(self, group: str):
        user = get_user_model().objects.create_user(group, password="x-long-pass-123", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        return get_user_model().objects.get(pk=user.pk)

    def test_it_lets_curators_change_entities_but_not_delete_articles(self) -> None:
        curator = self.make_user("curators")
        self.assertTrue(curator.has_perm("people.change_person"))
        self.assertTrue(curator.has_perm("people.change_mention"))
        self.assertTrue(curator.has_perm("articles.change_article"))
        self.assertFalse(curator.has_perm("articles.delete_article"))
        self.assertFalse(curator.has_perm("articles.delete_page"))

    def test_it_lets_viewers_read_and_nothing_else(self) -> None:
        viewer = self.make_user("viewers")
        self.assertTrue(viewer.has_perm("articles.view_article"))
        self.assertTrue(viewer.has_perm("people.view_person"))
        self.assertFalse(viewer.has_perm("people.change_person"))
        self.client.force_login(viewer)
        self.assertEqual(self.client.get(reverse("admin:people_person_changelist")).status_code, 200)
        self.assertEqual(self.client.get(reverse("admin:people_person_add")).status_code, 403)
