using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class ConsultationRoundConfiguration : IEntityTypeConfiguration<ConsultationRound>
{
    public void Configure(EntityTypeBuilder<ConsultationRound> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(r => r.Title).HasMaxLength(ConsultationRound.TitleMaxLength);
        builder.Property(r => r.Introduction).HasMaxLength(ConsultationRound.IntroductionMaxLength);
        builder.Property(r => r.OpenLinkTokenHash).HasMaxLength(64);
        builder.Property(r => r.ClosedBy).HasMaxLength(300);
        builder.Property(r => r.ClosingNote).HasMaxLength(4000);
        builder.HasOne(r => r.Plan).WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.PlanVersion).WithMany().HasForeignKey(r => r.PlanVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.PreviousRound).WithMany().HasForeignKey(r => r.PreviousRoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Invitees).WithOne(i => i.Round).HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Reactions).WithOne(r => r.Round).HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.OpenLinkTokenHash).IsUnique();
        builder.HasIndex(r => new { r.PlanId, r.CreationKey }).IsUnique();
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.HasOpenLink);
    }
}

public class ConsultationInviteeConfiguration : IEntityTypeConfiguration<ConsultationInvitee>
{
    public void Configure(EntityTypeBuilder<ConsultationInvitee> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(ConsultationInvitee.NameMaxLength);
        builder.Property(i => i.Email).HasMaxLength(ConsultationInvitee.EmailMaxLength);
        builder.Property(i => i.OrganisationName).HasMaxLength(200);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.RoundId, i.Email }).IsUnique();
    }
}

public class ReactionConfiguration : IEntityTypeConfiguration<Reaction>
{
    public void Configure(EntityTypeBuilder<Reaction> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.RespondentName).HasMaxLength(ConsultationInvitee.NameMaxLength);
        builder.Property(r => r.RespondentEmail).HasMaxLength(ConsultationInvitee.EmailMaxLength);
        builder.Property(r => r.OrganisationName).HasMaxLength(200);
        builder.Property(r => r.RegisteredBy).HasMaxLength(300);
        builder.Property(r => r.PartTitle).HasMaxLength(500);
        builder.Property(r => r.Passage).HasMaxLength(Reaction.PassageMaxLength);
        builder.Property(r => r.Text).HasMaxLength(Reaction.TextMaxLength);
        builder.Property(r => r.HandlingNote).HasMaxLength(Reaction.HandlingNoteMaxLength);
        builder.Property(r => r.ChangedPartTitle).HasMaxLength(500);
        builder.Property(r => r.HandledBy).HasMaxLength(300);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Invitee).WithMany().HasForeignKey(r => r.InviteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Attachment).WithMany().HasForeignKey(r => r.AttachmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ChangedInVersion).WithMany().HasForeignKey(r => r.ChangedInVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RoundId, r.SubmissionKey }).IsUnique();
        builder.Ignore(r => r.Part);
        builder.Ignore(r => r.ChangedPart);
        builder.Ignore(r => r.IsCritical);
    }
}
