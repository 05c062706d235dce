using Hub.Messaging.Storage;
using Hub.Portal;
using Hub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPortal();

var app = builder.Build();
app.UsePortal();
app.MapDefaultEndpoints();
app.MapPortal();
app.MapGet("/", () => Results.Redirect(PortalServiceExtensions.PathBase + "/"));
return await PortalCommands.RunAsync(app, args) ?? app.RunOrMigrate(args);
