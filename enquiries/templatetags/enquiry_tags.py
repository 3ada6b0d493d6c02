"""The enquiry forms other rooms show on their pages."""

from django import template

from enquiries.forms import InterestForm
from foundation.attribution import campaign_of

register = template.Library()


@register.inclusion_tag("enquiries/includes/interest_form.html", takes_context=True)
def interest_form(context, listing):
    """ "I am interested" about ``listing``, carrying the campaign the visitor came by."""
    request = context.get("request")
    return {
        **context.flatten(),
        "form": InterestForm(campaign=campaign_of(request) if request else ""),
        "listing": listing,
    }
