using Hub.PartnerIntegration.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Housing.Storage;

/// <summary>The housing adapter's own database: imports, webhook deliveries, inbox and outbox.</summary>
public sealed class HousingDb(DbContextOptions<HousingDb> options) : PartnerAdapterDb(options);
