from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock

TABLE_OPTIONS = {
    "startRows": 3,
    "startCols": 3,
    "colHeaders": False,
    "rowHeaders": False,
    "contextMenu": ["row_above", "row_below", "col_left", "col_right", "remove_row", "remove_col"],
    "editor": "text",
    "stretchH": "all",
    "renderer": "text",
    "autoColumnSize": False,
}


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("tabellrubrik"),
        max_length=200,
        help_text=_("Säger vad tabellen visar. Läses upp av skärmläsare före tabellen."),
    )
    table = TableBlock(label=_("tabell"), table_options=TABLE_OPTIONS)

    class Meta:
        icon = "table"
        label = _("Tabell")
        description = _("En tabell med obligatorisk rubrik och rubrikrad eller rubrikkolumn.")
        template = "components/blocks/captioned_table_block.html"
        preview_value = {
            "caption": "Noder och värdlärosäten",
            "table": {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "data": [
                    ["Nod", "Lärosäte"],
                    ["Umeå", "Umeå universitet"],
                    ["Örebro", "Örebro universitet"],
                ],
            },
        }
