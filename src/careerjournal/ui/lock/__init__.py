"""An encrypted journal's locked state: the unlock window, File › Lock, the idle lock, capture
while locked, and the passphrase flows' closing and reopening (see `keeper`)."""

from .idle import IdleWatch
from .keeper import ENV_PASSPHRASE, LockKeeper, is_protected
from .unlock_window import UnlockWindow

__all__ = ["ENV_PASSPHRASE", "IdleWatch", "LockKeeper", "UnlockWindow", "is_protected"]
