from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def private_page(response):
    """A page for one reader, reached by a secret link (a settling file, one's alerts): indexed
    by no engine. Its address goes to no other site by the site-wide ``same-origin`` referrer
    policy ("no-referrer" would make browsers send its forms with an ``Origin: null`` that
    Django's CSRF check refuses); the views that show a person's data add ``never_cache``."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
