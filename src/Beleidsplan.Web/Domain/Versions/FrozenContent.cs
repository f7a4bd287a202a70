using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Beleidsplan.Web.Domain.Versions;

/// <summary>
/// A version's content and a received reaction's words never change. The context refuses such a
/// change before it reaches the database; triggers in the database refuse it from anywhere else.
/// </summary>
public static class FrozenContent
{
    public static readonly string[] VersionFields =
        [nameof(PlanVersion.PlanId), nameof(PlanVersion.Number), nameof(PlanVersion.Label), nameof(PlanVersion.Date), nameof(PlanVersion.Note), nameof(PlanVersion.Snapshot)];

    public static readonly string[] ReactionFields =
        [nameof(Consultation.Reaction.RoundId), nameof(Consultation.Reaction.Text), nameof(Consultation.Reaction.Kind), nameof(Consultation.Reaction.Passage),
         nameof(Consultation.Reaction.RespondentName), nameof(Consultation.Reaction.SubmittedAt)];

    public static void RefuseChanges(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<PlanVersion>())
        {
            if (entry.State == EntityState.Deleted || (entry.State == EntityState.Modified && VersionFields.Any(f => entry.Property(f).IsModified)))
            {
                throw new DomainException("Een versie kan niet worden gewijzigd of verwijderd.");
            }
        }

        foreach (var entry in tracker.Entries<Consultation.Reaction>())
        {
            if (entry.State == EntityState.Deleted || (entry.State == EntityState.Modified && ReactionFields.Any(f => entry.Property(f).IsModified)))
            {
                throw new DomainException("Een ontvangen reactie blijft zoals zij is ontvangen.");
            }
        }
    }
}
