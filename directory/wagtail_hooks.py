from axes.models import AccessAttempt

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.snippets_api import SnippetViewSet as SnippetsAPIViewSet
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from directory import accounts
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


def snippet_readers_only(view):
    """wagtail-localize's snippet API lists any snippet model's records to anyone in the
    admin (its chooser uses it): only those who may see the model's records get them."""

    def guarded(request, app_label, model_name, **kwargs):
        if not request.user.has_perm(f"{app_label}.view_{model_name}") and not (
            request.user.has_perm(f"{app_label}.change_{model_name}")
        ):
            raise PermissionDenied
        return view(request, app_label=app_label, model_name=model_name, **kwargs)

    return guarded


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
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            snippet_readers_only(SnippetsAPIViewSet.as_view({"get": "list"})),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            snippet_readers_only(SnippetsAPIViewSet.as_view({"get": "retrieve"})),
        ),
    ]


@hooks.register("register_admin_urls")
def register_two_factor_views():
    return [
        path("two-factor/", accounts.verify_view, name="two_factor_verify"),
        path("two-factor/setup/", accounts.setup_view, name="two_factor_setup"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Two-step login"),
        "help_text": _(
            "Ask a code from an authenticator app at each login, on top of the password."
        )
        if not accounts.has_second_factor(request.user)
        else _("On. Set it up again to change phones; new backup codes replace the old ones."),
    }


def locked_until(attempt):
    if attempt.failures_since_start < settings.AXES_FAILURE_LIMIT:
        return _("Not locked")
    until = attempt.attempt_time + settings.AXES_COOLOFF_TIME
    if until <= timezone.now():
        return _("Lock over")
    return date_format(timezone.localtime(until), "DATETIME_FORMAT")


class LockoutViewSet(ModelViewSet):
    """The accounts and addresses that typed wrong passwords: coordinators lift a lock by
    deleting its line. Locks end by themselves after ``AXES_COOLOFF_TIME``."""

    model = AccessAttempt
    icon = "lock"
    menu_label = gettext_lazy("Login lockouts")
    menu_name = "login_lockouts"
    add_to_admin_menu = False
    add_to_settings_menu = True
    url_prefix = "login-lockouts"
    inspect_view_enabled = False
    # Coordinators view and delete; nobody adds or edits a lock, but the viewset needs fields.
    form_fields = ["username"]
    list_display = [
        "username",
        "ip_address",
        "failures_since_start",
        "attempt_time",
        Column("locked_until", label=gettext_lazy("Locked until"), accessor=locked_until),
    ]
    ordering = ["-attempt_time"]


hooks.register("register_admin_viewset", lambda: LockoutViewSet("login_lockouts"))
