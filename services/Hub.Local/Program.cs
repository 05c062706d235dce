using Hub.Gateway;
using Hub.JobMatching;
using Hub.Local;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;
using Hub.Signals;

var builder = WebApplication.CreateBuilder(args);
builder.AddEmbeddedDefaults();
builder.AddServiceDefaults();
builder.AddGateway();
builder.AddJobMatching();
builder.AddSignals();
builder.AddHubMessaging(bus =>
{
    bus.AddGatewayClients();
    bus.AddJobMatchingConsumers();
    bus.AddSignalsConsumers();
});
builder.Services.AddHostedService<DemoDataLoader>();

var app = builder.Build();
app.UseGateway();
app.MapDefaultEndpoints();
app.MapGateway();
app.Lifetime.ApplicationStarted.Register(() => Banner.Print(app));
app.Run();
