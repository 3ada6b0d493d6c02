"""Rich text that always renders: what editors may use, and what is refused at save.

Wagtail stores rich text as HTML it writes itself from the editor's JSON. Two inputs broke a
page: JSON that does not parse (a tampered or truncated post) answered 500 on save, and an
image with a format no one registered was saved, then answered 500 on every view of the page.
Both are now refused with a message, and the text the editor sent is shown back to them.
"""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.rich_text import expand_db_html

# What the widget hands on, instead of HTML, when the editor's JSON cannot be read, or reads
# as HTML that would not render; the form field refuses both. Never HTML Wagtail writes.
UNREADABLE = "\x00unreadable\x00"
UNRENDERABLE = "\x00unrenderable\x00"


def renders(html):
    try:
        expand_db_html(html)
    except (KeyError, LookupError, ValueError, TypeError):
        return False
    return True


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            html = super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, AttributeError):
            return UNREADABLE + str(data.get(name, ""))
        if html is not None and not renders(html):
            return UNRENDERABLE + str(data.get(name, ""))
        return html

    def format_value(self, value):
        # Shown back as it came, so that nothing the editor typed is lost.
        if isinstance(value, str) and value.startswith(UNRENDERABLE):
            return value.removeprefix(UNRENDERABLE)
        if isinstance(value, str) and value.startswith(UNREADABLE):
            block = {
                "key": "sent0",
                "type": "unstyled",
                "text": value.removeprefix(UNREADABLE),
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [],
            }
            return json.dumps({"blocks": [block], "entityMap": {}})
        return super().format_value(value)


class CheckedRichTextFormField(forms.CharField):
    """The form field of every rich text in the admin: refuses what the widget found
    unreadable or unrenderable (``WAGTAILADMIN_RICH_TEXT_EDITORS``)."""

    def validate(self, value):
        super().validate(value)
        if value.startswith(UNREADABLE):
            raise ValidationError(
                _("This text could not be read. Copy it, reload the page and paste it again."),
                code="unreadable",
            )
        if value.startswith(UNRENDERABLE):
            raise ValidationError(
                _(
                    "This text holds an element that cannot be shown, such as an image in an "
                    "unknown format. Remove it and insert it again."
                ),
                code="unrenderable",
            )
