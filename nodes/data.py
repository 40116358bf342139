"""The nodes `setup_nodes` creates. Adding or retiring a node later is done in the admin."""

NODES = [
    {
        "slug": "boras",
        "name": "Borås",
        "host_university": "Högskolan i Borås",
        "host_university_url": "https://www.hb.se/",
        "regions": "Västra Götaland",
        "active": True,
        "intro": (
            "Noden i Borås drivs från Science Park Borås vid Högskolan i Borås, nod sedan 2023."
        ),
    },
    {
        "slug": "jonkoping",
        "name": "Jönköping",
        "host_university": "Jönköping University",
        "host_university_url": "https://ju.se/",
        "regions": "Jönköpings län",
        "active": False,
        "intro": "Noden vid Jönköping Academy, Jönköping University.",
    },
    {
        "slug": "lulea",
        "name": "Luleå",
        "host_university": "Luleå tekniska universitet",
        "host_university_url": "https://www.ltu.se/",
        "regions": "Norrbotten",
        "active": True,
        "intro": "Noden i Luleå arrangerar Social Innovation i Norr tillsammans med Umeå.",
    },
    {
        "slug": "malmo",
        "name": "Malmö",
        "short_name": "MSI Syd",
        "host_university": "Malmö universitet",
        "host_university_url": "https://mau.se/",
        "regions": "Skåne",
        "active": True,
        "intro": (
            "Malmö universitet är MSI:s samordnande lärosäte och värd för det nationella kansliet."
        ),
    },
    {
        "slug": "umea",
        "name": "Umeå",
        "host_university": "Umeå universitet",
        "host_university_url": "https://www.umu.se/",
        "regions": "Västerbotten",
        "active": True,
        "intro": "Noden i Umeå arrangerar Social Innovation i Norr tillsammans med Luleå.",
    },
    {
        "slug": "orebro",
        "name": "Örebro",
        "host_university": "Örebro universitet",
        "host_university_url": "https://www.oru.se/",
        "regions": "Örebro län",
        "active": True,
        "intro": "Vid Örebro universitet finns bland annat Social Impact Lab.",
    },
]

NATIONAL_GROUP = "Nationell redaktion"
WEBADMIN_GROUP = "Webbadmin"
SHARED_COLLECTION = "Gemensamt"
NODE_INDEX_SLUG = "noder"
