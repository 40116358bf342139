"""What a node editor may see in the admin outside their own area: live pages only.

Wagtail's permissions decide what an editor may *change*; several admin views still *show*
titles and file names of drafts and media elsewhere (the page chooser, move confirmation, the
admin API, the page-types report). Each module here closes one of them; wagtail_hooks.py and
msi_site/urls.py register them. See docs/node-permissions.md, "Titles outside your area".
"""
