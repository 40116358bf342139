"""The fixed set of icons an element of MSI's tools (a process stage, a map factor) may have.

Each icon is drawn with strokes only, in a 24×24 box, in `currentColor`, so it follows the text
colour and forced-colours mode. Editors pick one by name; adding an icon is code, not content.
"""

from django.utils.translation import gettext_lazy as _

# key: (label, SVG path data)
ICONS = {
    "lupp": (_("Lupp"), "M10.5 3.5a7 7 0 1 0 0 14a7 7 0 1 0 0-14M15.5 15.5l5 5"),
    "oga": (
        _("Öga"),
        "M2 12c2.5-4.5 6-7 10-7s7.5 2.5 10 7c-2.5 4.5-6 7-10 7s-7.5-2.5-10-7zM12 9a3 3 0 1 0 0 6"
        "a3 3 0 1 0 0-6",
    ),
    "manniskor": (
        _("Människor"),
        "M8 4a3 3 0 1 0 0 6a3 3 0 1 0 0-6M2.5 20c0-3.5 2.5-6 5.5-6s5.5 2.5 5.5 6M16.5 5a2.5 2.5 "
        "0 1 0 0 5a2.5 2.5 0 1 0 0-5M15 14.2c3.5-.8 6.5 1.5 6.5 5.8",
    ),
    "kolv": (
        _("Kolv"),
        "M9 3h6M10 3v6l-5.5 9.5c-.6 1 .1 2.5 1.3 2.5h12.4c1.2 0 1.9-1.5 1.3-2.5L14 9V3M7.5 15h9",
    ),
    "pilar": (
        _("Pilar ut"),
        "M12 12L5 5M5 5v5M5 5h5M12 12l7-7M19 5v5M19 5h-5M12 12v9M9 18l3 3l3-3",
    ),
    "hjarta": (
        _("Hjärta"),
        "M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7.5A4.2 4.2 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z",
    ),
    "natverk": (
        _("Nätverk"),
        "M12 3.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5M5 15.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5"
        "M19 15.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5M10.8 8.2L6.2 15.8M13.2 8.2l4.6 7.6M7.5 18h9",
    ),
    "hand": (
        _("Hand med mynt"),
        "M3 14h3l4 2h4a1.5 1.5 0 0 1 0 3H9M6 20h9l5.5-4a1.5 1.5 0 0 0-2-2.2L15 16M15 4a3 3 0 1 0 0"
        " 6a3 3 0 1 0 0-6",
    ),
    "pelare": (
        _("Pelare"),
        "M3 9.5L12 4l9 5.5zM5 9.5v8M9.7 9.5v8M14.3 9.5v8M19 9.5v8M3 20.5h18",
    ),
    "kompass": (
        _("Kompass"),
        "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M15.5 8.5l-2 5l-5 2l2-5z",
    ),
    "glodlampa": (
        _("Glödlampa"),
        "M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2V16h5v-.1c0-.8.4-1.5 1-2"
        "A6 6 0 0 0 12 3z",
    ),
}

ICON_CHOICES = [(key, label) for key, (label, _path) in ICONS.items()]


def icon_path(key):
    """The path data of an icon, or '' for none or an unknown key."""
    return ICONS[key][1] if key in ICONS else ""
