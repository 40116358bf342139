from django.db import models
from django.utils.translation import gettext_lazy as _


class NodeOwned(models.Model):
    """A snippet that belongs to one node, or to the national office when `node` is empty.

    Only members of that node (and national editors) may change it: see nodes/permissions.py
    and docs/node-permissions.md.
    """

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
