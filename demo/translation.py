"""Translate demo pages through wagtail-localize, as an editor would with a PO file.

The translated pages are synced translations: editors see them in wagtail-localize's editor, and
a later change of the French page can be synced into them.
"""

from html import unescape

from wagtail_localize.models import Translation, TranslationSource


def translate_page(page, locales, glossary):
    """Create or refresh ``page``'s translations into ``locales`` and publish them.

    Every segment is filled from the glossary; the ones it does not know stay untranslated
    (wagtail-localize then falls back to the French text). Returns the French strings that had
    no translation.
    """
    missing = []
    for translation in filled_translations(page, locales, glossary, missing):
        # Saved as a draft and published here: with publish=True, the publication would wait
        # for the end of the transaction the whole demo is loaded in.
        translation.save_target(publish=False)
        translation.get_target_instance().get_latest_revision().publish()
    return missing


def translate_snippet(snippet, locales, glossary):
    """The same for a translatable snippet without drafts (a keyword): saved at once."""
    missing = []
    for translation in filled_translations(snippet, locales, glossary, missing):
        translation.save_target(publish=True)
    return missing


def filled_translations(instance, locales, glossary, missing):
    """``instance``'s wagtail-localize translations into ``locales``, filled from the glossary.

    The French strings the glossary does not know are added to ``missing``.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for locale in locales:
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        po = translation.export_po()
        for entry in po:
            if entry.obsolete or entry.msgstr:
                continue
            text = translated_text(glossary, entry.msgid, locale.language_code)
            if text is None:
                missing.append(entry.msgid)
            else:
                entry.msgstr = text
        translation.import_po(po, tool_name="load_demo")
        yield translation


def translated_text(glossary, text, language):
    """The glossary's translation of a segment, however wagtail-localize encoded it."""
    for variant in (text, unescape(text), text.replace("<br/>", "\n")):
        translated = glossary.translate(variant, language)
        if translated is not None:
            return translated.replace("\n", "<br/>") if "<br/>" in text else translated
    return None
