namespace Hub.Gateway.Tests;

/// <summary>The gateway of the tests holding the partner portal's signing key (<see cref="PortalTokens.Key"/>).</summary>
public sealed class PortalGateway : IDisposable
{
    public GatewayApplication App { get; } = new() { Settings = { ["Hub:Gateway:PortalTokens:SigningKey"] = PortalTokens.Key } };

    public void Dispose() => App.Dispose();
}
