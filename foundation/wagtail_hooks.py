from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.fields import RichTextField
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from foundation.i18n import stale_translation_source
from foundation.models import TagName
from foundation.rich_text import CheckedRichTextFormField
from foundation.rights import COORDINATOR_PERMISSIONS_HOOK, managing

register_form_field_override(RichTextField, override={"form_class": CheckedRichTextFormField})


@hooks.register("before_edit_page")
def warn_of_a_stale_translation(request, page):
    """The editor of a translation sees when the French page has changed since."""
    if request.method != "GET":
        return None
    source = stale_translation_source(page)
    if source is not None:
        messages.warning(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                _("The original page has changed since this translation was made."),
                reverse("wagtail_localize:update_translations", args=[source.pk]),
                _("Update the translation"),
            ),
        )
    return None


class TagNameViewSet(SnippetViewSet):
    """The keywords of offers and campaigns, translated like any snippet (models/keywords.py)."""

    model = TagName
    icon = "tag"
    menu_label = gettext_lazy("Keywords")
    add_to_admin_menu = False
    list_display = ["name", "tag"]
    list_filter = ["locale"]
    search_fields = ["name"]
    # A keyword is made by tagging an offer; here its names are read and translated.
    inspect_view_enabled = True


register_snippet(TagNameViewSet)


@hooks.register(COORDINATOR_PERMISSIONS_HOOK)
def coordinators_translate_keywords():
    return managing("foundation", "tagname")
