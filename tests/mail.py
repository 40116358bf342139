"""A real SMTP server for tests (aiosmtpd), started by the `smtp` fixture in tests/conftest.py:
the site's own SMTP back end sends to it over a socket."""

import socket
from email import message_from_bytes, policy


class Inbox:
    """An aiosmtpd handler keeping every message it is given."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted"

    def to(self, address):
        return [message for recipients, message in self.messages if address in recipients]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
