namespace Hub.Portal.Access;

/// <summary>Creates the configured first administrators once the portal's database is migrated (registered after its migrator).</summary>
internal sealed class AdministratorsAtStart(IServiceScopeFactory scopes, IOptions<PortalOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Administrators.Count == 0)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalUsers>().EnsureAdministratorsAsync(options.Value.Administrators, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
