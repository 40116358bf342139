"""One connection to the mail server for a batch of newsletter messages, telling apart what
the sending ledger must know (docs/newsletter-sending.md):

- `ServerUnavailable`: no connection; nothing was sent.
- `Refused(permanent, reason)`: the server said no (5xx for good, 4xx for now) or the
  connection broke before the message itself; the server did not take it.
- `InDoubt`: the connection broke while the message itself was on its way: the server may
  have taken it.

With Django's SMTP back end the envelope (MAIL FROM, RCPT TO) is sent first, then
`before_data()` is called (the ledger records "sending"), then DATA; so only DATA is in doubt.
Any other back end (console and locmem in development) is called as a whole after
`before_data()`.
"""

import contextlib
import smtplib

from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address


class ServerUnavailable(Exception):
    pass


class Refused(Exception):
    def __init__(self, permanent, reason):
        super().__init__(reason)
        self.permanent = permanent
        self.reason = reason


class InDoubt(Exception):
    pass


def reply_text(code, message):
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    return f"{code} {message}".strip()


def refusal(code, message):
    return Refused(permanent=500 <= code < 600, reason=reply_text(code, message))


class Mailer:
    def __init__(self):
        self.backend = get_connection(fail_silently=False)
        self.smtp = isinstance(self.backend, SMTPBackend)

    def __enter__(self):
        try:
            self.backend.open()
        except (OSError, smtplib.SMTPException) as error:
            raise ServerUnavailable(str(error) or type(error).__name__) from error
        return self

    def __exit__(self, *exc_info):
        with contextlib.suppress(Exception):  # a broken connection is closed either way
            self.backend.close()

    def send(self, message, before_data):
        """Send one message. `before_data()` returns False when the row is no longer ours:
        then nothing is sent and send() returns False."""
        if not self.smtp:
            if not before_data():
                return False
            self.backend.send_messages([message])
            return True
        if self.backend.connection is None:  # broken by the previous message
            self.__enter__()
        connection = self.backend.connection
        encoding = message.encoding or "utf-8"
        sender = sanitize_address(message.from_email, encoding)
        recipients = [sanitize_address(address, encoding) for address in message.recipients()]
        try:
            connection.ehlo_or_helo_if_needed()
            code, reply = connection.mail(sender)
            if code != 250:
                connection.rset()
                raise refusal(code, reply)
            for recipient in recipients:
                code, reply = connection.rcpt(recipient)
                if code not in (250, 251):
                    connection.rset()
                    raise refusal(code, reply)
        except (OSError, smtplib.SMTPServerDisconnected) as error:
            self.drop()
            raise Refused(permanent=False, reason=f"Anslutningen bröts: {error}") from error
        if not before_data():
            connection.rset()
            return False
        data = message.message().as_bytes(linesep="\r\n")
        try:
            code, reply = connection.data(data)
        except smtplib.SMTPDataError as error:
            raise refusal(error.smtp_code, error.smtp_error) from error
        except (OSError, smtplib.SMTPException) as error:
            self.drop()
            raise InDoubt(str(error) or type(error).__name__) from error
        return True

    def drop(self):
        """Forget a broken connection; the next message opens a new one."""
        self.__exit__()
        self.backend.connection = None
