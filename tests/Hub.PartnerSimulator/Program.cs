using Hub.PartnerSimulator;

// The demo's partner systems (seeds/simulated-partners.json): each on its own port, printing what it receives.
var file = args.FirstOrDefault(a => a.EndsWith(".json", StringComparison.Ordinal)) ?? Path.Combine(AppContext.BaseDirectory, "simulated-partners.json");
var demos = System.Text.Json.JsonSerializer.Deserialize<DemoPartner[]>(File.ReadAllText(file), System.Text.Json.JsonSerializerOptions.Web) ?? [];
var printed = new Dictionary<SimulatedPartner, int>();
foreach (var demo in demos)
{
    var partner = await SimulatedPartner.StartAsync(demo.Secret, demo.Url);
    printed[partner] = 0;
    Console.WriteLine($"{demo.Name}: webhook {partner.WebhookUrl}");
}
while (true)
{
    await Task.Delay(TimeSpan.FromSeconds(1));
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
