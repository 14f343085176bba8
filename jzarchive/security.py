"""Login throttling and the upload size limit.

Login throttling: failed logins are counted in Django's cache per (user name, client address).
After JZARCHIVE_LOGIN_MAX_FAILURES failures in a row that pair is locked for
JZARCHIVE_LOGIN_LOCK_MINUTES minutes: every attempt, even with the right password, is refused
without checking the password, and the admin login page says why. A successful login clears the
count. The lock lives in the authentication backend, so it holds for every way in that goes
through django.contrib.auth.authenticate(), not only the admin's form.

The client address is REMOTE_ADDR; behind N reverse proxies that append to X-Forwarded-For, set
JZARCHIVE_PROXY_COUNT=N so that the address is the one the nearest trusted proxy saw (a client can
write anything at the left of that header, never at the right).

Upload limit: a request whose body is over JZARCHIVE_MAX_UPLOAD_BYTES (rosters imported through
django-import-export, any form) is answered 413 before anything reads it.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse


def client_address(request: HttpRequest | None) -> str:
    if request is None:
        return "-"
    proxies = getattr(settings, "JZARCHIVE_PROXY_COUNT", 0)
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "-")


class LoginThrottle:
    """Counts failed logins per (user name, address) in the cache."""

    prefix = "jzarchive:login-failures:"

    def key(self, username: str, address: str) -> str:
        digest = hashlib.sha256(f"{username.strip().casefold()}\n{address}".encode()).hexdigest()
        return self.prefix + digest

    @property
    def max_failures(self) -> int:
        return settings.JZARCHIVE_LOGIN_MAX_FAILURES

    @property
    def lock_seconds(self) -> int:
        return settings.JZARCHIVE_LOGIN_LOCK_MINUTES * 60

    def failures(self, username: str, address: str) -> int:
        return cache.get(self.key(username, address), 0)

    def is_locked(self, username: str, address: str) -> bool:
        return self.max_failures > 0 and self.failures(username, address) >= self.max_failures

    def failed(self, username: str, address: str) -> None:
        key = self.key(username, address)
        # the window restarts with every failure: N failures, each less than M minutes after the last
        cache.set(key, cache.get(key, 0) + 1, self.lock_seconds)

    def succeeded(self, username: str, address: str) -> None:
        cache.delete(self.key(username, address))


throttle = LoginThrottle()


class ThrottledModelBackend(ModelBackend):
    """ModelBackend that refuses a locked (user name, address) and counts failures."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(self._username_field(), "")
        if username is None or password is None:
            return None
        address = client_address(request)
        if throttle.is_locked(username, address):
            # PermissionDenied stops django.contrib.auth.authenticate() at once: no other backend
            # is asked, the password is not even checked.
            raise PermissionDenied("too many failed logins")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            throttle.failed(username, address)
        else:
            throttle.succeeded(username, address)
        return user

    @staticmethod
    def _username_field() -> str:
        from django.contrib.auth import get_user_model

        return get_user_model().USERNAME_FIELD


class ThrottledAdminLoginForm(AdminAuthenticationForm):
    """The admin's login form, telling a locked-out user why and for how long."""

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            username = self.cleaned_data.get("username") or ""
            if throttle.is_locked(username, client_address(self.request)):
                raise ValidationError(
                    "登录失败次数过多，已暂时锁定，请 %(minutes)d 分钟后再试。"
                    " (Too many failed logins: try again in %(minutes)d minutes.)",
                    code="locked",
                    params={"minutes": settings.JZARCHIVE_LOGIN_LOCK_MINUTES},
                ) from None
            raise


class MaxUploadSizeMiddleware:
    """413 for a request body over JZARCHIVE_MAX_UPLOAD_BYTES, before it is read."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.JZARCHIVE_MAX_UPLOAD_BYTES
        if length > limit:
            return HttpResponse(
                f"上传内容过大：{length:,} 字节，上限 {limit:,} 字节 (JZARCHIVE_MAX_UPLOAD_BYTES).\n"
                f"Request body too large: {length:,} bytes, the limit is {limit:,}.\n",
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
