namespace Hub.Contracts.Signals;

/// <summary>Asks for the signal policy in force, so the gateway can validate and document signals and consents; answered with <see cref="SignalPolicyDescription"/>.</summary>
[Read]
public record GetSignalPolicy;
