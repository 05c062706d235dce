using Hub.Gateway;
using Hub.Messaging.Storage;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();
builder.AddHubMessaging(bus => bus.AddGatewayConsumersAndClients());

var app = builder.Build();
app.UseGateway();
app.MapDefaultEndpoints();
app.MapGateway();
return app.RunOrMigrate(args);
