using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(p => p.Slug).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.ShortName).HasMaxLength(50);
        builder.Property(p => p.LegalBasis).HasMaxLength(500);
        builder.Property(p => p.AdoptedBy).HasMaxLength(300);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasOne(p => p.PoliceUnit).WithMany(u => u.Plans).HasForeignKey(p => p.PoliceUnitId);
        builder.HasOne(p => p.StrengthFormation).WithMany().HasForeignKey(p => p.StrengthFormationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.PreviousPlan).WithMany().HasForeignKey(p => p.PreviousPlanId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Chapters).WithOne().HasForeignKey(c => c.PlanId);
        builder.HasMany(p => p.Priorities).WithOne().HasForeignKey(p => p.PlanId);
        builder.HasMany(p => p.PriorityRelations).WithOne().HasForeignKey(r => r.PlanId);
        builder.Ignore(p => p.EffectiveLastYear);
        builder.Ignore(p => p.PeriodLabel);
    }
}

public class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.HasIndex(c => new { c.PlanId, c.Slug }).IsUnique();
        builder.HasOne(c => c.Parent).WithMany(c => c.Children).HasForeignKey(c => c.ParentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
