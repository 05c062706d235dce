namespace Hub.Testing.Rig;

public static class Settings
{
    /// <summary>Configuration keys as environment variables for a service process ("A:B" becomes "A__B").</summary>
    public static Dictionary<string, string?> AsEnvironment(params IEnumerable<KeyValuePair<string, string?>>[] parts)
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__MassTransit"] = "Warning",
        };
        foreach (var (key, value) in parts.SelectMany(p => p))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return environment;
    }

    public static Dictionary<string, string?> Merge(params IEnumerable<KeyValuePair<string, string?>>[] parts) =>
        parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);
}
