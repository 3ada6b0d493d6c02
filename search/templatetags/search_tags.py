from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def without_filter(context, name, value):
    """The current search's query string without one facet value, and back on page one."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    values = [item for item in query.getlist(name) if item != value]
    query.setlist(name, values)
    return query.urlencode()


@register.simple_tag(takes_context=True)
def with_query(context, text):
    """The current search's query string with other words, back on page one."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    query["q"] = text
    return query.urlencode()


@register.simple_tag(takes_context=True)
def as_typed_query(context, text):
    """The current search's query string for ``text`` as typed, which is not corrected."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    query["q"] = text
    query["as_typed"] = "1"
    return query.urlencode()
