from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import DraftStateMixin, LockableMixin
from wagtail.search import index

from nodes.forms import NodeOwnedForm


class NodeOwned(models.Model):
    """A snippet that belongs to one node, or to the national office when `node` is empty.

    Only members of that node (and national editors) may change it: see nodes/permissions.py
    and docs/node-permissions.md. A node-owned snippet is made in one step: subclass this model
    and register a subclass of `nodes.viewsets.NodeOwnedSnippetViewSet`. The form below, the
    permission policy, the guarded admin views and the editor groups' permissions follow.
    Subclasses extend `search_fields` (the admin listing filters on `node`).
    """

    base_form_class = NodeOwnedForm
    search_fields = [index.FilterField("node")]

    node = models.ForeignKey(
        "nodes.Node",
        verbose_name=_("nod"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Lämna tomt för det nationella kansliet."),
    )

    class Meta:
        abstract = True

    @property
    def owner_label(self):
        return self.node.name if self.node_id else _("Nationella kansliet")


def node_owned_models():
    """Every concrete node-owned model of every installed app."""
    return [model for model in apps.get_models() if issubclass(model, NodeOwned)]


def node_owned_permission_codenames(model):
    """The model permissions an editor of the owning node gets for a node-owned model."""
    actions = ["add", "change", "delete"]
    if issubclass(model, DraftStateMixin):
        actions.append("publish")
    if issubclass(model, LockableMixin):
        actions += ["lock", "unlock"]
    return [f"{model._meta.app_label}.{action}_{model._meta.model_name}" for action in actions]
