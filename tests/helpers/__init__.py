"""What the tests share: a real QEMU and its guests, a fake QMP server, the window
fixture's helpers, dialogs answered as a user would, the console as a user types in it.

Test modules import from here, never from one another; fixtures live in conftest.py.
"""
