using Xunit.Abstractions;

namespace Hub.LoadTests;

/// <summary>Prints the rig's diagnostics (its leak scan after the run) where xunit would have collected them.</summary>
internal sealed class ConsoleMessageSink : IMessageSink
{
    public bool OnMessage(IMessageSinkMessage message)
    {
        if (message is IDiagnosticMessage diagnostic)
        {
            Console.WriteLine(diagnostic.Message);
        }
        return true;
    }
}
