"""The method's vocabulary and rules, with no Qt and no SQL: importable anywhere, tested alone."""
