from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from jzarchive.security import ThrottledAdminLoginForm

admin.site.site_header = _("焦作日报档案库")
# says "locked, try again in M minutes" after too many failed logins (jzarchive/security.py)
admin.site.login_form = ThrottledAdminLoginForm
admin.site.site_title = "jzarchive"
admin.site.index_title = _("档案管理")

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
