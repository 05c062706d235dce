using System.Security.Cryptography;
using System.Text;
using Hub.Signals.Options;
using Microsoft.Extensions.Options;

namespace Hub.Signals.Routing;

/// <summary>
/// Gives each recipient its own pseudonym for a resident: "rp-" + base32 of HMAC-SHA256(key, organisation + Hub
/// pseudonym), so two recipients cannot join their data on it. The Hub keeps the mapping back in its database.
/// Base32 (a-z, 2-7) has no run of nine digits that a BSN scanner could mistake for a BSN.
/// </summary>
public sealed class RecipientPseudonyms(SignalsDb db, IOptions<SignalsOptions> options, TimeProvider clock)
{
    public const string Prefix = "rp-";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private readonly byte[] _key = Convert.FromBase64String(options.Value.PseudonymKey);

    /// <summary>The recipient's pseudonym for a Hub pseudonym; records the mapping (FindAsync also sees links added in this unit of work).</summary>
    public async Task<string> For(string organisationId, string hubPseudonym, CancellationToken cancellationToken)
    {
        var pseudonym = Compute(organisationId, hubPseudonym);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.PseudonymLinks.FindAsync([organisationId, pseudonym], cancellationToken) is { } link)
        {
            link.LastUsedAt = now;
            return pseudonym;
        }
        db.PseudonymLinks.Add(new PseudonymLink
        {
            RecipientOrganisation = organisationId,
            RecipientPseudonym = pseudonym,
            SubjectPseudonym = hubPseudonym,
            CreatedAt = now,
            LastUsedAt = now,
        });
        return pseudonym;
    }

    public string Compute(string organisationId, string hubPseudonym)
    {
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{organisationId}\n{hubPseudonym}"));
        return Prefix + Base32(hash.AsSpan(0, 20));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length * 8 / 5);
        for (var bit = 0; bit + 5 <= bytes.Length * 8; bit += 5)
        {
            var value = ((bytes[bit / 8] << 8 | (bit / 8 + 1 < bytes.Length ? bytes[bit / 8 + 1] : 0)) >> (11 - bit % 8)) & 31;
            text.Append(Alphabet[value]);
        }
        return text.ToString();
    }
}
