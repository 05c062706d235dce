using Hub.JobMatching;
using Hub.Messaging.Storage;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddJobMatching();
builder.AddHubMessaging(bus => bus.AddJobMatchingConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
return app.RunOrMigrate(args);
