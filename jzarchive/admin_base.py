"""What every admin page of a big table shares."""

from django.contrib import admin


class BigTableAdmin(admin.ModelAdmin):
    """No full COUNT(*) under the list (slow on millions of rows), and pages of 50."""

    show_full_result_count = False
    list_per_page = 50
