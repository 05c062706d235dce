using Hub.PartnerIntegration.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schools.Storage;

/// <summary>The schools adapter's own database: imports, webhook deliveries, inbox and outbox.</summary>
public sealed class SchoolsDb(DbContextOptions<SchoolsDb> options) : PartnerAdapterDb(options);
