using Hub.Operations.Options;
using Hub.ServiceDefaults.Hosting;
using Hub.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Hub.Operations.Failures;

/// <summary>
/// One AMQP connection (RabbitMQ.Client) for moving messages between error queues and their queues,
/// opened lazily with the bus's address and credentials, so MassTransit's own connections are untouched.
/// </summary>
public sealed class BrokerConnection(IOptions<RabbitMqOptions> rabbit) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    public async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not { IsOpen: true })
            {
                var settings = rabbit.Value;
                var factory = new ConnectionFactory
                {
                    HostName = settings.Host,
                    Port = settings.Port,
                    VirtualHost = settings.VirtualHost,
                    UserName = settings.Username,
                    Password = settings.Password,
                    ClientProvidedName = "Hub.Operations error-queue mover",
                };
                if (settings.UseTls)
                {
                    factory.Ssl = new SslOption
                    {
                        Enabled = true,
                        ServerName = settings.Host,
                        CertificateValidationCallback = settings.CaCertificateFile is { } caFile ? PrivateCertificateAuthority.Validator(caFile) : null,
                    };
                }
                _connection = await factory.CreateConnectionAsync(cancellationToken);
            }
            // Publisher confirms: a message is acknowledged on its error queue only after the broker took it elsewhere.
            return await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _gate.Dispose();
    }
}
