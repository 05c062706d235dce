using Hub.Messaging.Storage;
using Hub.Operations;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddOperations();
builder.AddHubMessaging(bus => bus.AddOperationsConsumers());

var app = builder.Build();
app.UseOperations();
app.MapDefaultEndpoints();
app.MapOperations();
app.MapGet("/", () => Results.Redirect(OperationsServiceExtensions.PathBase + "/"));
return app.RunOrMigrate(args);
