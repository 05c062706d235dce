namespace Hub.Signals.Routing;

/// <summary>
/// Whether a resident's consents allow one delivery at one moment. A consent covers it when it names the
/// category, the sender (or any sender), the recipient organisation or its role, and the rule's purpose;
/// it allows it when it is in force at that moment and not revoked. Pure, so it is tested on its own.
/// </summary>
public static class ConsentRules
{
    public const string NoConsent = "no-consent";
    public const string Revoked = "consent-revoked";
    public const string Expired = "consent-expired";
    public const string NotYetValid = "consent-not-yet-valid";

    public static ConsentCheck Check(IEnumerable<Consent> consents, string category, string sender, Organisation recipient, string purpose, DateTime now)
    {
        var covering = consents.Where(c => Covers(c, category, sender, recipient, purpose)).ToList();
        if (covering.Where(c => InForce(c, now)).OrderByDescending(c => c.ValidUntil).ThenBy(c => c.Id).FirstOrDefault() is { } valid)
        {
            return new ConsentCheck(valid.Id, null);
        }
        var reason = covering.Any(c => c.RevokedAt is not null) ? Revoked
            : covering.Any(c => c.ValidUntil <= now) ? Expired
            : covering.Count > 0 ? NotYetValid
            : NoConsent;
        return new ConsentCheck(null, reason);
    }

    public static bool Covers(Consent consent, string category, string sender, Organisation recipient, string purpose) =>
        consent.Categories.Contains(category)
        && (consent.FromOrganisation is null || consent.FromOrganisation == sender)
        && (consent.ToOrganisation == recipient.Id || consent.ToRole == recipient.Role)
        && consent.Purpose == purpose;

    /// <summary>A recorded revocation always counts, whatever time the partner gave it: revocation is never future-dated.</summary>
    public static bool InForce(Consent consent, DateTime now) =>
        consent.RevokedAt is null && consent.ValidFrom <= now && now < consent.ValidUntil;
}
