using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class PriorityConfiguration : IEntityTypeConfiguration<Priority>
{
    public void Configure(EntityTypeBuilder<Priority> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.ToTable("Priorities");
        builder.Property(p => p.Slug).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.HasIndex(p => new { p.PlanId, p.Slug }).IsUnique();
        builder.ComplexProperty(p => p.Sections);
        builder.HasMany(p => p.SubThemes).WithOne(s => s.Priority).HasForeignKey(s => s.PriorityId);
        builder.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PriorityId);
        builder.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.PriorityId);
        builder.HasMany(p => p.LvaLinks).WithOne().HasForeignKey(l => l.PriorityId);
    }
}

public class SubThemeConfiguration : IEntityTypeConfiguration<SubTheme>
{
    public void Configure(EntityTypeBuilder<SubTheme> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(s => s.Slug).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.HasIndex(s => new { s.PriorityId, s.Slug }).IsUnique();
        builder.HasOne(s => s.Plan).WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(s => s.Sections);
    }
}

public class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.Property(g => g.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(g => g.Indicator).HasMaxLength(300);
        builder.Property(g => g.TargetUnit).HasMaxLength(50);
        builder.HasOne(g => g.Plan).WithMany().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.SubTheme).WithMany().HasForeignKey(g => g.SubThemeId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(g => g.IsMeasurable);
    }
}

public class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.HasOne(a => a.Plan).WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.SubTheme).WithMany().HasForeignKey(a => a.SubThemeId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

public class PriorityRelationConfiguration : IEntityTypeConfiguration<PriorityRelation>
{
    public void Configure(EntityTypeBuilder<PriorityRelation> builder)
    {
        builder.HasOne(r => r.FromPriority).WithMany().HasForeignKey(r => r.FromPriorityId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ToPriority).WithMany().HasForeignKey(r => r.ToPriorityId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

public class LvaThemeConfiguration : IEntityTypeConfiguration<LvaTheme>
{
    public void Configure(EntityTypeBuilder<LvaTheme> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(100);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}

public class PriorityLvaLinkConfiguration : IEntityTypeConfiguration<PriorityLvaLink>
{
    public void Configure(EntityTypeBuilder<PriorityLvaLink> builder)
    {
        builder.HasKey(l => new { l.PriorityId, l.LvaThemeId });
        builder.HasOne(l => l.LvaTheme).WithMany().HasForeignKey(l => l.LvaThemeId);
    }
}
