namespace Hub.Operations.Live;

public sealed record QueueView(string Name, long Depth, int Consumers, double PublishRate, double DeliverRate);
