using Hub.Testing;

namespace Hub.SystemTests.Reliability;

/// <summary>Made-up residents: unique BSNs that pass the 11-check, so the gateway accepts them and a leak of one would be found.</summary>
internal sealed class TestResidents(int seed)
{
    private int _next = 100_000_000 + (seed % 1_000) * 700_000;
    private readonly Lock _gate = new();

    public string NextBsn()
    {
        lock (_gate)
        {
            while (true)
            {
                var candidate = (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (BsnScanner.PassesElevenCheck(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
