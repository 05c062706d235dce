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
// DEMO ONLY: the embedded run's signal pseudonym key and the editable policy in seeds/; a deployment sets its own secret key.
builder.Configuration["Hub:Signals:PseudonymKey"] ??= "nUhkV2SKyrccDf+ghj8i3eyBDjM+7i4lFe4UD281YEA=";
builder.Configuration["Hub:Signals:PoliciesFile"] ??= Path.Combine(builder.Configuration["Hub:SeedsDirectory"]!, "signal-policies.json");
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
