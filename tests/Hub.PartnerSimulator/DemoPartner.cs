namespace Hub.PartnerSimulator;

/// <summary>A demo partner system: its name, the URL it listens on, and its webhook secret (DEMO ONLY).</summary>
public sealed record DemoPartner(string Name, string Url, string Secret);
