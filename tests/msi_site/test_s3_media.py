"""Several app containers share media in S3-compatible storage (docs/deployment.md). Against a
real S3 server (moto's, over HTTP on this machine): an upload lands in the bucket, Wagtail makes
its rendition there, and the URL the page would show serves the image."""

import io
import json
import urllib.error
import urllib.request

import pytest

from django.core.files.base import ContentFile

from wagtail.images import get_image_model

from .production import free_port

BUCKET = "msi-media"
# As docs/deployment.md says: images are public, documents stay private (Wagtail serves them).
PUBLIC_IMAGES_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [
                f"arn:aws:s3:::{BUCKET}/images/*",
                f"arn:aws:s3:::{BUCKET}/original_images/*",
            ],
        }
    ],
}


@pytest.fixture
def s3_server():
    import boto3
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    # moto keeps its buckets per process: start each test from an empty server.
    reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")  # noqa: S310
    urllib.request.urlopen(reset, timeout=10).close()  # noqa: S310
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        region_name="eu-north-1",
    )
    client.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"}
    )
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_IMAGES_POLICY))
    yield endpoint, client
    server.stop()


def png(width=40, height=30):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#0b5563").save(buffer, "PNG")
    return buffer.getvalue()


def test_renditions_are_made_in_and_served_from_s3_storage(s3_server, db, settings):
    endpoint, client = s3_server
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "access_key": "test",
                "secret_key": "test",
                "region_name": "eu-north-1",
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }
    image = get_image_model().objects.create(title="S3", file=ContentFile(png(), "s3.png"))
    rendition = image.get_rendition("fill-20x10")

    keys = {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert image.file.name in keys
    assert rendition.file.name in keys
    assert rendition.url.startswith(f"{endpoint}/{BUCKET}/images/")
    with urllib.request.urlopen(rendition.url, timeout=10) as response:  # noqa: S310
        body = response.read()
    assert body.startswith(b"\x89PNG")
    from PIL import Image

    assert Image.open(io.BytesIO(body)).size == (20, 10)


def test_documents_in_s3_are_not_public(s3_server):
    endpoint, client = s3_server
    client.put_object(Bucket=BUCKET, Key="documents/hemlig.pdf", Body=b"%PDF-1.4")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{endpoint}/{BUCKET}/documents/hemlig.pdf", timeout=10)  # noqa: S310
    assert refused.value.code == 403
