namespace Hub.PartnerSimulator;

/// <summary>How the simulated partner system behaves right now.</summary>
public enum PartnerMode
{
    /// <summary>Verifies and accepts (200).</summary>
    Up,
    /// <summary>Accepts, but only after <see cref="SimulatedPartner.SlowDelay"/>.</summary>
    Slow,
    /// <summary>Answers 503, as a partner whose system is overloaded or in maintenance.</summary>
    Failing,
    /// <summary>Drops the connection without an answer, as a partner that is down.</summary>
    Down,
    /// <summary>Answers 400 to everything: a partner that rejects what it gets.</summary>
    Rejecting,
    /// <summary>Answers 307 to <see cref="SimulatedPartner.RedirectTo"/>: a compromised or misconfigured endpoint.</summary>
    Redirecting,
}
