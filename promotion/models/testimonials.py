from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from foundation.i18n import in_source_locale, snippets_in_locale_or_source


class Testimonial(TranslatableMixin, index.Indexed, ClusterableModel):
    """A short portrait of people who settled: who, where, what, and who helped them."""

    name = models.CharField(
        _("who"), max_length=150, help_text=_("As they agreed to be named, e.g. Anna and Joost.")
    )
    came_from = models.CharField(
        _("came from"), max_length=150, blank=True, help_text=_("e.g. Utrecht, Netherlands.")
    )
    commune = models.ForeignKey(
        "territory.Commune",
        verbose_name=_("settled in"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    project = models.CharField(
        _("what they took over or created"),
        max_length=200,
        help_text=_("e.g. took over the bakery in the main square."),
    )
    quote = models.TextField(_("in their words"), max_length=600)
    photo = models.ForeignKey(
        "foundation.PortalImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    settled_in = models.PositiveSmallIntegerField(_("year they settled"), null=True, blank=True)
    structures = ParentalManyToManyField(
        "directory.StructurePage",
        verbose_name=_("structures that helped"),
        blank=True,
        related_name="+",
        limit_choices_to=in_source_locale,
    )
    agreed = models.BooleanField(
        _("they agreed in writing to this portrait"),
        default=False,
        help_text=_("Only portraits they agreed to are shown."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("came_from")]),
        FieldRowPanel([FieldPanel("commune"), FieldPanel("settled_in")]),
        FieldPanel("project"),
        FieldPanel("quote"),
        FieldPanel("photo"),
        FieldPanel("structures"),
        FieldPanel("agreed"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("project"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    override_translatable_fields = [
        SynchronizedField("name", overridable=False),
        SynchronizedField("came_from"),
        SynchronizedField("commune", overridable=False),
        SynchronizedField("settled_in", overridable=False),
        SynchronizedField("agreed", overridable=False),
        SynchronizedField("structures", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} · {self.commune}"


def shown_testimonials(testimonials, locale, limit=None):
    """Those of ``testimonials`` their people agreed to, in ``locale`` where translated.

    The agreement is read on the French original, which every portrait is written in first:
    withdrawn there, or the original deleted, the translations go too, synchronised or not.
    Three queries whatever the number: the portraits with their commune and photo, and the
    structures that helped.
    """
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
