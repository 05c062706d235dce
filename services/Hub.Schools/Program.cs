using Hub.Messaging.Storage;
using Hub.Schools;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSchools();
builder.AddHubMessaging(bus => bus.AddSchoolsConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
return app.RunOrMigrate(args);
