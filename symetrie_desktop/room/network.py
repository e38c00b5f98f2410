"""The laptop's addresses on the room's network, read from the system with QNetworkInterface.

No packet is sent to find them (no "what is my IP" probe: the room often has no internet).
Private IPv4 addresses of interfaces that are up come first, Wi-Fi and hotspot included;
the window lets the facilitator pick when there are several.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"
#: The port tried first, so that a firewall rule made once keeps working.
DEFAULT_PORT = 8765


@dataclass(frozen=True, slots=True)
class LocalAddress:
    interface: str
    address: str

    @property
    def label(self) -> str:
        return f"{self.address} ({self.interface})"


def local_addresses() -> list[LocalAddress]:
    """The IPv4 addresses phones may reach, best first; empty when there is no network."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    flags = QNetworkInterface.InterfaceFlag
    found: list[tuple[int, LocalAddress]] = []
    for iface in QNetworkInterface.allInterfaces():
        f = iface.flags()
        if not (f & flags.IsUp and f & flags.IsRunning) or f & flags.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = ip.toString()
            try:
                parsed = ipaddress.IPv4Address(text)
            except ValueError:
                continue
            if parsed.is_loopback or parsed.is_link_local:
                continue
            rank = 0 if parsed.is_private else 1
            found.append((rank, LocalAddress(iface.humanReadableName() or iface.name(), text)))
    found.sort(key=lambda item: item[0])
    return [address for _rank, address in found]


def best_address() -> str:
    """The address to listen on when none is given: the first local one, else loopback."""
    addresses = local_addresses()
    return addresses[0].address if addresses else LOOPBACK
