using System.Security.Cryptography;

namespace Hub.Testing;

/// <summary>
/// Random names for the virtual hosts and databases a test creates, in lower-case letters only. A random hex tail
/// can hold nine digits in a row that pass the 11-check; such a name then travels in every message address, audit
/// entry and trace of its test, and the leak scan rightly reads it as a BSN.
/// </summary>
public static class UniqueName
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary><paramref name="prefix"/>, an underscore or dash as given, then twelve random letters (26^12 names: no clash).</summary>
    public static string Of(string prefix) => prefix + RandomNumberGenerator.GetString(Letters, 12);
}
