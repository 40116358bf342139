from django.db import models


class DemoRecord(models.Model):
    """One object that `load_demo_content` created. `--reset` removes only recorded objects,
    never what editors made (pages/demo/records.py, docs/demo-content.md)."""

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="unique_demo_record"
            )
        ]
        verbose_name = "demopost"
        verbose_name_plural = "demoposter"

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}"
