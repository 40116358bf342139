from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.db import models
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from news.blocks import NewsBodyBlock
from nodes.tree import InNodeTree, attach_nodes
from pages.listing import ListingPageMixin
from pages.models import BasePage, Theme
from pages.page_cache.memo import shown_on
from pages.querysets import BasePageManager
from pages.taxonomy_links import term_links

from .querysets import NewsArticleQuerySet


class NewsIndexPage(InNodeTree, ListingPageMixin, RoutablePageMixin, BasePage):
    """A list of news. The national one (/aktuellt/nyheter/) also lists every node's news;
    a node's own lists the articles below it. Both have RSS and Atom feeds."""

    objects = BasePageManager()

    parent_page_types = ["news.StoriesHubPage", "nodes.NodeHomePage"]
    subpage_types = ["news.NewsArticlePage"]
    item_model = "news.NewsArticlePage"
    max_count_per_parent = 1  # one national index, one per node: feeds and links assume it

    class Meta:
        verbose_name = _("nyhetslista")
        verbose_name_plural = _("nyhetslistor")

    def articles(self):
        """Live, public articles this index lists, newest first."""
        articles = NewsArticlePage.objects.live_public()
        if self.node is not None:
            articles = articles.descendant_of(self)
        return articles.newest_first()

    @property
    def filterset_class(self):
        from news.filters import NewsFilterSet

        return NewsFilterSet

    def listing_queryset(self):
        return self.articles()

    def card_queryset(self, queryset):
        return queryset.for_cards()

    def prepare_items(self, items):
        return attach_nodes(items)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = context["filter_form"]
        context["feeds"] = self.feeds_for(form)
        context["theme_links"] = term_links(form.theme, request)  # e.g. into the example bank
        return context

    def feeds_for(self, form):
        """The feeds a filtered listing offers, most specific first: the chosen theme's (of
        the chosen node's index, if a node is chosen), the chosen node's, then this index's."""
        source = self
        if form.node is not None:
            node_index = NewsIndexPage.objects.live_public().child_of(form.node.root_page)
            source = node_index.first() or self
        feeds = source.feed_links(form.theme) if form.theme else []
        if source is not self:
            feeds += source.feed_links()
        return feeds + self.feed_links()

    # --- feeds ---------------------------------------------------------------------------
    def feed_theme(self, slug):
        return get_object_or_404(Theme, slug=slug) if slug else None

    @path("feed/", name="rss")
    @path("feed/tema/<slug:theme>/", name="rss_theme")
    def rss_feed(self, request, theme=None):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self, self.feed_theme(theme))(request)

    @path("feed/atom/", name="atom")
    @path("feed/tema/<slug:theme>/atom/", name="atom_theme")
    def atom_feed(self, request, theme=None):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self, self.feed_theme(theme))(request)

    def feed_links(self, theme=None):
        """(title, url, MIME type) for the feeds of this index, for <link rel=alternate>."""
        suffix = f" – {theme.name}" if theme else ""
        kwargs = {"theme": theme.slug} if theme else {}
        names = ("rss_theme", "atom_theme") if theme else ("rss", "atom")
        return [
            (
                f"{self.title}{suffix} (RSS)",
                self.url + self.reverse_subpage(names[0], kwargs=kwargs),
                "application/rss+xml",
            ),
            (
                f"{self.title}{suffix} (Atom)",
                self.url + self.reverse_subpage(names[1], kwargs=kwargs),
                "application/atom+xml",
            ),
        ]


class NewsArticlePage(InNodeTree, BasePage):
    objects = BasePageManager.from_queryset(NewsArticleQuerySet)()

    date = models.DateField(
        _("datum"),
        default=timezone.localdate,
        help_text=_("Visas på sidan och bestämmer ordningen i listor och flöden."),
    )
    image = models.ForeignKey(
        "pages.CustomImage",
        verbose_name=_("bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternativtext"),
        max_length=250,
        blank=True,
        help_text=_("Beskriv vad bilden visar. Lämna tomt om bilden bara är dekorativ."),
    )
    image_caption = models.CharField(
        _("bildtext"),
        max_length=300,
        blank=True,
        help_text=_("Visas under bilden. Fotografen hämtas från bildens fält Fotograf/källa."),
    )
    body = StreamField(NewsBodyBlock(), blank=True, verbose_name=_("innehåll"))
    authors = ParentalManyToManyField(
        "nodes.Person",
        verbose_name=_("skribenter"),
        blank=True,
        related_name="+",
    )
    themes = ParentalManyToManyField(
        "pages.Theme",
        verbose_name=_("teman"),
        blank=True,
        related_name="+",
    )
    stages = ParentalManyToManyField(
        "pages.ProcessStage",
        verbose_name=_("steg i processmodellen"),
        blank=True,
        related_name="+",
    )
    factors = ParentalManyToManyField(
        "pages.MapFactor",
        verbose_name=_("faktorer i orienteringskartan"),
        blank=True,
        related_name="+",
    )

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_caption")],
            heading=_("Bild"),
        ),
        FieldPanel("body"),
        FieldPanel("authors"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("factors", widget=forms.CheckboxSelectMultiple),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = _("nyhet")
        verbose_name_plural = _("nyheter")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(shown_on(self, request, "article", self.shown_with))
        return context

    def shown_with(self):
        """Its authors, themes and related articles: kept for everyone (memo.py) until the
        article, an author, a theme or another article changes."""
        themes = list(self.themes.all())
        return {
            "authors": list(self.authors.filter(live=True).select_related("photo")),
            "themes": themes,
            "related": self.related_articles(themes),
        }

    def related_articles(self, themes, limit=3):
        """Up to `limit` other articles, in one query: those sharing a theme first, then the
        newest."""
        shares_theme = NewsArticlePage.themes.through.objects.filter(
            newsarticlepage_id=OuterRef("pk"), theme_id__in=[theme.pk for theme in themes]
        )
        others = NewsArticlePage.objects.live_public().exclude(pk=self.pk)
        related = list(
            others.annotate(shares_theme=Exists(shares_theme))
            .order_by("-shares_theme", *NewsArticleQuerySet.NEWEST_FIRST)
            .for_cards()[:limit]
        )
        return attach_nodes(related)

    @property
    def social_image(self):
        return self.image

    @property
    def social_image_alt(self):
        return self.image_alt
