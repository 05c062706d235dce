using System.Runtime.InteropServices;
using Hub.PartnerSimulator;

// The demo's partner systems (seeds/simulated-partners.json): each on its own port, printing what it receives, until
// Ctrl+C or SIGTERM.
var file = args.FirstOrDefault(a => a.EndsWith(".json", StringComparison.Ordinal)) ?? Path.Combine(AppContext.BaseDirectory, "simulated-partners.json");
var demos = System.Text.Json.JsonSerializer.Deserialize<DemoPartner[]>(File.ReadAllText(file), System.Text.Json.JsonSerializerOptions.Web) ?? [];

using var stopping = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.Cancel();
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

var printed = new Dictionary<SimulatedPartner, int>();
try
{
    foreach (var demo in demos)
    {
        var partner = await SimulatedPartner.StartAsync(demo.Secret, demo.Url);
        printed[partner] = 0;
        Console.WriteLine($"{demo.Name}: webhook {partner.WebhookUrl}");
    }
    using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1));
    while (await tick.WaitForNextTickAsync(stopping.Token))
    {
        foreach (var (partner, count) in printed.ToList())
        {
            var received = partner.Received;
            foreach (var delivery in received.Skip(count))
            {
                Console.WriteLine($"{partner.WebhookUrl} <- {delivery.Event} {delivery.DeliveryId} (signature valid)");
            }
            printed[partner] = received.Count;
        }
    }
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
}
finally
{
    foreach (var partner in printed.Keys)
    {
        await partner.DisposeAsync();
    }
}
Console.WriteLine("Simulated partners stopped.");
