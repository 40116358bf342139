"""The admin form of an event: checks that need the event and its occurrences together."""

from datetime import timedelta

from modelcluster.forms import BaseChildFormSet

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import InlinePanel

from nodes.forms import NodeOwnedForm

from .event_querysets import midnight


def kept_forms(formset):
    """The occurrence forms that will be saved: filled in and not marked for deletion."""
    return [
        form
        for form in formset.forms
        if form.has_changed() or form.instance.pk
        if not (formset.can_delete and formset._should_delete_form(form))
    ]


class OccurrenceFormSet(BaseChildFormSet):
    def clean(self):
        super().clean()
        if not kept_forms(self):
            raise ValidationError(
                _("Lägg till minst ett tillfälle med början och slut."), code="no_occurrences"
            )


class OccurrencesPanel(InlinePanel):
    """The occurrences of an event, with the formset that refuses an event without any."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = OccurrenceFormSet
        return options


def event_end(cleaned_data):
    """When an occurrence ends; an all-day one at midnight after its last day."""
    end = cleaned_data["end"]
    if cleaned_data.get("all_day"):
        return midnight(timezone.localtime(end).date() + timedelta(days=1))
    return end


class EventForm(NodeOwnedForm):
    def clean(self):
        cleaned_data = super().clean()
        deadline = cleaned_data.get("registration_deadline")
        formset = self.formsets.get("occurrences")
        if deadline is None or formset is None or not formset.is_valid():
            return cleaned_data
        ends = [
            event_end(form.cleaned_data)
            for form in kept_forms(formset)
            if form.cleaned_data.get("end")
        ]
        if ends and deadline > max(ends):
            self.add_error(
                "registration_deadline",
                _("Anmälan kan inte stänga efter att evenemanget har slutat."),
            )
        return cleaned_data
