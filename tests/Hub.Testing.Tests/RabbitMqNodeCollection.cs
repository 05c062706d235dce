namespace Hub.Testing.Tests;

[CollectionDefinition(Name)]
public sealed class RabbitMqNodeCollection : ICollectionFixture<RabbitMqNodeFixture>
{
    public const string Name = "A running RabbitMQ node";
}
