"""The "Get new offers by email" form, shown by the search page and the offers' index."""

from django import template
from django.conf import settings

from alerts.forms import AlertForm
from alerts.models import Source

register = template.Library()


@register.inclusion_tag("alerts/includes/alert_form.html", takes_context=True)
def alert_form(context, source=Source.SEARCH):
    """The form saving the search of this page's address: its words and facets."""
    request = context.get("request")
    query = request.GET.urlencode() if request else ""
    return {
        **context.flatten(),
        "alert_form": AlertForm(query=query, source=source),
        "ALERT_CONFIRMATION_DAYS": settings.ALERT_CONFIRMATION_DAYS,
    }
