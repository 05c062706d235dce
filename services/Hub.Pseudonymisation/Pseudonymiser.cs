using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Hub.Pseudonymisation;

/// <summary>
/// Replaces a BSN with a keyed pseudonym at the edge, before anything is published or logged:
/// "ps-" + the first 16 bytes of HMAC-SHA256(key, BSN) in lower-case hex. Without the key the
/// pseudonym cannot be recomputed from a BSN, so trying all 10^9 BSNs does not reverse it.
/// </summary>
public sealed partial class Pseudonymiser
{
    public const string Prefix = "ps-";
    private readonly byte[] _key;

    public Pseudonymiser(byte[] key)
    {
        if (key.Length < PseudonymisationOptions.MinimumKeyBytes)
        {
            throw new ArgumentException($"The pseudonymisation key must be at least {PseudonymisationOptions.MinimumKeyBytes} bytes.", nameof(key));
        }
        _key = [.. key];
    }

    public string SubjectOf(string bsn)
    {
        // The message deliberately leaves the value out: exceptions end up in logs.
        if (!Bsn.IsValid(bsn))
        {
            throw new ArgumentException("Not a valid BSN.", nameof(bsn));
        }
        var hash = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(bsn));
        return Prefix + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>
    /// The pseudonym one recipient sees for a subject: "pr-" + 16 bytes of HMAC-SHA256(key, recipient, Hub pseudonym).
    /// Stable for that recipient, different for every other, and not computable from a BSN or a Hub pseudonym without the
    /// key, so lists held by two partners cannot be joined with each other or with the Hub-wide pseudonym.
    /// </summary>
    public string ForRecipient(string recipientId, string subjectPseudonym)
    {
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"recipient\n{recipientId}\n{subjectPseudonym}"));
        return RecipientPrefix + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public const string RecipientPrefix = "pr-";

    /// <summary>True when the value has the shape of a subject pseudonym (so never a BSN).</summary>
    public static bool IsPseudonym(string? value) => value is not null && PseudonymPattern().IsMatch(value);

    [GeneratedRegex(@"^ps-[0-9a-f]{32}\z")]
    private static partial Regex PseudonymPattern();
}
