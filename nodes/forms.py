from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm


class NodeOwnedForm(WagtailAdminModelForm):
    """Offers only the nodes the editor belongs to; the national office only to national editors.

    A posted id of another node fails validation ("Välj ett giltigt alternativ"). An empty node
    (the national office) is refused in clean(), not through `required`: Wagtail defers required
    fields when a draft is saved, which would let a node editor save a national draft.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .permissions import nodes_for_user, user_is_national

        self.own_nodes_only = False
        field = self.fields.get("node")
        if field is None or self.for_user is None:
            return
        field.queryset = nodes_for_user(self.for_user).order_by("name")
        if not user_is_national(self.for_user):
            self.own_nodes_only = True
            field.empty_label = None
            field.help_text = _("Du kan bara lägga till och ändra innehåll för din egen nod.")

    def clean(self):
        cleaned_data = super().clean()
        if self.own_nodes_only and not cleaned_data.get("node") and "node" not in self.errors:
            self.add_error(
                "node", _("Välj din nod. Bara nationella redaktionen kan lämna den tom.")
            )
        return cleaned_data
