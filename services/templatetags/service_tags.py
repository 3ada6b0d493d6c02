"""The services other rooms show on their pages."""

from django import template

from foundation.i18n import children_in_locale_or_source
from services.models import ServicePage

register = template.Library()


@register.inclusion_tag("services/includes/structure_services.html", takes_context=True)
def structure_services(context, structure):
    """The services a structure publishes, in the structure page's language where translated."""
    services = (
        children_in_locale_or_source(structure, ServicePage.objects.live().public())
        .select_related("commune", "community")
        .order_by("category", "title")
    )
    return {**context.flatten(), "services": services}
