using Hub.PartnerIntegration.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Police.Storage;

/// <summary>The police adapter's own database: imports, webhook deliveries, inbox and outbox.</summary>
public sealed class PoliceDb(DbContextOptions<PoliceDb> options) : PartnerAdapterDb(options);
