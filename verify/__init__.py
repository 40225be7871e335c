"""verify: source attribution, framing flags and number reconciliation for news stories."""
from .analysis import Analysis, analyze, warm_up
from .errors import InputError, ResourceMissing, VerifyError

__all__ = ["analyze", "warm_up", "Analysis", "VerifyError", "InputError", "ResourceMissing"]
__version__ = "0.1.0"
