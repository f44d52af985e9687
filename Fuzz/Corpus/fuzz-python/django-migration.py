from django.db import migrations


def forwards(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    Order.objects.filter(state="").update(state="new")


class Migration(migrations.Migration):
    atomic = False
    dependencies = [("shop", "0004_order_state")]

    operations = [
        migrations.RunPython(forwards, reverse_code=migrations.RunPython.noop),
        migrations.RunSQL("CREATE INDEX CONCURRENTLY ix ON shop_order (state);", reverse_sql=""),
    ]
