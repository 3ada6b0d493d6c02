"""Wagtail's ``{% picture %}``, whose filters are read once, with the template.

Wagtail's tag makes its ``Filter`` objects again each time it renders, and each one parses its
operations, checking every operation's arguments with ``inspect``: about 0.2 ms a filter, four
filters a picture, a tenth of an offer page's rendering. The filters never change: they are
made once per template, which each process parses once (Django's cached template loader).
"""

from functools import cached_property

from django import template

from wagtail.images.templatetags import wagtailimages_tags

register = template.Library()


class PictureNode(wagtailimages_tags.PictureNode):
    @cached_property
    def filters(self):
        # Parsed now, by the first rendering, rather than by each.
        for kept in (filters := super().get_filters()):
            kept.operations  # noqa: B018
        return filters

    def get_filters(self):
        return self.filters


@register.tag
def picture(parser, token):
    """``{% picture image width-{480,960} format-{webp,jpeg} alt="" %}``, as Wagtail's."""
    node = wagtailimages_tags.image(parser, token)
    return PictureNode(
        node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name
    )
