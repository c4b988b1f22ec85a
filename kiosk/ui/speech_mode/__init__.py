"""Speech mode: the kiosk speaks every screen, control, card and message, and a keypad
or touch and hear drives it, for readers who cannot see the screen (docs/deploying.md).
"""
