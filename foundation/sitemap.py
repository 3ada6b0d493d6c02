from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every language's pages: translated home pages are the site root's siblings, not its
    descendants, so Wagtail's default sitemap would list French pages only."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(under_a_root, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
