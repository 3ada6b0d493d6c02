from django.db import models
from django.utils.translation import gettext_lazy as _

from foundation.models import PlacedMixin


class CommunityOfCommunes(models.Model):
    """An EPCI (établissement public de coopération intercommunale), from INSEE's code."""

    siren = models.CharField(_("SIREN code"), max_length=9, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("legal form"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("community of communes")
        verbose_name_plural = _("communities of communes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Commune(PlacedMixin, models.Model):
    insee_code = models.CharField(_("INSEE code"), max_length=5, unique=True)
    name = models.CharField(_("name"), max_length=200)
    postcodes = models.JSONField(_("postcodes"), default=list, blank=True)
    department_code = models.CharField(_("department"), max_length=3)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    community = models.ForeignKey(
        CommunityOfCommunes,
        verbose_name=_("community of communes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="communes",
    )

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]

    def __str__(self):
        postcode = self.postcodes[0] if self.postcodes else self.department_code
        return f"{self.name} ({postcode})"

    @classmethod
    def centres(cls):
        """Each placed commune's centre by primary key, for the editor's map."""
        placed = cls.objects.filter(latitude__isnull=False, longitude__isnull=False)
        return {
            str(pk): [latitude, longitude]
            for pk, latitude, longitude in placed.values_list("pk", "latitude", "longitude")
        }

    @property
    def centre(self):
        return self.own_point
