using Microsoft.Extensions.Options;

namespace Hub.Signals.Tests.Policies;

public sealed class Starting_the_signals_service
{
    [Fact]
    public async Task Refuses_to_start_with_an_invalid_policy()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "signal-policies.json")).Replace("\"since\" ]", "\"sinse\" ]", StringComparison.Ordinal));
        try
        {
            await using var hub = new SignalsHost(new Dictionary<string, string?> { ["Hub:Signals:PoliciesFile"] = file });

            var error = await Assert.ThrowsAsync<InvalidDataException>(hub.StartAsync);

            Assert.Contains("field 'sinse' is not a field of the category", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Refuses_to_start_without_a_pseudonym_key_of_32_bytes()
    {
        await using var hub = new SignalsHost(new Dictionary<string, string?> { ["Hub:Signals:PseudonymKey"] = Convert.ToBase64String(new byte[16]) });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(hub.StartAsync);

        Assert.Contains("Hub:Signals:PseudonymKey", error.Message, StringComparison.Ordinal);
    }
}
