"""The network review: coordinators switch it on for a structure, then approve what it submits."""

from django.core import mail
from django.test import TestCase

from wagtail.models import GroupPagePermission, WorkflowState
from wagtail.test.utils import WagtailTestUtils

from directory.models import StructurePage
from directory.permissions import editors_group_of, give_coordinators
from tests.builders import build_world, edit_form_data
from tests.directory.test_permission_matrix import PASSWORD, make_user


class NetworkReviewTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(translated=False)
        cls.structure = StructurePage.objects.get(pk=cls.world.cma.pk)
        cls.listing = cls.world.land
        cls.coordinators = give_coordinators(cls.world.home)
        cls.coordinator = make_user("parc", cls.coordinators, first_name="Paule")
        cls.editor = make_user("cma", editors_group_of(cls.structure), first_name="Marc")

    def as_user(self, user):
        self.client.logout()
        self.client.login(username=user.username, password=PASSWORD)

    def switch(self, on):
        self.as_user(self.coordinator)
        data = edit_form_data(self.client, self.structure)
        data.pop("network_review", None)
        if on:
            data["network_review"] = "on"
        data["action-publish"] = "action-publish"
        response = self.client.post(f"/admin/pages/{self.structure.pk}/edit/", data)
        self.assertEqual(response.status_code, 302)

    def can_publish(self):
        return GroupPagePermission.objects.filter(
            group=editors_group_of(self.structure),
            page=self.structure,
            permission__codename="publish_page",
        ).exists()

    def submit(self, title):
        self.as_user(self.editor)
        data = edit_form_data(self.client, self.listing)
        data["title"] = title
        data["action-submit"] = "action-submit"
        response = self.client.post(f"/admin/pages/{self.listing.pk}/edit/", data)
        self.assertEqual(response.status_code, 302)
        return self.listing.current_workflow_state

    def act(self, state, action, comment=""):
        self.as_user(self.coordinator)
        task_state = state.current_task_state
        url = f"/admin/pages/workflow/action/{self.listing.pk}/{action}/{task_state.pk}/"
        response = self.client.post(url, {"comment": comment})
        self.assertEqual(response.status_code, 200 if self.is_modal(response) else 302)

    def is_modal(self, response):
        return response.get("Content-Type", "").startswith("application/json")

    def test_only_coordinators_switch_it_on(self):
        self.as_user(self.editor)
        data = edit_form_data(self.client, self.structure)
        data.update({"network_review": "on", "action-publish": "action-publish"})
        self.client.post(f"/admin/pages/{self.structure.pk}/edit/", data)
        self.assertFalse(StructurePage.objects.get(pk=self.structure.pk).network_review)
        self.assertTrue(self.can_publish())

        self.switch(on=True)
        self.assertTrue(StructurePage.objects.get(pk=self.structure.pk).network_review)
        self.assertFalse(self.can_publish())
        self.switch(on=False)
        self.assertTrue(self.can_publish())

    def test_an_editor_submits_a_coordinator_sends_back_then_approves(self):
        self.switch(on=True)
        mail.outbox.clear()
        old_title = self.listing.title

        # Under review, publishing is not the editor's: what is posted stays a draft.
        self.as_user(self.editor)
        data = edit_form_data(self.client, self.listing)
        data.update({"title": "Publiée sans revue", "action-publish": "action-publish"})
        self.client.post(f"/admin/pages/{self.listing.pk}/edit/", data)
        self.listing.refresh_from_db()
        self.assertEqual(self.listing.title, old_title)

        state = self.submit("Terres agricoles, 12 ha, près d'Ambert")
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertIn("parc@example.org", [m.to[0] for m in mail.outbox])

        mail.outbox.clear()
        self.act(state, "reject", comment="Précisez la surface exploitable.")
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        sent = [m for m in mail.outbox if m.to == ["cma@example.org"]]
        self.assertEqual(len(sent), 1)
        self.assertIn("Précisez la surface exploitable.", sent[0].body)
        self.listing.refresh_from_db()
        self.assertEqual(self.listing.title, old_title)

        mail.outbox.clear()
        state = self.submit("Terres agricoles, 12 ha exploitables, près d'Ambert")
        self.act(state, "approve")
        self.listing.refresh_from_db()
        self.assertEqual(self.listing.title, "Terres agricoles, 12 ha exploitables, près d'Ambert")
        self.assertTrue(self.listing.live)
        self.assertIn(["cma@example.org"], [m.to for m in mail.outbox])

    def test_coordinators_administer_no_users_or_groups(self):
        self.as_user(self.coordinator)
        for url in ("/admin/users/", "/admin/groups/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], "/admin/")
        response = self.client.get(f"/admin/pages/{self.world.home.pk}/edit/")
        self.assertEqual(response.status_code, 200)


class SyncPermissionsTests(TestCase):
    def test_sync_permissions_gives_back_what_an_upgrade_added(self):
        from django.core.management import call_command

        from directory.permissions import TRANSLATION_PERMISSION, get_permissions

        world = build_world(translated=False)
        group = editors_group_of(world.cci)
        group.permissions.remove(*get_permissions([TRANSLATION_PERMISSION]))
        call_command("sync_permissions", verbosity=0)
        self.assertTrue(group.permissions.filter(codename="submit_translation").exists())
