"""Demo events, dated relative to today so that "upcoming" is never empty.

Among them: a two-day hybrid conference, a cancelled webinar, a moved seminar, an event on the
day Sweden switches to summer time, an all-day conference with a preliminary date, an upcoming
course whose registration has closed, and past events with a recording and slides.
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.dateformat import format as date_format

from news.models import Event, EventOccurrence, NewsArticlePage, PublicationPage
from nodes.models import Node
from pages.demo.helpers import demo_document, document_link, rich_text

from .common import people, themes


def day(offset):
    return timezone.localdate() + timedelta(days=offset)


def at(when, clock):
    """An aware datetime in Stockholm: `when` is a day offset from today or a date."""
    when = day(when) if isinstance(when, int) else when
    hours, minutes = map(int, clock.split(":"))
    return timezone.make_aware(datetime.combine(when, time(hours, minutes)))


def session(when, start, end):
    return EventOccurrence(start=at(when, start), end=at(when, end))


def whole_days(first, last):
    return EventOccurrence(start=at(first, "00:00"), end=at(last, "00:00"), all_day=True)


def summer_time_day(today=None):
    """The next last Sunday of March: the day clocks in Sweden go forward an hour."""
    today = today or timezone.localdate()
    year = today.year
    while True:
        last = date(year, 3, 31)
        sunday = last - timedelta(days=(last.weekday() + 1) % 7)
        if sunday > today:
            return sunday
        year += 1


def event(slug, *, node=None, occurrences, theme_slugs=(), contact=None, **fields):
    """The event with `slug`, created and published if missing. True if created."""
    if Event.objects.filter(slug=slug).exists():
        return False
    item = Event(
        slug=slug,
        node=Node.objects.get(slug=node) if node else None,
        contact=next(iter(people(contact)), None) if contact else None,
        live=False,
        **fields,
    )
    item.occurrences = occurrences
    item.themes = themes(*theme_slugs)
    item.save()
    item.save_revision().publish()
    return True


def move(slug, moved_to):
    """Move a published event: the first date becomes `moved_from`, published again."""
    item = Event.objects.get(slug=slug)
    if item.status == Event.Status.MOVED:
        return
    occurrence = item.occurrences.get()
    item.moved_from = occurrence.start
    item.status = Event.Status.MOVED
    length = occurrence.end - occurrence.start
    occurrence.start = moved_to
    occurrence.end = moved_to + length
    occurrence.save()
    item.save_revision().publish()


def documentation(*, recording=None, slides=None, page=None):
    blocks = []
    if recording:
        blocks.append({"type": "recording", "value": {"url": recording[0], "label": recording[1]}})
    if slides:
        document = demo_document(slides, "presentation.pdf", [slides, "Demopresentation."])
        blocks.append(document_link(document, f"Presentationsbilder: {slides}"))
    if page is not None:
        blocks.append({"type": "page", "value": {"page": page.pk}})
    return blocks


def events():
    """Build them all. Returns how many were created."""
    created = 0
    summit_day = day(75)
    created += event(
        f"social-innovation-summit-{summit_day.year}",
        title=f"Social Innovation Summit {summit_day.year}",
        summary=(
            "Två dagar om hur offentlig sektor, civilsamhälle, näringsliv och akademi kan "
            "lösa samhällsutmaningar tillsammans. På plats i Malmö eller digitalt."
        ),
        format=Event.Format.HYBRID,
        venue="Orkanen, Malmö universitet",
        address="Nordenskiöldsgatan 10, Malmö",
        online_link="https://example.org/summit/sandning",
        registration_url="https://example.org/summit/anmalan",
        registration_deadline=at(60, "23:59"),
        price=1200,
        price_note="båda dagarna, lunch ingår; digitalt deltagande kostnadsfritt",
        language=Event.Language.BOTH,
        organiser="Mötesplats Social Innovation, Malmö stad och Malmö universitet",
        occurrences=[session(75, "09:00", "17:00"), session(76, "09:00", "15:30")],
        theme_slugs=("samverkan", "framtidens-arbetsliv"),
        contact="Kim Exempelsson",
        body=[
            rich_text(
                "Social Innovation Summit är en nordisk mötesplats för alla som vill förändra "
                "samhället genom nya samarbeten. Dag ett handlar om kunskap och forskning, dag "
                "två om metoder att pröva i den egna organisationen.",
                "Programmet publiceras här och i nyhetsbrevet. Föredragen sänds och spelas in.",
            )
        ],
    )
    created += event(
        "webbinarium-sociala-investeringar",
        title="Webbinarium: sociala investeringar i kommunen",
        summary="Hur kommuner använder sociala investeringar för att pröva förebyggande arbete.",
        status=Event.Status.CANCELLED,
        format=Event.Format.ONLINE,
        online_link="https://example.org/webbinarium",
        registration_url="https://example.org/webbinarium/anmalan",
        occurrences=[session(20, "13:00", "14:00")],
        theme_slugs=("samverkan",),
        contact="Alex Demosson",
        body=[
            rich_text(
                "Webbinariet är inställt. Vi återkommer med ett nytt datum i nyhetsbrevet. "
                "Du som hade anmält dig har fått besked via e-post."
            )
        ],
    )
    if event(
        "seminarium-offentlig-sektor",
        title="Seminarium: social innovation i offentlig sektor",
        summary=(
            "Forskare och praktiker om hur kommuner och regioner kan ge plats för nya idéer "
            "i det vardagliga arbetet."
        ),
        format=Event.Format.ON_SITE,
        venue="Studio, Malmö universitet",
        address="Nordenskiöldsgatan 1, Malmö",
        registration_url="https://example.org/seminarium/anmalan",
        occurrences=[session(10, "15:00", "16:30")],
        theme_slugs=("samverkan",),
        node="malmo",
        contact="Maja Exempeldotter",
    ):
        created += 1
        move("seminarium-offentlig-sektor", at(24, "15:00"))
    created += event(
        "innovationsmaraton-orebro",
        title="Innovationsmaraton: en söndag för trygga mötesplatser",
        summary=(
            "Studenter, föreningar och kommunen tar fram idéer för tryggare torg på en dag. "
            "Obs: natten före går klockan fram en timme till sommartid."
        ),
        format=Event.Format.ON_SITE,
        venue="Campus Örebro, Prismahuset",
        address="Fakultetsgatan 1, Örebro",
        registration_url="https://example.org/maraton/anmalan",
        occurrences=[session(summer_time_day(), "10:00", "15:00")],
        theme_slugs=("trygghet-i-offentliga-rummet",),
        node="orebro",
        contact="Omar Provsson",
    )
    norr_first = day(100)
    created += event(
        "social-innovation-i-norr",
        title=f"Social Innovation i Norr {norr_first.year}",
        summary=(
            "Umeå- och Luleånodernas årliga konferens om social innovation i norra Sverige: "
            "landsbygd, unga och nya samarbeten."
        ),
        status=Event.Status.PRELIMINARY,
        format=Event.Format.ON_SITE,
        venue="Umeå universitet",
        address="Universitetstorget 4, Umeå",
        occurrences=[whole_days(norr_first, norr_first + timedelta(days=1))],
        theme_slugs=("landsbygd-och-stad",),
        node="umea",
        contact="Elin Demodotter",
    )
    created += event(
        "workshop-fran-ide-till-test",
        title="Workshop: från idé till test",
        summary="En praktisk eftermiddag om hur en idé blir ett litet, billigt försök.",
        format=Event.Format.ON_SITE,
        venue="Mötesplats Social Innovation",
        address="Östra Varvsgatan 11, Malmö",
        registration_url="https://example.org/workshop/anmalan",
        registration_deadline=at(5, "12:00"),
        occurrences=[session(8, "13:00", "16:30")],
        node="malmo",
        contact="Jonas Påhittad",
    )
    created += event(
        "kurs-metoder-for-social-innovation",
        title="Kurs: metoder för social innovation",
        summary="Tre halvdagar om behovsanalys, samskapande och att mäta effekter.",
        format=Event.Format.HYBRID,
        venue="Malmö universitet",
        address="Nordenskiöldsgatan 1, Malmö",
        online_link="https://example.org/kurs/sandning",
        registration_url="https://example.org/kurs/anmalan",
        registration_deadline=at(-1, "23:59"),
        price=2500,
        occurrences=[
            session(12, "09:00", "12:00"),
            session(19, "09:00", "12:00"),
            session(26, "09:00", "12:00"),
        ],
        theme_slugs=("samverkan", "jamlik-halsa"),
        node="malmo",
    )
    created += event(
        "textilt-aterbruk",
        title="Textilt återbruk som social innovation",
        summary="Hur återbruk av textil skapar arbeten och nya samarbeten i Sjuhärad.",
        format=Event.Format.ON_SITE,
        venue="Textile Fashion Center",
        address="Skaraborgsvägen 3, Borås",
        occurrences=[session(45, "09:30", "12:00")],
        theme_slugs=("framtidens-arbetsliv",),
        node="boras",
        contact="Robin Provsdotter",
    )
    created += event(
        "samtal-unga-pa-landsbygden",
        title="Digitalt samtal: unga på landsbygden",
        summary="Unga från Norrbotten berättar vad som får dem att stanna, flytta hem eller gå.",
        format=Event.Format.ONLINE,
        online_link="https://example.org/samtal",
        occurrences=[session(16, "12:00", "13:00")],
        theme_slugs=("landsbygd-och-stad", "digital-inkludering"),
        node="lulea",
        contact="Sam Testberg",
    )
    created += event(
        "nordic-webinar-social-innovation",
        title="Nordic webinar: social innovation in the welfare state",
        summary="Researchers from the Nordic countries compare how welfare systems make room "
        "for social innovation. In English.",
        format=Event.Format.ONLINE,
        online_link="https://example.org/nordic",
        language=Event.Language.ENGLISH,
        occurrences=[session(55, "10:00", "11:30")],
        theme_slugs=("samverkan",),
    )
    created += event(
        "arskonferens-inkluderande-arbetsliv",
        title="Årskonferens: innovativa lösningar för ett inkluderande arbetsliv",
        summary=(
            "Kompetenscentret för social innovation i ESF samlar projekt, samordningsförbund "
            "och forskare kring vägar till arbete."
        ),
        format=Event.Format.HYBRID,
        venue="Konserthuset",
        address="Olof Palmes plats 1, Örebro",
        online_link="https://example.org/arskonferens/sandning",
        registration_url="https://example.org/arskonferens/anmalan",
        occurrences=[session(130, "09:30", "16:00")],
        theme_slugs=("framtidens-arbetsliv",),
        organiser="Kompetenscenter för social innovation i ESF",
    )
    created += event(
        "webbinarium-vad-ar-social-innovation",
        title="Webbinarium: vad är social innovation?",
        summary="En introduktion till begreppet, med exempel från kommuner och civilsamhälle.",
        format=Event.Format.ONLINE,
        online_link="https://example.org/intro",
        occurrences=[session(-40, "12:00", "13:00")],
        theme_slugs=("samverkan",),
        contact="Alex Demosson",
        documentation=documentation(
            recording=(
                "https://www.youtube.com/watch?v=aaaaaaaaaaa",
                "Se inspelningen av webbinariet (YouTube, 58 min)",
            ),
            slides="Vad är social innovation? (webbinarium)",
        ),
    )
    created += event(
        "frukostseminarium-civilsamhallet",
        title="Frukostseminarium: civilsamhällets roll i omställningen",
        summary="Föreningar i Västerbotten om att driva förändring tillsammans med kommunen.",
        format=Event.Format.ON_SITE,
        venue="Umeå universitet, Aula Nordica",
        address="Umeå",
        occurrences=[session(-15, "08:00", "09:30")],
        theme_slugs=("samverkan",),
        node="umea",
        documentation=documentation(
            recording=(
                "https://www.youtube.com/watch?v=bbbbbbbbbbb",
                "Lyssna på seminariet i efterhand (ljud, 85 min)",
            ),
            slides="Civilsamhällets roll i omställningen (frukostseminarium)",
        ),
    )
    last_summit = day(-200)
    report = PublicationPage.objects.live().order_by("-year", "pk").first()
    article = NewsArticlePage.objects.live().order_by("-date", "pk").first()
    created += event(
        f"social-innovation-summit-{date_format(last_summit, 'F-Y')}",
        title=f"Social Innovation Summit, {date_format(last_summit, 'F Y')}",
        summary="Förra summit samlade runt 400 deltagare på plats och digitalt.",
        format=Event.Format.HYBRID,
        venue="Orkanen, Malmö universitet",
        address="Nordenskiöldsgatan 10, Malmö",
        occurrences=[session(-200, "09:00", "17:00"), session(-199, "09:00", "15:00")],
        theme_slugs=("samverkan",),
        documentation=documentation(
            recording=(
                "https://www.youtube.com/watch?v=ccccccccccc",
                "Se alla föredrag från dag ett (YouTube)",
            ),
            page=report,
        )
        + documentation(page=article),
    )
    return created
