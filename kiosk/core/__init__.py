"""The Qt-free core: content, settings and session rules.

Nothing under this package may import Qt; ``tests/domain/test_no_qt.py`` enforces it, so
the rules can be tested in milliseconds and reused by command-line tools.
"""
