"""Signed links for the newsletter (docs/newsletter-signup.md).

- Confirm: names the subscriber and the moment of their latest signup, expires after
  NEWSLETTER_CONFIRM_DAYS. A new signup makes older links void.
- Your data: names the subscriber and their key, expires after NEWSLETTER_DATA_LINK_HOURS.
- Unsubscribe needs no signature: the subscriber's random key is the secret, and it never
  expires, since a link in an old issue must still work.

Signing uses SECRET_KEY with a salt per purpose, so one kind of link never works as another.
The signed value is base64url-encoded once more: Wagtail's page URLs take only letters, digits,
"-" and "_" in a path segment, and a signature has ":" in it.
"""

import base64
import binascii
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "news.newsletter.confirm"
DATA_SALT = "news.newsletter.data"


class LinkExpired(Exception):
    pass


class LinkInvalid(Exception):
    pass


@dataclass(frozen=True)
class Claim:
    subscriber_id: int
    proof: str  # the signup time (confirm) or the subscriber's key (data)


def make(salt, subscriber_id, proof):
    signed = signing.dumps([subscriber_id, proof], salt=salt, compress=True)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def read(token, salt, max_age_seconds):
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        subscriber_id, proof = signing.loads(signed, salt=salt, max_age=max_age_seconds)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except (signing.BadSignature, binascii.Error, UnicodeError, ValueError, TypeError) as error:
        raise LinkInvalid from error
    if not isinstance(subscriber_id, int) or not isinstance(proof, str):
        raise LinkInvalid
    return Claim(subscriber_id, proof)


def confirm_token(subscriber):
    return make(CONFIRM_SALT, subscriber.pk, subscriber.signed_up_at.isoformat())


def read_confirm_token(token):
    return read(token, CONFIRM_SALT, settings.NEWSLETTER_CONFIRM_DAYS * 24 * 60 * 60)


def data_token(subscriber):
    return make(DATA_SALT, subscriber.pk, subscriber.key)


def read_data_token(token):
    return read(token, DATA_SALT, settings.NEWSLETTER_DATA_LINK_HOURS * 60 * 60)
