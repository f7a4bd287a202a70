using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Domain.Planning;

/// <summary>
/// A dated step in the making of a plan (seed 000: 90% ready mid-June, views from the councils until
/// mid-October, adoption on 9 November). Those responsible get a reminder some days before.
/// </summary>
public class Milestone : IPlanContent, IVersioned
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int DefaultReminderDays = 7;

    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? CompletedOn { get; set; }

    /// <summary>How many days before <see cref="DueOn"/> those responsible get an e-mail; null for none.</summary>
    public int? ReminderDaysBefore { get; set; } = DefaultReminderDays;
    public DateTimeOffset? ReminderSentAt { get; set; }
    public List<MilestoneResponsible> Responsibles { get; set; } = [];

    public bool IsOverdue(DateOnly today) => CompletedOn is null && today > DueOn;
}

/// <summary>A user responsible for a milestone.</summary>
public class MilestoneResponsible
{
    public int Id { get; set; }
    public int MilestoneId { get; set; }
    public required string UserId { get; set; }
    public Accounts.User? User { get; set; }
}
