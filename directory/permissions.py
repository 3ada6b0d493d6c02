"""Who may edit what, granted through Wagtail's own permission records.

A structure's editors get page permissions on their StructurePage — so on its subtree, in every
locale — and collection permissions on the structure's image collection. Coordinators get them
on the home pages and the root collection, so on everything. Both functions are idempotent: call
them again after a structure or a locale is added and they grant only what is missing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext

from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from foundation.rights import COORDINATOR_PERMISSIONS_HOOK, STRUCTURE_PERMISSIONS_HOOK

# What the park's coordinators alone may do beyond content: see every enquiry, re-route it,
# and switch the network review on for a structure.
COORDINATE_NETWORK = "directory.coordinate_network"
STRUCTURE_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
COORDINATOR_PAGE_PERMISSIONS = (*STRUCTURE_PAGE_PERMISSIONS, "bulk_delete_page")
STRUCTURE_MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
)
COORDINATOR_MEDIA_PERMISSIONS = STRUCTURE_MEDIA_PERMISSIONS
ADMIN_PERMISSIONS = (("wagtailadmin", "access_admin"),)
# wagtail-localize checks this permission alone, not the page's: the portal's admin URLs in
# front of its views (directory/wagtail_hooks.py) add the page's own edit right.
TRANSLATION_PERMISSION = ("wagtail_localize", "submit_translation")
STRUCTURE_PERMISSIONS = (*ADMIN_PERMISSIONS, TRANSLATION_PERMISSION)
# Coordinators also keep the site-wide settings: contact details, legal pages.
COORDINATOR_PERMISSIONS = (
    *ADMIN_PERMISSIONS,
    TRANSLATION_PERMISSION,
    ("foundation", "change_portalsettings"),
    tuple(COORDINATE_NETWORK.split(".")),
    # Who is locked out of the admin for wrong passwords, and lifting a lock.
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
)
# Each room adds the rights over its own records (foundation.rights): the enquiries, the
# routing rules, the registrations...


def granted(base, hook_name):
    return [*base, *(key for register in hooks.get_hooks(hook_name) for key in register())]


COORDINATORS_GROUP_NAME = "Coordination du réseau"
NETWORK_REVIEW_WORKFLOW_NAME = "Revue du réseau"


def get_permissions(natural_keys):
    """The ``Permission`` rows for ``(app_label, codename)`` pairs, in one query."""
    condition = Q(pk__in=[])
    for app_label, codename in natural_keys:
        condition |= Q(content_type__app_label=app_label, codename=codename)
    permissions = list(Permission.objects.filter(condition).select_related("content_type"))
    if len(permissions) != len(natural_keys):
        found = {(p.content_type.app_label, p.codename) for p in permissions}
        missing = ", ".join(f"{a}.{c}" for a, c in natural_keys if (a, c) not in found)
        raise Permission.DoesNotExist(f"Unknown permissions: {missing}")
    return permissions


def grant_page_permissions(group, pages, codenames):
    """Give ``group`` each permission on each page, adding only the missing records."""
    permissions = get_permissions([("wagtailcore", codename) for codename in codenames])
    pages = list(pages)
    existing = set(
        GroupPagePermission.objects.filter(
            group=group, page__in=pages, permission__in=permissions
        ).values_list("page_id", "permission_id")
    )
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page=page, permission=permission)
        for page in pages
        for permission in permissions
        if (page.pk, permission.pk) not in existing
    )


def grant_collection_permissions(group, collection, natural_keys):
    """Give ``group`` each permission on the collection and, by inheritance, its children."""
    permissions = get_permissions(natural_keys)
    existing = set(
        GroupCollectionPermission.objects.filter(
            group=group, collection=collection, permission__in=permissions
        ).values_list("permission_id", flat=True)
    )
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(group=group, collection=collection, permission=permission)
        for permission in permissions
        if permission.pk not in existing
    )


def editors_group_of(structure_page):
    """The group already allowed to edit this structure's pages, if there is one."""
    return (
        Group.objects.filter(
            page_permissions__page__in=structure_page.get_translations(inclusive=True),
            page_permissions__permission__codename="change_page",
        )
        .order_by("pk")
        .first()
    )


@transaction.atomic
def give_structure_editors(structure_page):
    """Give a structure's editors group its pages in every locale and its image collection.

    The group is the one already holding rights on the structure, else one named after the
    structure. Its members add, edit, publish, unpublish, lock and delete the structure's
    listings and services, edit its profile page, and use its collection of images and
    documents — nothing else. Call it again whenever a translation of the page is created.
    Returns the group; adding people to it is the caller's business.
    """
    group = editors_group_of(structure_page)
    if group is None:
        group, _created = Group.objects.get_or_create(name=structure_page.title[:150])
    pages = list(structure_page.get_translations(inclusive=True))
    # The switch is the coordinators' decision on the source page; translations follow it.
    source = next((p for p in pages if p.locale_id == Locale.get_default().pk), structure_page)
    review = source.network_review
    codenames = STRUCTURE_PAGE_PERMISSIONS
    if review:
        # Under review, a coordinator publishes: the editors submit to the workflow.
        codenames = tuple(c for c in codenames if c != "publish_page")
        GroupPagePermission.objects.filter(
            group=group, page__in=pages, permission__codename="publish_page"
        ).delete()
    grant_page_permissions(group, pages, codenames)
    if structure_page.collection_id:
        grant_collection_permissions(group, structure_page.collection, STRUCTURE_MEDIA_PERMISSIONS)
    group.permissions.add(
        *get_permissions(granted(STRUCTURE_PERMISSIONS, STRUCTURE_PERMISSIONS_HOOK))
    )
    assign_network_review(pages, review)
    return group


def network_review_workflow():
    """The workflow in which a coordinator approves, or sends back, what an editor submits."""
    workflow = Workflow.objects.filter(name=NETWORK_REVIEW_WORKFLOW_NAME).first()
    if workflow is None:
        coordinators, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP_NAME)
        task = GroupApprovalTask.objects.create(name=gettext("Approval by the network"))
        task.groups.set([coordinators])
        workflow = Workflow.objects.create(name=NETWORK_REVIEW_WORKFLOW_NAME)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def assign_network_review(pages, active):
    """Put the structure's pages, in every locale, under the network review or take them out."""
    if not active:
        WorkflowPage.objects.filter(
            page__in=pages, workflow__name=NETWORK_REVIEW_WORKFLOW_NAME
        ).delete()
        return
    workflow = network_review_workflow()
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


@transaction.atomic
def rename_structure(structure_page):
    """Keep the editors group and the image collection named after the structure."""
    name = structure_page.title
    group = editors_group_of(structure_page)
    taken = Group.objects.filter(name=name[:150]).exclude(pk=getattr(group, "pk", None))
    if group is not None and group.name != name[:150] and not taken.exists():
        group.name = name[:150]
        group.save(update_fields=["name"])
    collection = structure_page.collection
    if collection is not None and collection.name != name:
        collection.name = name[:255]
        collection.save(update_fields=["name"])


@transaction.atomic
def give_coordinators(home_page, name=COORDINATORS_GROUP_NAME):
    """Give the network coordinators' group the whole site, in every locale.

    Page permissions on the home page and its translations, every image and document
    permission on the root collection (which covers the structures' collections), and the
    portal settings. Returns the group.
    """
    group, _created = Group.objects.get_or_create(name=name)
    grant_page_permissions(
        group, home_page.get_translations(inclusive=True), COORDINATOR_PAGE_PERMISSIONS
    )
    grant_collection_permissions(
        group, Collection.get_first_root_node(), COORDINATOR_MEDIA_PERMISSIONS
    )
    group.permissions.add(
        *get_permissions(granted(COORDINATOR_PERMISSIONS, COORDINATOR_PERMISSIONS_HOOK))
    )
    return group
