using System.Text;
using System.Text.RegularExpressions;
using Hub.Testing;

namespace Hub.Testing.Rig;

/// <summary>
/// Scans what the system tests left behind for personal data: BSNs (nine digits passing the 11-check) and the names
/// of the test residents. Each source is a piece of text with a place name; a hit names the place, never the value.
/// </summary>
public static partial class LeakScan
{
    /// <summary>The residents' names the tests use as contact details; the only places they may appear are the accepted proposal's contact.</summary>
    public static readonly string[] ResidentNames = ["Example Resident", "Sanne de Vries", "Example Person"];

    // PostgreSQL's text form of bytea; decoded before the scan, so a BSN inside a stored body is found.
    [GeneratedRegex(@"\\x([0-9a-f]{2})+", RegexOptions.CultureInvariant)]
    private static partial Regex ByteaHex();

    /// <summary>Where a BSN or a name was found (<paramref name="namesAllowed"/>: this source may hold contact names by design).</summary>
    public static IReadOnlyList<LeakHit> Scan(string place, string text, bool namesAllowed = false)
    {
        // BsnScanner leaves out nine digits inside GUIDs and hex ids (message, trace and span ids, keyed hashes).
        var readable = ByteaHex().Replace(text, m => Encoding.UTF8.GetString(Convert.FromHexString(m.Value[2..])));
        var hits = new List<LeakHit>();
        var bsns = BsnScanner.FindBsns(readable).Count;
        if (bsns > 0)
        {
            hits.Add(new LeakHit(place, "BSN", bsns));
        }
        if (!namesAllowed)
        {
            hits.AddRange(ResidentNames
                .Select(name => (name, count: Regex.Count(readable, Regex.Escape(name), RegexOptions.CultureInvariant)))
                .Where(n => n.count > 0)
                .Select(n => new LeakHit(place, "resident name", n.count)));
        }
        return hits;
    }
}

/// <summary>A leak: where, what kind, how many; no value.</summary>
public sealed record LeakHit(string Place, string Kind, int Count)
{
    public override string ToString() => $"{Place}: {Count} x {Kind}";
}
