namespace Hub.Local;

/// <summary>Copies seeds/exports/&lt;folder&gt;/*.csv into the demo partner's drop folder of the same name, once per start.</summary>
internal sealed class DemoExportsCopier(IConfiguration configuration, ILogger<DemoExportsCopier> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var exports = Path.Combine(configuration["Hub:SeedsDirectory"]!, "exports");
        foreach (var drop in PartnerDemo.DropFolders(configuration))
        {
            var samples = Path.Combine(exports, Path.GetFileName(drop));
            if (!Directory.Exists(samples))
            {
                continue;
            }
            Directory.CreateDirectory(drop);
            foreach (var file in Directory.EnumerateFiles(samples, "*.csv"))
            {
                // Copied beside the folder first, then moved in: the importer never sees half a file.
                var staging = Path.Combine(Path.GetDirectoryName(drop)!, Path.GetFileName(file) + ".copying");
                File.Copy(file, staging, overwrite: true);
                File.Move(staging, Path.Combine(drop, Path.GetFileName(file)), overwrite: true);
            }
            logger.LogInformation("Demo exports from {Samples} dropped into {DropFolder}", samples, drop);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
