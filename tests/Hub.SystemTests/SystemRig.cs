using Xunit.Abstractions;
using Xunit.Sdk;

namespace Hub.SystemTests;

/// <summary>The rig as xunit's collection fixture: one for all system tests, its leak scan report among xunit's diagnostics.</summary>
public sealed class SystemRig(IMessageSink diagnostics) : HubRig(report => diagnostics.OnMessage(new DiagnosticMessage(report))), IAsyncLifetime;

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemRig>
{
    public const string Name = "system";
}
