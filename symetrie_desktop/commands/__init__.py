"""Every change to a workshop, as an edit object that applies itself through the store and
undoes itself. The UI's undo stack, the tests and the crash harness all use these."""

from .document import Change, Document, Op
from .edit import Edit, EditError

__all__ = ["Change", "Document", "Edit", "EditError", "Op"]
