using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Domain;

/// <summary>A regional priority (theme) of a plan.</summary>
public class Priority : IPlanContent, IVersioned
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public int Position { get; set; }
    public int Number { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public ThemeSections Sections { get; set; } = new();
    public List<SubTheme> SubThemes { get; set; } = [];
    public List<Goal> Goals { get; set; } = [];
    public List<Activity> Activities { get; set; } = [];
    public List<PriorityLvaLink> LvaLinks { get; set; } = [];
}

public class SubTheme : IPlanContent, IVersioned
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int PriorityId { get; set; }
    public Priority? Priority { get; set; }
    public int Position { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public ThemeSections Sections { get; set; } = new();
}

/// <summary>The sections every theme and sub-theme has in the plan (seed 002), all in Markdown.</summary>
public class ThemeSections
{
    public string? Introduction { get; set; }
    public string? Meaning { get; set; }
    public string? Problem { get; set; }
    public string? WhyPriority { get; set; }
    public string? Ambition { get; set; }
    public string? Approach { get; set; }
}

public class PriorityRelation : IPlanContent
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int FromPriorityId { get; set; }
    public Priority? FromPriority { get; set; }
    public int ToPriorityId { get; set; }
    public Priority? ToPriority { get; set; }
    public required string Description { get; set; }
}
