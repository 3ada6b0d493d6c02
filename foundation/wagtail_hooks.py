from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.fields import RichTextField

from foundation.i18n import stale_translation_source
from foundation.rich_text import CheckedRichTextFormField

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
