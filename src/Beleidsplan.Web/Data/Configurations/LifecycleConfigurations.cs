using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class PlanDecisionConfiguration : IEntityTypeConfiguration<PlanDecision>
{
    public void Configure(EntityTypeBuilder<PlanDecision> builder)
    {
        builder.Property(d => d.Body).HasMaxLength(PlanDecision.BodyMaxLength);
        builder.Property(d => d.Reason).HasMaxLength(PlanDecision.ReasonMaxLength);
        builder.Property(d => d.RecordedBy).HasMaxLength(300);
        builder.HasOne<Plan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.PlanVersion).WithMany().HasForeignKey(d => d.PlanVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Document).WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class CouncilHearingConfiguration : IEntityTypeConfiguration<CouncilHearing>
{
    public void Configure(EntityTypeBuilder<CouncilHearing> builder)
    {
        builder.Property(h => h.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(h => h.OutcomeText).HasMaxLength(CouncilHearing.OutcomeTextMaxLength);
        builder.Property(h => h.RegisteredBy).HasMaxLength(300);
        builder.HasOne<Plan>().WithMany().HasForeignKey(h => h.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.Municipality).WithMany().HasForeignKey(h => h.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.Round).WithMany().HasForeignKey(h => h.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.DecisionDocument).WithMany().HasForeignKey(h => h.DecisionDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.Reaction).WithMany().HasForeignKey(h => h.ReactionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.PlanId, h.MunicipalityId }).IsUnique();
        builder.Ignore(h => h.IsHeard);
    }
}

public class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(m => m.Title).HasMaxLength(Milestone.TitleMaxLength);
        builder.Property(m => m.Description).HasMaxLength(Milestone.DescriptionMaxLength);
        builder.HasOne<Plan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Responsibles).WithOne().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.PlanId, m.DueOn });
        builder.HasIndex(m => new { m.PlanId, m.CreationKey }).IsUnique();
    }
}

public class MilestoneResponsibleConfiguration : IEntityTypeConfiguration<MilestoneResponsible>
{
    public void Configure(EntityTypeBuilder<MilestoneResponsible> builder)
    {
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.MilestoneId, r.UserId }).IsUnique();
    }
}
