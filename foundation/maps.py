"""Places on the public maps, and the distances between them.

A map is drawn by ``static/js/maps.js`` from a JSON list of places that the page writes with
``json_script``: without JavaScript it is simply absent, and the page's list says it all.
"""

import math

from django.utils.translation import ngettext

EARTH_RADIUS_KM = 6371.0


def distance_km(first, second):
    """The straight-line (great-circle) distance between two (latitude, longitude) points."""
    lat1, lon1 = map(math.radians, first)
    lat2, lon2 = map(math.radians, second)
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def box_around(point, km):
    """``(latitudes, longitudes)``: the ranges of a box holding every point within ``km`` of
    ``point``, for the database to leave out what is further before distances are counted."""
    latitude, longitude = point
    degrees = math.degrees(km / EARTH_RADIUS_KM)
    # A degree of longitude shrinks towards the poles; the box is wide enough at its far edge.
    widest = math.cos(math.radians(min(abs(latitude) + degrees, 89.0)))
    return (
        (latitude - degrees, latitude + degrees),
        (longitude - degrees / widest, longitude + degrees / widest),
    )


def map_places(entries, *, highlighted=None):
    """One marker per point, listing every entry standing there.

    ``entries`` are dicts with ``point`` (latitude, longitude, or None: not on the map),
    ``title``, ``url`` and ``place`` (the commune or area, to name a marker of several).
    ``highlighted`` is the point of the page's own subject, drawn apart.
    Offers placed at their commune's centre share a point: a marker for each would hide all
    but one, so the marker names them all.
    """
    highlighted = highlighted and (round(highlighted[0], 5), round(highlighted[1], 5))
    groups = {}
    for entry in entries:
        if entry["point"] is not None:
            point = (round(entry["point"][0], 5), round(entry["point"][1], 5))
            groups.setdefault(point, []).append(entry)
    return [
        {
            "lat": point[0],
            "lon": point[1],
            "links": [{"title": str(entry["title"]), "url": entry["url"]} for entry in group],
            "label": str(group[0]["title"])
            if len(group) == 1
            else ngettext("%(place)s: %(count)d page", "%(place)s: %(count)d pages", len(group))
            % {"place": group[0]["place"], "count": len(group)},
            "highlighted": point == highlighted,
        }
        for point, group in groups.items()
    ]
