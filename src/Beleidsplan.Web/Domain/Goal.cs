using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Domain;

/// <summary>What a priority (or one of its sub-themes) wants to achieve; optionally measurable.</summary>
public class Goal : IPlanContent, IVersioned
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int PriorityId { get; set; }
    public int? SubThemeId { get; set; }
    public SubTheme? SubTheme { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public string? Indicator { get; set; }
    public decimal? TargetValue { get; set; }
    public string? TargetUnit { get; set; }
    public int? TargetYear { get; set; }

    public bool IsMeasurable => Indicator is not null && TargetValue is not null;
}

/// <summary>A line of action, sub-project or activity under a priority or sub-theme.</summary>
public class Activity : IPlanContent, IVersioned
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int PriorityId { get; set; }
    public int? SubThemeId { get; set; }
    public SubTheme? SubTheme { get; set; }
    public int Position { get; set; }
    public ActivityKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
}

public enum ActivityKind
{
    Activity,
    LineOfAction,
    SubProject,
}

public static class ActivityKindText
{
    public static string ToDutch(this ActivityKind kind) => kind switch
    {
        ActivityKind.Activity => "Activiteit",
        ActivityKind.LineOfAction => "Actielijn",
        ActivityKind.SubProject => "Deelproject",
    };

    public static string ToCode(this ActivityKind kind) => kind switch
    {
        ActivityKind.Activity => "activiteit",
        ActivityKind.LineOfAction => "actielijn",
        ActivityKind.SubProject => "deelproject",
    };
}
