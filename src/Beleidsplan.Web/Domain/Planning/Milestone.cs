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

    /// <summary>The key of the form that made the milestone, unique per plan: a form sent twice makes one milestone.</summary>
    public Guid? CreationKey { get; set; }

    public bool IsOverdue(DateOnly today) => CompletedOn is null && today > DueOn;

    /// <summary>How many days ahead an open milestone counts as coming soon on the timeline.</summary>
    public const int SoonDays = 14;

    public MilestoneState StateOn(DateOnly today) =>
        CompletedOn is not null ? MilestoneState.Completed
        : IsOverdue(today) ? MilestoneState.Overdue
        : DueOn.DayNumber - today.DayNumber <= SoonDays ? MilestoneState.Soon
        : MilestoneState.Planned;

    /// <summary>The day the reminder is due; null when there is none (no reminder days, or done).</summary>
    public DateOnly? ReminderDueOn => CompletedOn is null && ReminderDaysBefore is { } days ? DueOn.AddDays(-days) : null;

    /// <summary>A reminder is sent once, from its day on, while the milestone is open.</summary>
    public bool NeedsReminder(DateOnly today) => ReminderSentAt is null && ReminderDueOn is { } day && today >= day;

    /// <summary>A new date is a new deadline: those responsible are reminded of it again.</summary>
    public void Reschedule(DateOnly dueOn)
    {
        if (dueOn != DueOn)
        {
            DueOn = dueOn;
            ReminderSentAt = null;
        }
    }

    public static string? ValidateReminderDays(int days) =>
        days < 0 ? "Het aantal dagen kan niet negatief zijn; laat het veld leeg voor geen herinnering."
        : days > 365 ? "Een herinnering kan hooguit 365 dagen vooraf."
        : null;
}

public enum MilestoneState
{
    Planned,
    Soon,
    Overdue,
    Completed,
}

public static class MilestoneStateText
{
    public static string ToDutch(this MilestoneState state) => state switch
    {
        MilestoneState.Planned => "Gepland",
        MilestoneState.Soon => "Binnenkort",
        MilestoneState.Overdue => "Te laat",
        MilestoneState.Completed => "Afgerond",
    };

    public static string ToCode(this MilestoneState state) => state switch
    {
        MilestoneState.Planned => "gepland",
        MilestoneState.Soon => "binnenkort",
        MilestoneState.Overdue => "te-laat",
        MilestoneState.Completed => "afgerond",
    };
}

/// <summary>A user responsible for a milestone.</summary>
public class MilestoneResponsible
{
    public int Id { get; set; }
    public int MilestoneId { get; set; }
    public required string UserId { get; set; }
    public Accounts.User? User { get; set; }
}
