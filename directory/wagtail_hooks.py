from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path

from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from directory.permissions import COORDINATE_NETWORK


def page_editors_only(view, page_of):
    """wagtail-localize's view, open only to those who may edit the page being translated.

    wagtail-localize checks its global ``submit_translation`` permission alone; a structure's
    editors hold it, so the page's own rights must decide. These URLs are registered before
    wagtail-localize's (``directory`` comes first in ``INSTALLED_APPS``) and answer instead.
    """

    def guarded(request, **kwargs):
        page = page_of(**kwargs)
        if page is None:
            # A snippet's translations: the coordinators' business.
            if not request.user.has_perm(COORDINATE_NETWORK):
                raise PermissionDenied
            return view(request, **kwargs)
        permissions = page.permissions_for_user(request.user)
        if not permissions.can_edit():
            raise PermissionDenied
        # "Publish immediately" is for those who may publish the page.
        if request.POST.get("publish_translations") and not permissions.can_publish():
            raise PermissionDenied
        return view(request, **kwargs)

    return guarded


def _page(page_id):
    return get_object_or_404(Page, pk=page_id)


def _source_page(translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    instance = source.get_source_instance()
    return instance if isinstance(instance, Page) else None


def _no_page(**kwargs):
    # No snippet of the portal is translated by structures: only coordinators translate them.
    return None


@hooks.register("register_admin_urls")
def register_translation_guards():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            page_editors_only(SubmitPageTranslationView.as_view(), _page),
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            page_editors_only(SubmitSnippetTranslationView.as_view(), _no_page),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            page_editors_only(UpdateTranslationsView.as_view(), _source_page),
        ),
    ]
