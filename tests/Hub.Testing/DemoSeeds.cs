namespace Hub.Testing;

/// <summary>The public demo secrets that go with the files in seeds/ (see seeds/README.md); tests and Development only.</summary>
public static class DemoSeeds
{
    /// <summary>The <c>Hub:ApiKeys:HashKey</c> under which seeds/partners.json holds its API key hashes.</summary>
    public const string ApiKeyHashKey = "DEMO-ONLY-api-key-hash-key-see-seeds-README";
}
