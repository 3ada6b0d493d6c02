"""The portraits of people who settled, as the public pages show them."""

from portal.i18n import in_source_locale, snippets_in_locale_or_source

HOME_TESTIMONIALS = 3


def shown_testimonials(testimonials, locale, limit=None):
    """Those of ``testimonials`` their people agreed to, in ``locale`` where translated.

    The agreement is read on the French original, which every portrait is written in first:
    withdrawn there, or the original deleted, the translations go too, synchronised or not.
    Three queries whatever the number: the portraits with their commune and photo, and the
    structures that helped.
    """
    from portal.models import Testimonial

    agreed = Testimonial.objects.filter(in_source_locale(), agreed=True)
    shown = (
        snippets_in_locale_or_source(
            testimonials.filter(translation_key__in=agreed.values("translation_key")), locale
        )
        .select_related("commune", "photo")
        .prefetch_related("structures")
        .order_by("-created_at", "-pk")
    )
    return list(shown[:limit] if limit else shown)
