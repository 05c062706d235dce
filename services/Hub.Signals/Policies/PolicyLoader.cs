namespace Hub.Signals.Policies;

/// <summary>Loads the policy before the bus starts, so an invalid policy stops the service at start with its message.</summary>
internal sealed class PolicyLoader(IServiceProvider services, ILogger<PolicyLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var policy = services.GetRequiredService<SignalPolicy>();
        logger.LogInformation("Signal policy {Version} in force: {Categories} categories, {Organisations} organisations",
            policy.Version, policy.Categories.Count, policy.Organisations.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
