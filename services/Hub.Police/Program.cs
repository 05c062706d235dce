using Hub.Messaging.Storage;
using Hub.Police;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPolice();
builder.AddHubMessaging(bus => bus.AddPoliceConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
return app.RunOrMigrate(args);
