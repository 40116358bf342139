"""One connection to the mail server for a batch of newsletter messages, telling apart what
the sending ledger must know (docs/newsletter-sending.md):

- `ServerProblem`: the server as a whole will not take mail now (no connection, the connection
  broke before the message, the sender refused, 421); this message was not taken, and no
  address is to blame.
- `Refused(permanent, reason, undeliverable)`: the server said no to this message: at RCPT
  (about the address: a 5xx there makes it `undeliverable`), or to the DATA command or the
  message itself (about the message: never the address's fault).
- `InDoubt`: the connection broke while the message itself was on its way: the server may have
  taken it.

With Django's SMTP back end the envelope (MAIL FROM, RCPT TO) is sent first, then
`before_data()` is called (the ledger records "sending"), then DATA; so only DATA is in doubt.
Any other back end (console and locmem in development, an HTTP API) is called as a whole after
`before_data()`, and any error from it is in doubt.
"""

import contextlib
import smtplib

from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address

CLOSING = 421  # "service not available, closing transmission channel": the server, not us


class ServerProblem(Exception):
    pass


class Refused(Exception):
    def __init__(self, permanent, reason, undeliverable=False):
        super().__init__(reason)
        self.permanent = permanent
        self.reason = reason
        self.undeliverable = undeliverable


class InDoubt(Exception):
    pass


def reply_text(code, message):
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    return f"{code} {message}".strip()


class Mailer:
    def __init__(self):
        self.backend = get_connection(fail_silently=False)
        self.smtp = isinstance(self.backend, SMTPBackend)

    def __enter__(self):
        try:
            self.backend.open()
        except (OSError, smtplib.SMTPException) as error:
            raise ServerProblem(f"E-postservern svarar inte: {error}") from error
        return self

    def __exit__(self, *exc_info):
        with contextlib.suppress(Exception):  # a broken connection is closed either way
            self.backend.close()

    def send(self, message, before_data):
        """Send one message. `before_data()` returns False when the row is no longer to be
        sent (another worker has it, or the subscriber left): then nothing is sent and send()
        returns False."""
        if not self.smtp:
            return self.send_whole(message, before_data)
        if self.backend.connection is None:  # broken by the previous message
            self.__enter__()
        connection = self.backend.connection
        encoding = message.encoding or "utf-8"
        sender = sanitize_address(message.from_email, encoding)
        recipients = [sanitize_address(address, encoding) for address in message.recipients()]
        data = message.message().as_bytes(linesep="\r\n")  # before "sending": no time lost there
        try:
            connection.ehlo_or_helo_if_needed()
            code, reply = connection.mail(sender)
            if code != 250:
                self.reset()
                raise ServerProblem(f"E-postservern nekar avsändaren: {reply_text(code, reply)}")
            for recipient in recipients:
                code, reply = connection.rcpt(recipient)
                if code in (250, 251):
                    continue
                self.reset()
                if code == CLOSING:
                    raise ServerProblem(f"E-postservern stänger: {reply_text(code, reply)}")
                permanent = 500 <= code < 600
                raise Refused(permanent, reply_text(code, reply), undeliverable=permanent)
        except (OSError, smtplib.SMTPServerDisconnected) as error:
            self.drop()
            raise ServerProblem(f"Anslutningen till e-postservern bröts: {error}") from error
        if not before_data():
            self.reset()
            return False
        try:
            code, reply = connection.data(data)
        except smtplib.SMTPDataError as error:  # the DATA command refused: nothing was sent
            self.reset()
            if error.smtp_code == CLOSING:
                raise ServerProblem(reply_text(error.smtp_code, error.smtp_error)) from error
            raise Refused(False, reply_text(error.smtp_code, error.smtp_error)) from error
        except (OSError, smtplib.SMTPException) as error:
            self.drop()
            raise InDoubt(str(error) or type(error).__name__) from error
        if code == 250:
            return True
        # The server answered the message with a refusal: it did not take it.
        if code == CLOSING:
            self.drop()
            raise ServerProblem(f"E-postservern stänger: {reply_text(code, reply)}")
        raise Refused(500 <= code < 600, reply_text(code, reply))

    def send_whole(self, message, before_data):
        if not before_data():
            return False
        try:
            self.backend.send_messages([message])
        except Exception as error:
            raise InDoubt(str(error) or type(error).__name__) from error
        return True

    def reset(self):
        """RSET after a refusal, so the next message starts a clean transaction; a connection
        that cannot even do that is dropped."""
        try:
            self.backend.connection.rset()
        except (OSError, smtplib.SMTPException):
            self.drop()

    def drop(self):
        """Forget a broken connection; the next message opens a new one."""
        self.__exit__()
        self.backend.connection = None
