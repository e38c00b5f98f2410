"""The room: participants' phones send post-its and votes to the open workshop over the room's
own network (no internet, no account). The server and its pages are here, with no Qt; the
window's panel is in ``ui/room_panel.py`` and the headless ``serve`` command in ``serve.py``."""
