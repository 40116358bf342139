"""Demo newsletter: the page at /nyhetsbrev/, one published issue and one draft, built from the
demo's news, events, examples and publications, and a few subscribers in each status. Runs
after the example bank (its examples). Idempotent: the page, each issue and each subscriber are
found by slug or address and left as editors made them."""

from datetime import timedelta

from django.apps import apps
from django.utils import timezone

from wagtail.models import Page

from news.models import (
    Delivery,
    Event,
    NewsArticlePage,
    Newsletter,
    NewsletterPage,
    NewsletterSend,
    PublicationPage,
    Subscriber,
)
from news.models.subscribers import consent_version
from news.newsletter_sending import take_snapshot
from nodes.models import NodeIndexPage
from pages.demo.helpers import child_page
from pages.demo.records import demo_objects
from pages.models import HomePage

DEMO_MODELS = ["news.Newsletter", "news.Subscriber"]

PAGE_SLUG = "nyhetsbrev"
PUBLISHED_SLUG = "summit-verksamhetsplan-och-nya-exempel"
DRAFT_SLUG = "kurs-podd-och-exempel-fran-norr"


def build(log):
    home = HomePage.objects.first()
    page = newsletter_page(home)
    created = published_issue() + draft_issue()
    subscribers(page.consent_text)
    sent_record()
    log(f"Nyhetsbrevet klart: {created} nya nummer, {Newsletter.objects.count()} i allt")


def reset(log):
    # The page goes with the demo pages (pages.demo.site.reset); the rest is ours to remove.
    demo_objects(Newsletter).delete()
    demo_objects(Subscriber).delete()


BOUNCED = "studsar@example.org"
BOUNCE_REASON = "550 5.1.1 <studsar@example.org>: Recipient address rejected: User unknown"

# (address, status, days since signup): example.org addresses, which can never receive mail.
SUBSCRIBERS = [
    ("kim.prenumerant@example.org", Subscriber.Status.CONFIRMED, 200),
    ("alex.prenumerant@example.org", Subscriber.Status.CONFIRMED, 90),
    ("sam.prenumerant@example.org", Subscriber.Status.CONFIRMED, 12),
    ("vantar.pa.bekraftelse@example.org", Subscriber.Status.PENDING, 1),
    ("slutade.prenumerera@example.org", Subscriber.Status.UNSUBSCRIBED, 300),
    (BOUNCED, Subscriber.Status.CONFIRMED, 150),
]


def subscribers(consent):
    now = timezone.now()
    for email, status, days in SUBSCRIBERS:
        signed_up = now - timedelta(days=days)
        confirmed = (
            signed_up + timedelta(minutes=5) if status != Subscriber.Status.PENDING else None
        )
        Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "status": status,
                "consent_text": consent,
                "consent_version": consent_version(consent),
                "signed_up_at": signed_up,
                "confirmation_sent_at": signed_up,
                "confirmed_at": confirmed,
                "unsubscribed_at": now - timedelta(days=30)
                if status == Subscriber.Status.UNSUBSCRIBED
                else None,
            },
        )


def sent_record():
    """The published issue as sent a while ago: its snapshot and a ledger in which every
    confirmed demo subscriber got it except one address a mail server refused. No e-mail is
    sent (example.org addresses)."""
    newsletter = Newsletter.objects.filter(slug=PUBLISHED_SLUG, live=True).first()
    if newsletter is None or NewsletterSend.objects.filter(newsletter=newsletter).exists():
        return
    sent_at = timezone.now() - timedelta(days=3)
    send = NewsletterSend.objects.create(
        newsletter=newsletter, started_at=sent_at, finished_at=sent_at, **take_snapshot(newsletter)
    )
    for subscriber in Subscriber.objects.confirmed().order_by("pk"):
        bounced = subscriber.email == BOUNCED
        Delivery.objects.create(
            send=send,
            subscriber=subscriber,
            email=subscriber.email,
            state=Delivery.State.FAILED if bounced else Delivery.State.SENT,
            sent_at=None if bounced else sent_at,
            attempts=1 if bounced else 0,
            error=BOUNCE_REASON if bounced else "",
        )
        if bounced:
            subscriber.undeliverable_at = sent_at
            subscriber.undeliverable_reason = BOUNCE_REASON
            subscriber.save(update_fields=["undeliverable_at", "undeliverable_reason"])


def newsletter_page(home):
    page, created = child_page(
        home,
        NewsletterPage,
        PAGE_SLUG,
        title="Nyhetsbrev",
        intro=(
            "Nyhetsbrevet från Mötesplats Social Innovation berättar om nyheter, evenemang och "
            "exempel från hela landet. Här finns alla nummer som har kommit ut."
        ),
    )
    node_index = NodeIndexPage.objects.child_of(home).first()
    if created and node_index:
        page.move(node_index, pos="left")
        page = NewsletterPage.objects.get(pk=page.pk)
    return page


def chosen(kind, model, slug, field="slug"):
    """A body block choosing the demo item with `slug`, or None if the demo has no such item."""
    item = model.objects.filter(**{field: slug}).first()
    return {"type": kind, "value": item.pk} if item else None


def example(slug):
    """An example block, the model named by string: news never imports examplebank."""
    return chosen("example", apps.get_model("examplebank", "Example"), slug)


def bank_link(label):
    bank = Page.objects.filter(slug="exempelbanken", depth=3).first()
    return f'<a linktype="page" id="{bank.pk}">{label}</a>' if bank else label


def summit_slug():
    year = (timezone.localdate() + timedelta(days=75)).year
    return f"social-innovation-summit-{year}"


def issue(slug, *, publish, **fields):
    """The issue with `slug`, created (and published if `publish`) if missing. 1 if created."""
    if Newsletter.objects.filter(slug=slug).exists():
        return 0
    fields["body"] = [block for block in fields["body"] if block is not None]
    item = Newsletter(slug=slug, live=False, **fields)
    item.full_clean()
    item.save()
    revision = item.save_revision()
    if publish:
        revision.publish()
    return 1


def published_issue():
    return issue(
        PUBLISHED_SLUG,
        publish=True,
        subject="Summit i Malmö, en ny verksamhetsplan och nya exempel",
        preheader=(
            "Anmälan till Social Innovation Summit är öppen, verksamhetsplanen för 2026–2028 "
            "är antagen och exempelbanken växer."
        ),
        issue_date=timezone.localdate() - timedelta(days=10),
        intro=(
            "Hösten går mot vinter och vi blickar framåt: mot årets största mötesplats, mot "
            "tre år med en ny plan och mot fler exempel på vad social innovation kan vara."
        ),
        body=[
            {
                "type": "text",
                "value": {
                    "heading": "Hej!",
                    "text": (
                        "<p>I det här numret berättar vi om konferensen som samlar hela "
                        "ekosystemet, om planen för de kommande åren och om några av "
                        "initiativen i exempelbanken.</p>"
                        "<h3>Tipsa oss</h3>"
                        "<p>Vet du ett initiativ som fler borde känna till? Läs mer i "
                        f"{bank_link('exempelbanken')} och skicka in ditt förslag.</p>"
                    ),
                },
            },
            chosen("event", Event, summit_slug()),
            chosen("article", NewsArticlePage, "ny-verksamhetsplan-2026-2028"),
            chosen("publication", PublicationPage, "verksamhetsplan-2026-2028"),
            chosen("article", NewsArticlePage, "hogskolan-i-boras-ny-nod"),
            chosen("article", NewsArticlePage, "framtidens-stad-unic-centre-for-city-futures"),
            example("fritidsbanken"),
            example("yallatrappan"),
            chosen("event", Event, "webbinarium-sociala-investeringar"),
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Anmäl dig till Social Innovation Summit",
                    "text": (
                        "Två dagar i Malmö eller digitalt med offentlig sektor, civilsamhälle, "
                        "näringsliv och akademi. Anmälan är öppen."
                    ),
                    "url": "https://example.org/summit/anmalan",
                    "link_label": "Anmäl dig till Social Innovation Summit",
                },
            },
        ],
    )


def draft_issue():
    return issue(
        DRAFT_SLUG,
        publish=False,
        subject="En kurs i metoder, en ny podd och exempel från norr",
        preheader="Utkast: kursen i metoder för social innovation och samtal från Norrland.",
        issue_date=timezone.localdate() + timedelta(days=20),
        intro="Ett utkast till nästa nummer. Det syns inte på webben förrän det publiceras.",
        body=[
            chosen("event", Event, "kurs-metoder-for-social-innovation"),
            chosen("article", NewsArticlePage, "podden-obruten-mark"),
            chosen("event", Event, "samtal-unga-pa-landsbygden"),
            example("svenska-med-baby"),
        ],
    )
