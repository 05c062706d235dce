using Hub.LoadTests.Peer;

// The Hub's vacancy intake on Wolverine, a yardstick the load harness starts beside the Hub (docs/performance.md).
var builder = WebApplication.CreateBuilder(args);
builder.AddPeer();
var app = builder.Build();
await app.Services.GetRequiredService<PeerStore>().CreateSchemaAsync(CancellationToken.None);
await app.Services.GetRequiredService<PeerMatching>().LoadAsync(CancellationToken.None);
app.UseAuthentication();
app.UseAuthorization();
app.MapPeerEndpoints();
await app.RunAsync();
