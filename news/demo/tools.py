"""The demo's news and publications tagged with the process model's stages and the orientation
map's factors (docs/tools-for-change.md), by slug: a judgement made for the demo from what each
one is about. A page already tagged is left as it is."""

from news.models import NewsArticlePage, PublicationPage
from pages.models import MapFactor, ProcessStage

# slug: (stage slugs, factor slugs)
TAGS = {
    NewsArticlePage: {
        "intervju-nationell-plattform-for-social-innovation": (
            ["mobilisera"],
            ["aktorer-och-samverkan"],
        ),
        "hogskolan-i-boras-ny-nod": ([], ["aktorer-och-samverkan", "stod-och-resurser"]),
        "policykartlaggning-social-innovation-publicerad": (
            ["forsta-samhallsutmaningen"],
            ["samhallsstrukturer"],
        ),
        "nar-bygden-tar-saken-i-egna-hander": (
            ["mobilisera", "forverkliga-och-sprida"],
            ["aktorer-och-samverkan", "kultur-och-varderingar"],
        ),
        "social-impact-lab-orebro-universitet": (["skapa-varde"], ["stod-och-resurser"]),
        "framtidens-stad-unic-centre-for-city-futures": (
            ["visionera-samhallsforandring"],
            ["aktorer-och-samverkan"],
        ),
    },
    PublicationPage: {
        "policykartlaggning-social-innovation": (
            ["forsta-samhallsutmaningen"],
            ["samhallsstrukturer", "stod-och-resurser"],
        ),
        "ekosystem-for-social-innovation-i-sverige": (
            [],
            ["aktorer-och-samverkan", "stod-och-resurser", "samhallsstrukturer"],
        ),
        "regional-samverkan-kring-samhallsutmaningar": (
            ["mobilisera"],
            ["aktorer-och-samverkan"],
        ),
        "stodstruktur-for-innovativ-inkludering": (
            ["forverkliga-och-sprida"],
            ["stod-och-resurser"],
        ),
        "100-sociala-innovationer": (["forverkliga-och-sprida", "skapa-varde"], []),
    },
}


def tag_for_tools(log):
    tagged = 0
    for model, pages in TAGS.items():
        for page in model.objects.filter(slug__in=pages):
            if page.stages.exists() or page.factors.exists():
                continue
            stage_slugs, factor_slugs = pages[page.slug]
            page.stages = list(ProcessStage.objects.filter(slug__in=stage_slugs))
            page.factors = list(MapFactor.objects.filter(slug__in=factor_slugs))
            revision = page.save_revision()
            if page.live:
                revision.publish()
            tagged += 1
    if tagged:
        log(f"{tagged} nyheter och publikationer kopplade till processmodellen och kartan")
