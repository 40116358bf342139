"""MSI's process model as a block: the stages in their order, each with its definition, guiding
question and the links apps register for it (pages/taxonomy_links.py), e.g. the example bank
filtered by that stage; each stage's name links to its page on the process model's tool page,
when there is one."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from pages.taxonomy_links import taxonomy_links


class ProcessModelBlock(blocks.StaticBlock):
    """The stages are read from the database when the page is shown, so rewording a stage
    (under "Steg i processmodellen") changes every page that shows the model."""

    def get_context(self, value, parent_context=None):
        from pages.models import ProcessStage, ToolPage

        context = super().get_context(value, parent_context)
        request = context.get("request")
        stages = list(ProcessStage.objects.all())
        links = taxonomy_links(stages, request)
        # Each stage's page, where the process model has a tool page (docs/tools-for-change.md).
        tool = ToolPage.objects.live().filter(tool=ToolPage.Tool.PROCESS_MODEL).first()
        for stage in stages:
            stage.links = links.get(stage.pk, [])
            stage.url = tool.element_url(stage, request) if tool else ""
        context["stages"] = stages
        return context

    class Meta:
        icon = "list-ol"
        label = _("Processmodellen")
        description = _(
            "MSI:s processmodell: stegen i ordning, med definition, vägledande fråga och länk "
            "till exempel i varje steg. Läggs i ett avsnitt; stegen blir underrubriker."
        )
        admin_text = _(
            "Visar processmodellens steg. Stegens namn, definitioner och frågor ändras under "
            "”Steg i processmodellen”."
        )
        template = "components/blocks/process_model_block.html"
