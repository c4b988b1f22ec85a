"""Pure rules: the content model, navigation, session, opening hours, PIN and settings.

Nothing here imports Qt or does I/O beyond what a caller hands in, so every rule is tested
in the fast lane in milliseconds (``tests/domain/test_architecture.py`` keeps it so).
"""
