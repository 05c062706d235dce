using Hub.Gateway;
using Hub.JobMatching;
using Hub.Local;
using Hub.Messaging.Storage;
using Hub.Operations;
using Hub.Portal;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;
using Hub.Signals;

var builder = WebApplication.CreateBuilder(args);
builder.AddEmbeddedDefaults();
builder.AddServiceDefaults();
builder.AddGateway();
builder.AddJobMatching();
builder.AddSignals();
builder.AddPartnerAdapters();
builder.AddOperations();
builder.AddPortal();
builder.AddHubMessaging(bus =>
{
    bus.AddGatewayConsumersAndClients();
    bus.AddJobMatchingConsumers();
    bus.AddSignalsConsumers();
    bus.AddPartnerAdapterConsumers();
    bus.AddOperationsConsumers();
});
builder.Services.AddHostedService<DemoDataLoader>();

var app = builder.Build();
app.UseOperations();
app.UsePortal();
app.UseGateway();
app.MapDefaultEndpoints();
app.MapGateway();
app.MapOperations();
app.MapPortal();
app.Lifetime.ApplicationStarted.Register(() => Banner.Print(app));
return app.RunOrMigrate(args);
