"""Run in a subprocess by test_newsletter_crash.py, against the crash tests' own database
(the worker processes must see committed rows): `python -m tests.news.newsletter_worker_site
<subscribers>` makes a minimal site (home, newsletter page, a published issue) once, then a
fresh send of that issue to `<subscribers>` confirmed addresses r0…@example.org, queued."""

import sys


def site():
    from wagtail.models import Page, Site

    from news.models import Newsletter, NewsletterPage
    from pages.models import HomePage

    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        for placeholder in root.get_children().exact_type(Page):
            placeholder.delete()
        home = root.add_child(instance=HomePage(title="Startsida", slug="start"))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
        )
        home.add_child(instance=NewsletterPage(title="Nyhetsbrev", slug="nyhetsbrev"))
    issue = Newsletter.objects.filter(slug="krocktest").first()
    if issue is None:
        issue = Newsletter(subject="Krocktest", slug="krocktest", preheader="Test.", live=False)
        issue.save()
        issue.save_revision().publish()
    return Newsletter.objects.get(pk=issue.pk)


def fresh_send(count):
    from django_tasks_db.models import DBTaskResult

    from news.models import NewsletterSend, Subscriber
    from news.newsletter_sending import start_send

    issue = site()
    DBTaskResult.objects.all().delete()  # the last scenario's, killed workers' too
    NewsletterSend.objects.all().delete()
    Subscriber.objects.all().delete()
    Subscriber.objects.bulk_create(
        Subscriber(email=f"r{n}@example.org", status=Subscriber.Status.CONFIRMED)
        for n in range(count)
    )
    start_send(issue)


if __name__ == "__main__":
    import django

    django.setup()
    fresh_send(int(sys.argv[1]))
