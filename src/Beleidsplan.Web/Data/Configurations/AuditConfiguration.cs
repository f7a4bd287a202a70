using Beleidsplan.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.ItemType).HasMaxLength(100);
        builder.Property(a => a.ItemKey).HasMaxLength(100);
        builder.Property(a => a.ItemLabel).HasMaxLength(300);
        builder.HasIndex(a => new { a.PlanId, a.At });
        builder.HasIndex(a => new { a.ItemType, a.ItemKey });
        builder.HasIndex(a => new { a.PoliceUnitId, a.At });
        builder.HasIndex(a => a.UserId);
    }
}
