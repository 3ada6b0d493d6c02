"""Which structures a person of the network speaks for, as Wagtail's page permissions say."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.models import GroupPagePermission, Page

from directory.models import StructurePage


def structures_of(user):
    """The source-language structure pages whose editors' group ``user`` belongs to.

    A structure's editors group holds ``change_page`` on the structure page in every locale
    (see ``directory.permissions``); that grant is what makes someone one of its people.
    """
    if not user.is_authenticated:
        return StructurePage.objects.none()
    granted = GroupPagePermission.objects.filter(
        group__user=user,
        permission__codename="change_page",
        page__content_type=ContentType.objects.get_for_model(StructurePage),
    ).values("page__translation_key")
    return StructurePage.objects.filter(
        translation_key__in=granted, locale__language_code=settings.LANGUAGE_CODE
    )


def source_structure(page):
    """The structure page, in the source language, that ``page`` is or stands under."""
    if page is None:
        return None
    structure = (
        page.specific
        if isinstance(page.specific, StructurePage)
        else StructurePage.objects.parent_of(page).first()
    )
    if structure is None:
        return None
    source = (
        Page.objects.filter(
            translation_key=structure.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .specific()
        .first()
    )
    return source or structure
