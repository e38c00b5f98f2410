"""The workshop file: schema, migrations, reading and writing. The only package that writes SQL."""

from . import schema
from .errors import Problem, WorkshopFileError
from .schema import APPLICATION_ID, SCHEMA_VERSION
from .workshop_file import EXTENSION, WorkshopFile, inspect, load_file, write_new

__all__ = [
    "APPLICATION_ID",
    "EXTENSION",
    "SCHEMA_VERSION",
    "Problem",
    "WorkshopFile",
    "WorkshopFileError",
    "inspect",
    "load_file",
    "schema",
    "write_new",
]
