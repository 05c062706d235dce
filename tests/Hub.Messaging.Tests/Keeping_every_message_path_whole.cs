using System.Reflection;
using System.Text.RegularExpressions;
using Hub.Contracts;
using Hub.Testing;

namespace Hub.Messaging.Tests;

/// <summary>
/// Every message in Hub.Contracts has both ends in services/ and a row in the message catalogue of docs/architecture.md:
/// a sender (the type is used in services/ code other than to consume it), a receiver (a consumer, or the requester of a
/// response), unless the catalogue says in its "to" column that nobody consumes it and why ("none: ...").
/// </summary>
public sealed partial class Keeping_every_message_path_whole
{
    private static readonly string Catalogue = CatalogueOf(File.ReadAllText(Path.Combine(RepositoryPaths.RepoRoot, "docs", "architecture.md")));
    private static readonly string Services = ServiceSources();

    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var type in MessageTypes())
        {
            data.Add(type.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_message_is_in_the_catalogue(string message) =>
        Assert.True(Catalogue.Contains($"`{message}`", StringComparison.Ordinal) || Catalogue.Contains($".{message}`", StringComparison.Ordinal),
            $"{message} is missing from the message catalogue in docs/architecture.md");

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_message_has_a_sender(string message)
    {
        var uses = Regex.Matches(Services, $@"\b{message}\b").Count - Regex.Matches(Services, $@"(IConsumer|ConsumeContext|Batch)<{message}>").Count;
        Assert.True(uses > 0, $"{message} is consumed but nothing in services/ sends it");
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_message_has_a_receiver_or_the_catalogue_says_why_not(string message)
    {
        var consumed = Regex.IsMatch(Services, $@"IConsumer<(Batch<)?{message}>")
            || Regex.IsMatch(Services, $@"(GetResponse|AskAsync)<[^>()]*\b{message}\b[^>()]*>");
        Assert.True(consumed || ReceiverColumnOf(message).StartsWith("none:", StringComparison.Ordinal),
            $"{message} is sent but nothing in services/ receives it, and the catalogue does not say why (\"none: ...\" in its to column)");
    }

    [Fact]
    public void The_checks_see_the_messages_and_the_services()
    {
        // Guards against a scan that finds nothing and so passes everything.
        Assert.Contains(nameof(Contracts.Matching.VacancyPublished), MessageTypes().Select(t => t.Name));
        Assert.DoesNotContain(nameof(Contracts.Matching.ProposalView), MessageTypes().Select(t => t.Name));
        Assert.Contains("IConsumer<VacancyPublished>", Services, StringComparison.Ordinal);
        Assert.StartsWith("none:", ReceiverColumnOf(nameof(Contracts.Partners.PartnerDeliveryFailed)), StringComparison.Ordinal);
    }

    /// <summary>Contracts that travel on their own: not the attributes and helpers, and not the parts of other messages (unless also consumed alone).</summary>
    private static IEnumerable<Type> MessageTypes()
    {
        var types = typeof(ReadAttribute).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !typeof(Attribute).IsAssignableFrom(t) && t.Namespace != typeof(ReadAttribute).Namespace)
            .ToList();
        var parts = types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)).SelectMany(p => TypesIn(p.PropertyType)).ToHashSet();
        return types.Where(t => !parts.Contains(t) || Regex.IsMatch(Services, $@"IConsumer<{t.Name}>")).OrderBy(t => t.Name);
    }

    private static IEnumerable<Type> TypesIn(Type type) =>
        type.IsArray ? TypesIn(type.GetElementType()!) : [type, .. type.GetGenericArguments().SelectMany(TypesIn)];

    private static string ReceiverColumnOf(string message) =>
        Catalogue.Split('\n').FirstOrDefault(row => row.StartsWith('|') && (row.Split('|')[1].Contains($"`{message}`", StringComparison.Ordinal)
            || row.Split('|')[1].Contains($".{message}`", StringComparison.Ordinal)))?.Split('|')[4].Trim() ?? "";

    private static string CatalogueOf(string architecture)
    {
        var start = architecture.IndexOf("## Message catalogue", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/architecture.md has no Message catalogue");
        var end = architecture.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return architecture[start..(end < 0 ? architecture.Length : end)];
    }

    private static string ServiceSources()
    {
        var services = Path.Combine(RepositoryPaths.RepoRoot, "services");
        var contracts = Path.Combine(services, "Hub.Contracts") + Path.DirectorySeparatorChar;
        var sources = Directory.EnumerateFiles(services, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(contracts, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        // Comments name messages without sending them.
        return string.Join('\n', sources.Select(s => LineComment().Replace(s, "")));
    }

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
