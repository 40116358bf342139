# socialinnovation.se: production image. Migrations run as a separate release step (README).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=msi_site.settings.production \
    PORT=8000

RUN apt-get update \
    && apt-get install -y --no-install-recommends libjpeg62-turbo libwebp7 zlib1g \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 msi

WORKDIR /app
COPY requirements.lock ./
RUN pip install -r requirements.lock

COPY --chown=msi:msi . .

# Collect static files at build time with throwaway values: production settings demand them.
RUN SECRET_KEY=build-only-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP \
    ALLOWED_HOSTS=build.invalid \
    DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown msi:msi /app/media

USER msi
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,os; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'))"
# One image, three processes with the same environment (docs/deployment.md, "Processes"):
#   web        the CMD below, gunicorn; any number of containers
#   worker     python manage.py newsletter_worker   the newsletter's e-mail; one or more
#   scheduler  python manage.py run_scheduler       periodic jobs (docs/scheduler.md); exactly one
# Worker and scheduler serve no HTTP: run them with --no-healthcheck (compose: healthcheck:
# {disable: true}). Migrations are a release step: python manage.py migrate --noinput.
CMD ["gunicorn", "--config", "msi_site/gunicorn.conf.py", "msi_site.wsgi:application"]
