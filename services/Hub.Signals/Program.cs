using Hub.Messaging.Storage;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;
using Hub.Signals;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSignals();
builder.AddHubMessaging(bus => bus.AddSignalsConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
return app.RunOrMigrate(args);
