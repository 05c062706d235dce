namespace Hub.Operations.Failures;

/// <summary>Failed messages with the same exception type and consumer: one problem, usually one fix.</summary>
public sealed record FailureGroupView(string GroupId, string ExceptionType, string? Consumer, string Queue, string MessageType, int Count,
    DateTime FirstSeen, DateTime LastSeen, string? SampleMessage);
