"""uvicorn's Config for `serve --workers N`, with the socket the workers share bound as TCP.

uvicorn binds that socket as `socket.socket(family)`, protocol 0, and asyncio turns Nagle's
algorithm off (TCP_NODELAY) only on connections whose protocol is IPPROTO_TCP: every
response of a worker then waited for the client's delayed ACK, about 40 ms a request (a
`/health` ping took 44 ms with two workers, 1 ms with one). A module of its own, imported
only by `serve`: the workers unpickle the config, so the class cannot be a local one, and
the CLI imports uvicorn only when it serves."""

from __future__ import annotations

import socket

import uvicorn


class TcpConfig(uvicorn.Config):
    def bind_socket(self) -> socket.socket:
        if self.uds or self.fd is not None:
            return super().bind_socket()
        family = socket.AF_INET6 if self.host and ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            return super().bind_socket()  # uvicorn says why and exits
        sock.set_inheritable(True)
        return sock
