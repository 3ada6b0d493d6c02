"""A real SMTP server on loopback for the tests, with aiosmtpd."""

import asyncio
import socket
import time

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Recorder:
    """Keeps every message the server accepts; ``delay`` makes it a slow server."""

    def __init__(self, delay=0):
        self.delay = delay
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        self.messages.append(
            {
                "from": envelope.mail_from,
                "to": list(envelope.rcpt_tos),
                "content": envelope.content.decode("utf-8", "replace"),
            }
        )
        return "250 Message accepted for delivery"

    def recipients(self):
        return sorted(address for message in self.messages for address in message["to"])


class SMTPServer:
    def __init__(self, port, delay=0):
        self.port = port
        self.recorder = Recorder(delay)
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=port)

    def __enter__(self):
        self.controller.start()
        return self.recorder

    def __exit__(self, *exc_info):
        self.controller.stop()
        # Let the listening socket go before a test binds the port again.
        time.sleep(0.05)


def smtp_mailers(port, timeout=2):
    return {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": timeout},
        }
    }
