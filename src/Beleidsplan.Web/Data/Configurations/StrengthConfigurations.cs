using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class FormationConfiguration : IEntityTypeConfiguration<Formation>
{
    public void Configure(EntityTypeBuilder<Formation> builder)
    {
        builder.Property(f => f.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(f => f.Title).HasMaxLength(Formation.TitleMaxLength);
        builder.Property(f => f.Source).HasMaxLength(Formation.SourceMaxLength);
        builder.Property(f => f.ImportedBy).HasMaxLength(300);
        builder.HasOne<PoliceUnit>().WithMany().HasForeignKey(f => f.PoliceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Nodes).WithOne().HasForeignKey(n => n.FormationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Findings).WithOne().HasForeignKey(n => n.FormationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.PoliceUnitId, f.ReferenceDate }).IsUnique();
        builder.HasIndex(f => new { f.PoliceUnitId, f.ImportKey }).IsUnique();
    }
}

public class FormationNodeConfiguration : IEntityTypeConfiguration<FormationNode>
{
    public void Configure(EntityTypeBuilder<FormationNode> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(FormationNode.NameMaxLength);
        builder.HasOne<District>().WithMany().HasForeignKey(n => n.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BasicTeam>().WithMany().HasForeignKey(n => n.BasicTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.FormationId, n.Position }).IsUnique();
        builder.Ignore(n => n.Own);
    }
}

public class FormationFindingConfiguration : IEntityTypeConfiguration<FormationFinding>
{
    public void Configure(EntityTypeBuilder<FormationFinding> builder)
    {
        builder.Property(f => f.Table).HasMaxLength(200);
        builder.Property(f => f.NodeName).HasMaxLength(FormationNode.NameMaxLength);
        builder.Property(f => f.Message).HasMaxLength(FormationFinding.MessageMaxLength);
        builder.HasIndex(f => new { f.FormationId, f.Position }).IsUnique();
        builder.Ignore(f => f.Difference);
    }
}

public class PlannedStrengthChangeConfiguration : IEntityTypeConfiguration<PlannedStrengthChange>
{
    public void Configure(EntityTypeBuilder<PlannedStrengthChange> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(c => c.NodePath).HasMaxLength(PlannedStrengthChange.PathMaxLength);
        builder.Property(c => c.Function).HasMaxLength(PlannedStrengthChange.FunctionMaxLength);
        builder.Property(c => c.Reason).HasMaxLength(PlannedStrengthChange.ReasonMaxLength);
        builder.Property(c => c.Decision).HasMaxLength(PlannedStrengthChange.DecisionMaxLength);
        builder.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PlanId, c.Position });
        builder.HasIndex(c => new { c.PlanId, c.CreationKey }).IsUnique();
    }
}
