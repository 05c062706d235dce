using Hub.ServiceDefaults;
using Microsoft.AspNetCore.Builder;

namespace Hub.Gateway.Tests;

/// <summary>Hub:SecretsDirectory, as Docker secrets or a Kubernetes secret volume mount them: a file per setting.</summary>
public sealed class Reading_secrets_from_files : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-secrets-").FullName;

    [Fact]
    public void A_secret_file_wins_over_the_environment_and_a_missing_folder_stops_the_start()
    {
        File.WriteAllText(Path.Combine(_directory, "RabbitMq__Password"), "from-the-file");
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["RabbitMq:Password"] = "from-the-environment";
        builder.Configuration[ServiceDefaultsExtensions.SecretsDirectoryKey] = _directory;
        var missing = WebApplication.CreateBuilder();
        missing.Configuration[ServiceDefaultsExtensions.SecretsDirectoryKey] = Path.Combine(_directory, "not-mounted");

        builder.AddServiceDefaults();

        Assert.Equal("from-the-file", builder.Configuration["RabbitMq:Password"]);
        Assert.Throws<DirectoryNotFoundException>(() => missing.AddServiceDefaults());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
