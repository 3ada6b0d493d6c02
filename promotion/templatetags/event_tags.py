"""The registration form of an event page."""

from django import template

from foundation.attribution import campaign_of
from promotion.forms import RegistrationForm

register = template.Library()


@register.simple_tag(takes_context=True)
def registration_form(context):
    """The form sent back with its errors, or an empty one carrying the visitor's campaign."""
    form = context.get("bound_registration_form")
    if form is not None:
        return form
    request = context.get("request")
    return RegistrationForm(campaign=campaign_of(request) if request else "")
