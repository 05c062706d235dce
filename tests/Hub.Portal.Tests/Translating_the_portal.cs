using System.Text.RegularExpressions;
using Hub.Portal.Texts;
using Hub.Testing;

namespace Hub.Portal.Tests;

/// <summary>Dutch is the portal's language; English must be complete, or an English user meets Dutch in the middle of a page.</summary>
public sealed partial class Translating_the_portal
{
    private static readonly string Portal = Path.Combine(RepositoryPaths.RepoRoot, "services", "Hub.Portal");

    [Fact]
    public void Every_dutch_text_a_page_uses_has_an_english_translation()
    {
        var used = Directory.EnumerateFiles(Portal, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TextUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["dutch"].Value))
            .ToHashSet();

        Assert.True(used.Count > 150, $"only {used.Count} texts found: is the pattern still right?");
        var missing = used.Where(dutch => !PortalTexts.English.ContainsKey(dutch)).Order().ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Every_code_has_dutch_and_english_words()
    {
        var missing = PortalTexts.Codes.Where(c => !PortalTexts.English.ContainsKey(c.Value)).Select(c => c.Key).ToList();

        Assert.True(missing.Count == 0, "No English for the codes: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_gateway_messages_it_translates_are_ones_the_gateway_writes()
    {
        var gateway = string.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.RepoRoot, "services", "Hub.Gateway"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText));

        var stale = PortalTexts.GatewayInDutch.Keys.Where(message => !gateway.Contains(message, StringComparison.Ordinal)).ToList();

        Assert.True(stale.Count == 0, "The gateway no longer writes: " + string.Join(" | ", stale));
    }

    // T["..."] in pages and page models (T.Code and T.Gateway take codes and gateway messages, checked above).
    [GeneratedRegex("""\bT\["(?<dutch>[^"]+)"\]""")]
    private static partial Regex TextUse();
}
