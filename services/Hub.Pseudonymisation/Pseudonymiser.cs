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
    /// The pseudonym one partner sees for a subject: "pr-" + the Hub pseudonym's 16 bytes enciphered with AES under a key
    /// derived for that partner, in lower-case hex. Stable for that partner, different for every other, and neither
    /// computable from a BSN or a Hub pseudonym nor joinable across partners without the key. Because it is a
    /// permutation, the Hub turns it back with <see cref="SubjectFor"/> and keeps no table.
    /// </summary>
    public string ForRecipient(string recipientId, string subjectPseudonym)
    {
        if (!IsPseudonym(subjectPseudonym))
        {
            throw new ArgumentException("Not a subject pseudonym.", nameof(subjectPseudonym));
        }
        using var cipher = CipherFor(recipientId);
        return RecipientPrefix + Convert.ToHexStringLower(cipher.EncryptEcb(Convert.FromHexString(subjectPseudonym.AsSpan(Prefix.Length)), PaddingMode.None));
    }

    /// <summary>
    /// The Hub pseudonym behind a pseudonym <see cref="ForRecipient"/> gave <paramref name="recipientId"/>; null when the value
    /// does not have that shape. A value made up or taken from another partner turns into a pseudonym nobody has.
    /// </summary>
    public string? SubjectFor(string recipientId, string recipientPseudonym)
    {
        if (!IsRecipientPseudonym(recipientPseudonym))
        {
            return null;
        }
        using var cipher = CipherFor(recipientId);
        return Prefix + Convert.ToHexStringLower(cipher.DecryptEcb(Convert.FromHexString(recipientPseudonym.AsSpan(RecipientPrefix.Length)), PaddingMode.None));
    }

    public const string RecipientPrefix = "pr-";

    /// <summary>True when the value has the shape of a partner's own pseudonym ("pr-" and 32 lower-case hex digits).</summary>
    public static bool IsRecipientPseudonym(string? value) => value is not null && RecipientPseudonymPattern().IsMatch(value);

    // A single 16-byte block under ECB is AES itself, a keyed permutation: deterministic on purpose, no chaining to get wrong.
    private Aes CipherFor(string recipientId)
    {
        var cipher = Aes.Create();
        cipher.Key = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"recipient-pseudonym-key\n{recipientId}"));
        return cipher;
    }

    /// <summary>True when the value has the shape of a subject pseudonym (so never a BSN).</summary>
    public static bool IsPseudonym(string? value) => value is not null && PseudonymPattern().IsMatch(value);

    [GeneratedRegex(@"^ps-[0-9a-f]{32}\z")]
    private static partial Regex PseudonymPattern();

    [GeneratedRegex(@"^pr-[0-9a-f]{32}\z")]
    private static partial Regex RecipientPseudonymPattern();
}
