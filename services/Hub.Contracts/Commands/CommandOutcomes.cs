namespace Hub.Contracts.Commands;

public static class CommandOutcomes
{
    public const string Applied = "applied";
    public const string Refused = "refused";
}

/// <summary>Why a command was refused: codes a partner's system can act on.</summary>
public static class CommandReasons
{
    /// <summary>The vacancy, proposal, delivery or job seeker the command names does not exist (or not yet, or no longer).</summary>
    public const string NotFound = "not-found";
    /// <summary>It exists but belongs to another partner.</summary>
    public const string NotYours = "not-yours";
    /// <summary>Its life cycle does not allow this now (a withdrawn vacancy, an answered proposal, a closed delivery).</summary>
    public const string WrongState = "wrong-state";
    /// <summary>A newer version was applied already.</summary>
    public const string Stale = "stale";
    /// <summary>The deciding service found the content invalid (beyond what the gateway checks).</summary>
    public const string Invalid = "invalid";
    /// <summary>The resident is not one the partner serves (subject access, consent revocation).</summary>
    public const string NotYourResident = "not-your-resident";

    public static readonly IReadOnlyList<string> All = [NotFound, NotYours, WrongState, Stale, Invalid, NotYourResident];
}
