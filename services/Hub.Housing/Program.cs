using Hub.Housing;
using Hub.Messaging.Storage;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddHousing();
builder.AddHubMessaging(bus => bus.AddHousingConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
return app.RunOrMigrate(args);
