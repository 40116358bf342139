"""A real SMTP server for tests (aiosmtpd), started by the `smtp` fixture in tests/conftest.py:
the site's own SMTP back end sends to it over a socket."""

import socket
import time
from email import message_from_bytes, policy


class Inbox:
    """An aiosmtpd handler keeping every message it is given. A test can make it refuse
    addresses (`refuse[address] = (times, reply)`: the first `times` RCPTs get `reply`; times
    None: always), refuse the message itself after DATA (`reject[address]`, the same form),
    refuse the sender (`refuse_sender`, a reply for every MAIL FROM) or break the connection
    during an address's DATA (`drop`), before keeping the message (`drop_kept`: after keeping
    it, so the server has it and the sender never hears)."""

    def __init__(self):
        self.messages = []
        self.arrivals = []  # time.monotonic() of each kept message
        self.refuse = {}
        self.reject = {}
        self.refuse_sender = None
        self.drop = set()
        self.drop_kept = set()
        self.refused = []  # (address, reply) of each refusal

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.refuse_sender:
            return self.refuse_sender
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.take(self.refuse, address)
        if reply:
            self.refused.append((address, reply))
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def take(self, replies, address):
        """The scripted reply for `address`, counting it down; None when there is none."""
        times, reply = replies.get(address, (0, None))
        if reply and (times is None or times > 0):
            if times is not None:
                replies[address] = (times - 1, reply)
            return reply
        return None

    async def handle_DATA(self, server, session, envelope):
        recipients = set(envelope.rcpt_tos)
        if recipients & self.drop:
            server.transport.close()
            return "421 closing"
        for address in envelope.rcpt_tos:
            reply = self.take(self.reject, address)
            if reply:
                self.refused.append((address, reply))
                return reply
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        self.arrivals.append(time.monotonic())
        if recipients & self.drop_kept:
            server.transport.close()
            return "421 closing"
        return "250 Message accepted"

    def to(self, address):
        return [message for recipients, message in self.messages if address in recipients]

    def count(self, address):
        return len(self.to(address))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
