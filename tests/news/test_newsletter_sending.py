"""Sending an issue (news/newsletter_sending.py, docs/newsletter-sending.md) through Django's
SMTP back end to a real SMTP server (aiosmtpd, the `smtp` fixture), on the immediate task
backend: who receives it, one-click unsubscribe, the snapshot, refusals, a server that is
down, a connection lost mid-message, the rate limit and the foreground command. Killed workers
are in test_newsletter_crash.py."""

import re
import time
from datetime import timedelta

import pytest

from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from news import newsletter_ledger as ledger
from news import newsletter_sending as sending
from news.demo.newsletters import DRAFT_SLUG, PUBLISHED_SLUG
from news.models import Delivery, NewsArticlePage, Newsletter, NewsletterPage, Subscriber
from tests.html import visible_text
from tests.mail import free_port

pytestmark = pytest.mark.django_db

State = Delivery.State
LINK = re.compile(r"https?://\S+")


@pytest.fixture
def issue(demo):
    """The demo's published issue, not yet sent, and no subscribers."""
    Subscriber.objects.all().delete()
    newsletter = Newsletter.objects.get(slug=PUBLISHED_SLUG)
    sending.NewsletterSend.objects.filter(newsletter=newsletter).delete()
    return newsletter


@pytest.fixture
def run_now(django_capture_on_commit_callbacks):
    """Runs what start_send queues after its transaction (the test's transaction never
    commits)."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


def subscribers(*emails, status=Subscriber.Status.CONFIRMED):
    now = timezone.now()
    return [
        Subscriber.objects.create(email=email, status=status, confirmed_at=now) for email in emails
    ]


def second_issue():
    newsletter = Newsletter(subject="Nummer två", preheader="Mer.", live=False)
    newsletter.full_clean()
    newsletter.save()
    newsletter.save_revision().publish()
    return Newsletter.objects.get(pk=newsletter.pk)


def subjects(smtp, address):
    """Django folds a long encoded subject onto a second line; a parser keeps the fold's
    space."""
    return [str(mail["Subject"]).strip() for mail in smtp.to(address)]


def issues_to(smtp, address):
    return [subject for subject in subjects(smtp, address) if "Bekräfta" not in subject]


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_signup_confirm_and_the_next_issue_arrives_for_confirmed_addresses_only(
    issue, smtp, run_now
):
    page = NewsletterPage.objects.live().get()
    for email in ("ada@example.org", "bo@example.org"):
        assert Client().post(page.url, {"email": email}).status_code == 303
    [confirmation] = smtp.to("ada@example.org")
    link = path_of(LINK.search(confirmation.get_content()).group())
    assert Client().post(link).status_code == 200  # ada confirms; bo never does
    subscribers("cy@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    send = run_now(sending.start_send, issue)

    assert issues_to(smtp, "ada@example.org") == [issue.subject]
    assert issues_to(smtp, "bo@example.org") == []
    assert issues_to(smtp, "cy@example.org") == []
    assert send.progress()["sent"] == 1
    send.refresh_from_db()
    assert send.finished_at is not None


def test_each_message_unsubscribes_its_own_reader_in_one_click(issue, smtp, run_now):
    ada, bo = subscribers("ada@example.org", "bo@example.org")
    run_now(sending.start_send, issue)

    [mail] = smtp.to(ada.email)
    header = str(mail["List-Unsubscribe"]).strip()
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = header.strip("<>")
    assert ada.key in url and bo.key not in url
    html = mail.get_body(("html",)).get_content()
    text = mail.get_body(("plain",)).get_content()
    assert f'href="{url}"' in html and url in text
    assert str(smtp.to(bo.email)[0]["List-Unsubscribe"]).strip() != header

    # A mail program's RFC 8058 one-click POST: no cookie, no token, no Origin.
    one_click = Client().post(path_of(url), "List-Unsubscribe=One-Click", content_type="x")
    assert one_click.status_code == 200
    assert Client().post(path_of(url)).status_code == 200  # twice is harmless
    ada.refresh_from_db()
    assert ada.status == Subscriber.Status.UNSUBSCRIBED

    later = run_now(sending.start_send, second_issue())
    assert subjects(smtp, ada.email) == [issue.subject]
    assert subjects(smtp, bo.email) == [issue.subject, "Nummer två"]
    assert later.deliveries.count() == 1


def test_the_footer_link_shows_a_button_and_a_get_unsubscribes_nobody(issue, smtp, run_now):
    [ada] = subscribers("ada@example.org")
    run_now(sending.start_send, issue)
    [mail] = smtp.to(ada.email)
    html = mail.get_body(("html",)).get_content()
    footer = re.search(r'href="([^"]+)"[^>]*>Avsluta prenumerationen', html)
    page = Client().get(path_of(footer.group(1)))
    assert page.status_code == 200
    assert "Avsluta prenumerationen" in visible_text(page.content.decode())
    ada.refresh_from_db()
    assert ada.status == Subscriber.Status.CONFIRMED


def test_the_archived_issue_is_the_snapshot_taken_at_send_time(issue, smtp, run_now):
    subscribers("ada@example.org")
    article = NewsArticlePage.objects.get(slug="hogskolan-i-boras-ny-nod")
    shown, subject = article.title, issue.subject
    run_now(sending.start_send, issue)

    article.title = "En helt ny rubrik"
    article.save_revision().publish()
    edited = issue.get_latest_revision_as_object()
    edited.subject = "Ändrad ämnesrad"
    edited.save_revision().publish()

    text = visible_text(Client().get(f"/nyhetsbrev/{issue.slug}/").content.decode())
    assert shown in text and "En helt ny rubrik" not in text
    assert subject in text and "Ändrad ämnesrad" not in text


def test_an_issue_is_sent_once_and_a_draft_not_at_all(issue, smtp, run_now):
    run_now(sending.start_send, issue)
    with pytest.raises(sending.NotSendable, match="redan skickat"):
        sending.start_send(issue)
    with pytest.raises(sending.NotSendable, match="Publicera"):
        sending.start_send(Newsletter.objects.get(slug=DRAFT_SLUG))


def test_refusals_permanent_ones_are_recorded_and_temporary_ones_retried(
    issue, smtp, run_now, settings
):
    settings.NEWSLETTER_RETRY_SECONDS = 0.05
    settings.NEWSLETTER_MAX_ATTEMPTS = 3
    subscribers("ok@example.org", "gone@example.org", "busy@example.org", "never@example.org")
    smtp.refuse["gone@example.org"] = (None, "550 5.1.1 User unknown")
    smtp.refuse["busy@example.org"] = (2, "451 4.7.1 Try again later")
    smtp.refuse["never@example.org"] = (None, "452 4.2.2 Mailbox full")

    send = run_now(sending.start_send, issue)

    rows = {row.email: row for row in send.deliveries.all()}
    assert rows["ok@example.org"].state == State.SENT
    assert (rows["busy@example.org"].state, rows["busy@example.org"].attempts) == (State.SENT, 2)
    assert rows["gone@example.org"].state == State.FAILED
    assert rows["gone@example.org"].error == "550 5.1.1 User unknown"
    assert (rows["never@example.org"].state, rows["never@example.org"].attempts) == (
        State.FAILED,
        3,
    )
    assert [smtp.count(a) for a in ("ok@example.org", "busy@example.org")] == [1, 1]
    assert smtp.count("gone@example.org") == smtp.count("never@example.org") == 0
    gone = Subscriber.objects.get(email="gone@example.org")
    assert gone.undeliverable_reason == "550 5.1.1 User unknown"
    # A mailbox that was full may take mail later; an unknown user is skipped from now on.
    later = run_now(sending.start_send, second_issue())
    assert sorted(later.deliveries.values_list("email", flat=True)) == [
        "busy@example.org",
        "never@example.org",
        "ok@example.org",
    ]


def test_a_server_that_is_down_loses_nothing_and_the_send_resumes(issue, settings, run_now, smtp):
    settings.NEWSLETTER_RETRY_SECONDS = 0.05
    settings.NEWSLETTER_TASK_WAIT_SECONDS = 0  # give up at once while the server is down
    working_port, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()
    subscribers("ada@example.org", "bo@example.org")

    send = run_now(sending.start_send, issue)

    send.refresh_from_db()
    assert send.finished_at is None
    assert send.smtp_problem.startswith("E-postservern svarar inte")
    assert set(send.deliveries.values_list("state", "attempts")) == {(State.QUEUED, 0)}
    # The server is back: resuming sends each one once and clears the warning.
    settings.EMAIL_PORT = working_port
    outcome = sending.run_send(send.pk, wait=5)
    assert outcome.finished and outcome.sent == 2
    assert [smtp.count("ada@example.org"), smtp.count("bo@example.org")] == [1, 1]
    send.refresh_from_db()
    assert send.smtp_problem == ""


def test_a_connection_lost_during_the_message_leaves_it_in_doubt_until_an_editor_decides(
    issue, smtp, run_now
):
    subscribers("ada@example.org", "bo@example.org", "cy@example.org")
    smtp.drop_kept.add("bo@example.org")  # the server keeps it; the sender never hears

    send = run_now(sending.start_send, issue)

    bo = send.deliveries.get(email="bo@example.org")
    assert bo.state == State.IN_DOUBT and "Anslutningen bröts" in bo.error
    assert smtp.count("bo@example.org") == 1
    assert send.progress()["sent"] == 2  # the others went out over a new connection
    assert sending.run_send(send.pk).finished  # resuming never resends it by itself
    assert smtp.count("bo@example.org") == 1

    # The editor's choice: a second copy rather than perhaps none.
    smtp.drop_kept.clear()
    assert run_now(sending.resend_in_doubt, send) == 1
    assert smtp.count("bo@example.org") == 2
    assert send.deliveries.get(email="bo@example.org").state == State.SENT


def test_a_connection_lost_before_the_server_kept_it_is_in_doubt_too(issue, smtp, run_now):
    subscribers("ada@example.org", "bo@example.org")
    smtp.drop.add("ada@example.org")
    send = run_now(sending.start_send, issue)
    assert send.deliveries.get(email="ada@example.org").state == State.IN_DOUBT
    assert smtp.count("ada@example.org") == 0 and smtp.count("bo@example.org") == 1


def test_a_refused_message_is_not_counted_as_sent_and_spoils_nothing_after_it(
    issue, smtp, run_now, settings
):
    settings.NEWSLETTER_RETRY_SECONDS = 0.05
    subscribers("spam@example.org", "later@example.org", "full@example.org", "next@example.org")
    smtp.reject["spam@example.org"] = (None, "554 5.7.1 Message rejected as spam")
    smtp.reject["later@example.org"] = (1, "451 4.3.0 Try again later")

    send = run_now(sending.start_send, issue)

    rows = {row.email: row for row in send.deliveries.all()}
    assert (rows["spam@example.org"].state, rows["spam@example.org"].error) == (
        State.FAILED,
        "554 5.7.1 Message rejected as spam",
    )
    assert (rows["later@example.org"].state, rows["later@example.org"].attempts) == (
        State.SENT,
        1,
    )
    assert rows["full@example.org"].state == rows["next@example.org"].state == State.SENT
    assert smtp.count("spam@example.org") == 0
    assert [smtp.count(a) for a in ("later@example.org", "next@example.org")] == [1, 1]
    # Refusing the message says nothing about the address: it stays a recipient.
    assert Subscriber.objects.recipients().filter(email="spam@example.org").exists()


def test_a_refused_sender_blames_no_address_and_the_send_waits(issue, smtp, run_now, settings):
    settings.NEWSLETTER_RETRY_SECONDS = 0.05
    settings.NEWSLETTER_TASK_WAIT_SECONDS = 0
    subscribers("ada@example.org", "bo@example.org")
    smtp.refuse_sender = "553 5.7.1 Sender address rejected"

    send = run_now(sending.start_send, issue)

    send.refresh_from_db()
    assert "553 5.7.1 Sender address rejected" in send.smtp_problem
    assert set(send.deliveries.values_list("state", "attempts")) == {(State.QUEUED, 0)}
    assert Subscriber.objects.recipients().count() == 2  # nobody marked undeliverable
    smtp.refuse_sender = None
    assert sending.run_send(send.pk, wait=5).sent == 2
    send.refresh_from_db()
    assert send.smtp_problem == ""


def test_a_closing_server_is_waited_for_without_charging_the_address(
    issue, smtp, run_now, settings
):
    settings.NEWSLETTER_RETRY_SECONDS = 0.05
    subscribers("ada@example.org")
    smtp.refuse["ada@example.org"] = (1, "421 4.7.0 Too many connections, closing")
    send = run_now(sending.start_send, issue)
    row = send.deliveries.get()
    assert (row.state, row.attempts) == (State.SENT, 0)
    assert smtp.count("ada@example.org") == 1


def test_a_subscriber_who_leaves_before_their_turn_is_skipped(issue, smtp):
    ada, _bo = subscribers("ada@example.org", "bo@example.org")
    send = sending.start_send(issue)  # rows written; the queued work never runs here
    ada.unsubscribe(timezone.now())
    assert sending.run_send(send.pk).finished
    assert smtp.count("ada@example.org") == 0 and smtp.count("bo@example.org") == 1
    assert send.deliveries.get(email="ada@example.org").state == State.SKIPPED


def test_the_rate_limit_spaces_the_messages(issue, smtp, run_now, settings):
    settings.NEWSLETTER_RATE = 20  # one every 50 ms
    subscribers(*[f"r{n}@example.org" for n in range(6)])
    started = time.monotonic()
    run_now(sending.start_send, issue)
    assert len(smtp.arrivals) == 6
    # The k-th message has its slot k × 50 ms after the send began, and never comes earlier.
    # (Gaps between two arrivals can be shorter: a message delayed by a busy machine is
    # followed by one on time, so the gaps are not what the limit promises.)
    early = [
        (number, round(arrival - started, 3))
        for number, arrival in enumerate(smtp.arrivals)
        if arrival - started < number * 0.05
    ]
    assert not early, early
    assert smtp.arrivals[-1] - started >= 5 * 0.05


def test_leases_that_ran_out_go_back_to_the_queue_or_into_doubt(issue):
    subscribers("ada@example.org", "bo@example.org")
    send = sending.start_send(issue)
    token, rows = ledger.claim(send.pk, 10)
    assert len(rows) == 2
    assert ledger.claim(send.pk, 10)[1] == []  # nobody else gets them
    assert ledger.begin(rows[0], token)
    later = timezone.now() + timedelta(seconds=settings_lease() + 1)
    assert ledger.reclaim_expired(send.pk, now=later) == (1, 1)
    states = dict(send.deliveries.values_list("email", "state"))
    assert states == {rows[0].email: State.IN_DOUBT, rows[1].email: State.QUEUED}
    # The slow worker that lost the lease: its claimed row is no longer its to begin, but a
    # message it did send is recorded as sent.
    assert not ledger.begin(rows[1], token)
    ledger.sent(rows[0], token)
    assert send.deliveries.get(email=rows[0].email).state == State.SENT


def settings_lease():
    from django.conf import settings

    return settings.NEWSLETTER_LEASE_SECONDS


def test_the_retry_wait_doubles_and_stops_at_an_hour(settings):
    settings.NEWSLETTER_RETRY_SECONDS = 60
    assert [ledger.retry_delay(n).total_seconds() for n in (1, 2, 3, 8)] == [60, 120, 240, 3600]


def test_resuming_keeps_one_waiting_run_per_unfinished_send(issue, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {**settings.TASKS, "newsletter": settings.DATABASE_TASKS}
    subscribers("ada@example.org")
    send = sending.start_send(issue, queue=False)
    waiting = DBTaskResult.objects.filter(status="READY", args_kwargs__args=[send.pk])
    assert sending.resume_unfinished() == 1
    assert sending.resume_unfinished() == 1
    assert waiting.count() == 1
    # A later deferred run moves the waiting one no later, adds none.
    sending.queue_send(send.pk, run_after=timezone.now() + timedelta(hours=1))
    assert waiting.count() == 1 and waiting.get().run_after <= timezone.now()
    send.finished_at = timezone.now()
    send.save()
    assert sending.resume_unfinished() == 0


def test_send_newsletter_sends_resumes_and_explains_bad_input(issue, smtp, capsys):
    subscribers("ada@example.org", "bo@example.org")
    call_command("send_newsletter", issue.slug)
    assert "Totalt skickat 2" in capsys.readouterr().out
    call_command("send_newsletter", issue.slug)  # resuming a finished send sends nothing
    assert [smtp.count("ada@example.org"), smtp.count("bo@example.org")] == [1, 1]
    with pytest.raises(CommandError, match="inget nyhetsbrev"):
        call_command("send_newsletter", "finns-inte")
    with pytest.raises(CommandError, match="Publicera"):
        call_command("send_newsletter", DRAFT_SLUG)


def test_the_worker_refuses_to_start_without_the_database_queue(demo):
    with pytest.raises(CommandError, match="NEWSLETTER_TASKS=database"):
        call_command("newsletter_worker")


def test_a_spare_run_of_a_finished_send_queues_nothing(issue, settings, smtp):
    from django_tasks_db.models import DBTaskResult

    from news.newsletter_tasks import send_issue

    settings.TASKS = {**settings.TASKS, "newsletter": settings.DATABASE_TASKS}
    subscribers("ada@example.org")
    send = sending.start_send(issue, queue=False)
    assert sending.run_send(send.pk).finished
    assert send_issue.call(send.pk) == 0
    assert not DBTaskResult.objects.filter(args_kwargs__args=[send.pk]).exists()
