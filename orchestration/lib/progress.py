"""Progress of long work: documents done / total, rate and time left, logged at a bounded
frequency."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Progress:
    total: int
    label: str = "documents"
    log: Callable[[str], None] | None = None
    every_s: float = 10.0
    done: int = 0
    started: float = field(default_factory=time.monotonic)
    _last_log: float = 0.0

    def advance(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        if self.log and (now - self._last_log >= self.every_s or self.done >= self.total):
            self._last_log = now
            self.log(self.summary())

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        elapsed = self.elapsed_s
        return self.done / elapsed if elapsed > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        rate = self.rate
        return (self.total - self.done) / rate if rate > 0 else None

    def summary(self) -> str:
        eta = self.eta_s
        eta_text = f"{eta:.0f}s left" if eta is not None else "time left unknown"
        share = 100.0 * self.done / self.total if self.total else 100.0
        return (
            f"{self.done}/{self.total} {self.label} ({share:.0f}%), "
            f"{self.rate:.1f} {self.label}/s, {eta_text}"
        )

    def metadata(self) -> dict[str, float | int]:
        return {
            f"{self.label}_done": self.done,
            f"{self.label}_total": self.total,
            "elapsed_seconds": round(self.elapsed_s, 2),
            f"{self.label}_per_second": round(self.rate, 2),
        }
