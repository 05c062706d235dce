using Hub.Portal.Access;
using Hub.Portal.Organisations;

namespace Hub.Portal;

/// <summary>
/// `Hub.Portal invite-admin ORGANISATION-ID EMAIL NAME`: makes an invitation for an organisation's first administrator and
/// prints the link's path (to append to the portal's address and hand over in person or by the organisation's own mail).
/// </summary>
public static class PortalCommands
{
    public const string InviteAdministrator = "invite-admin";

    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        if (args is not [InviteAdministrator, var organisationId, var email, .. var name])
        {
            return null;
        }
        foreach (var migrator in app.Services.GetServices<Hub.Messaging.Storage.IDatabaseMigrator>())
        {
            await migrator.MigrateAsync(CancellationToken.None);
        }
        if (app.Services.GetRequiredService<OrganisationDirectory>().Find(organisationId) is null)
        {
            await Console.Error.WriteLineAsync($"No partner organisation {organisationId} in Hub:PartnersFile.");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var secret = await scope.ServiceProvider.GetRequiredService<PortalUsers>()
            .InviteAdministratorAsync(organisationId, email, string.Join(' ', name), CancellationToken.None);
        if (secret is null)
        {
            await Console.Error.WriteLineAsync($"{email} has a portal account already.");
            return 3;
        }
        Console.WriteLine($"{PortalServiceExtensions.PathBase}/account/invitation?code={secret}");
        return 0;
    }
}
