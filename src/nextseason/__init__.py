"""nextseason: what is actually known about upcoming TV seasons, with evidence."""

__version__ = "0.1.0"
