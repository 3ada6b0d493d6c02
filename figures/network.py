"""The network's figures for the steering committee: enquiries, installations, offers, events.

Every figure is counted for a period (a year, or a quarter of it) in the territory's time zone,
and may be narrowed to one structure or one community of communes. Each app counts its own
records (``foundation.figures.FigureSource``) and registers what it counts through the Wagtail
hook ``register_network_figures``: this module only gathers them, in the hooks' order.
"""

from foundation.figures import figure_sources, key_figures


class Figures:
    """The figures of ``period``, for one ``structure`` and one ``area`` when given."""

    def __init__(self, period, structure=None, area=None):
        self.period = period
        self.structure = structure
        self.area = area
        self.sources = [source(period, structure, area) for source in figure_sources()]

    def figure(self, key):
        """One headline figure, ``"received"`` for instance, from the room that counts it."""
        for source in self.sources:
            if key in source.headline_figures:
                return source.figure(key)
        raise KeyError(key)

    def headline(self, keys=None):
        """The network's yearly figures (those of ``keys`` only, when given), in order."""
        labels = key_figures()
        keys = labels if keys is None else keys
        return [(key, labels[key], self.figure(key)) for key in keys if key in labels]

    def tables(self):
        return [table for source in self.sources for table in source.tables()]
