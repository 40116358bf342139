"""The admin form of an example: only the national office sets the "featured" flag."""

from django.utils.translation import gettext_lazy as _

from nodes.forms import NodeOwnedForm


class ExampleForm(NodeOwnedForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from nodes.permissions import user_is_national

        field = self.fields.get("featured")
        if field is not None and self.for_user is not None and not user_is_national(self.for_user):
            field.disabled = True
            field.help_text = _("Bara nationella kansliet väljer utvalda exempel.")
