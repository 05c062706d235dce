using System.Security.Cryptography;
using System.Text;

namespace Hub.PartnerIntegration.Translation;

/// <summary>Name-based ids (RFC 9562 version 8 from SHA-256): the same parts always give the same id.</summary>
public static class StableId
{
    public static Guid From(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
