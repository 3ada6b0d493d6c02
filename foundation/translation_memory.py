"""Pre-translation for editors, from what the network's translators already wrote.

wagtail-localize's editor has a "Translate with …" button when a machine translator is
configured (``WAGTAILLOCALIZE_MACHINE_TRANSLATOR``): it fills every segment the translator
knows, as a draft the editor reviews before publishing. With ``DEEPL_AUTH_KEY`` set, the portal
uses DeepL (``portal/settings/base.py``); without it, this translator of the portal's own, which
follows wagtail-localize's interface and needs no outside service: a segment a person already
translated into a language (the same words of a recurring summary, a shared paragraph of the
network, a heading) is offered again, in its latest human version.
"""

from django.utils.translation import gettext_lazy as _

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import String, StringTranslation
from wagtail_localize.strings import StringValue


class TranslationMemory(BaseMachineTranslator):
    display_name = _("the portal's translation memory")

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code

    def translate(self, source_locale, target_locale, strings):
        wanted = {string.data: string for string in strings}
        known = String.objects.filter(locale=source_locale, data__in=list(wanted))
        translations = (
            StringTranslation.objects.filter(
                translation_of__in=known,
                locale=target_locale,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                has_error=False,
            )
            .order_by("updated_at", "pk")
            .values_list("translation_of__data", "data")
        )
        found = {}
        # The latest human translation of each string wins.
        for source_text, translated in translations:
            found[wanted[source_text]] = StringValue(translated)
        return found
