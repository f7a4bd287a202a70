using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beleidsplan.Web.Domain.Versions;

/// <summary>
/// The content of a plan at one moment, kept as JSON in a <see cref="PlanVersion"/>. Ids are the
/// working copy's, so a part (a chapter, priority or sub-theme) can be followed from version to
/// version even when its title changes. <see cref="Restore"/> gives the same entity graph the
/// public pages render, detached from the database.
/// </summary>
public record PlanSnapshot(
    string Title,
    string ShortName,
    int FirstYear,
    int LastYear,
    int? ExtendedToYear,
    string? LegalBasis,
    string? Summary,
    IReadOnlyList<ChapterSnapshot> Chapters,
    IReadOnlyList<PrioritySnapshot> Priorities,
    IReadOnlyList<RelationSnapshot> Relations)
{
    // Enums by name, so a version made today still reads after an enum gains a member.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PlanSnapshot Capture(Plan plan) => new(
        plan.Title, plan.ShortName, plan.FirstYear, plan.LastYear, plan.ExtendedToYear, plan.LegalBasis, plan.Summary,
        [.. plan.Chapters.OrderBy(c => c.Position).Select(c => new ChapterSnapshot(c.Id, c.ParentId, c.Position, c.Slug, c.Title, c.Kind, c.Body))],
        [.. plan.Priorities.OrderBy(p => p.Position).Select(PrioritySnapshot.Capture)],
        [.. plan.PriorityRelations.Select(r => new RelationSnapshot(r.FromPriorityId, r.ToPriorityId, r.Description))]);

    public static PlanSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PlanSnapshot>(json, Json) ?? throw new InvalidOperationException("Lege versie.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The version as a plan graph: the live plan row gives identity, unit, status and the decisions' dates.</summary>
    public Plan Restore(Plan live)
    {
        var plan = new Plan
        {
            Id = live.Id,
            PoliceUnitId = live.PoliceUnitId,
            PoliceUnit = live.PoliceUnit,
            Slug = live.Slug,
            Title = Title,
            ShortName = ShortName,
            FirstYear = FirstYear,
            LastYear = LastYear,
            ExtendedToYear = live.ExtendedToYear ?? ExtendedToYear, // an extension is a decision on the live plan
            LegalBasis = LegalBasis,
            Summary = Summary,
            Status = live.Status,
            AdoptedOn = live.AdoptedOn,
            AdoptedBy = live.AdoptedBy,
            OfferedToMinisterOn = live.OfferedToMinisterOn,
            PreviousPlanId = live.PreviousPlanId,
            PreviousPlan = live.PreviousPlan,
            StrengthFormationId = live.StrengthFormationId, // the formation link is live data, like the changes
            UpdatedAt = live.UpdatedAt,
        };
        plan.Chapters = [.. Chapters.Select(c => c.Restore(plan.Id))];
        plan.Priorities = [.. Priorities.Select(p => p.Restore(plan.Id))];
        plan.PriorityRelations = [.. Relations.Select(r => new PriorityRelation
        {
            PlanId = plan.Id,
            FromPriorityId = r.FromPriorityId,
            ToPriorityId = r.ToPriorityId,
            Description = r.Description,
        })];
        return plan;
    }
}

public record ChapterSnapshot(int Id, int? ParentId, int Position, string Slug, string Title, ChapterKind Kind, string? Body)
{
    public Chapter Restore(int planId) =>
        new() { Id = Id, PlanId = planId, ParentId = ParentId, Position = Position, Slug = Slug, Title = Title, Kind = Kind, Body = Body };
}

public record SectionsSnapshot(string? Introduction, string? Meaning, string? Problem, string? WhyPriority, string? Ambition, string? Approach)
{
    public static SectionsSnapshot Capture(ThemeSections s) => new(s.Introduction, s.Meaning, s.Problem, s.WhyPriority, s.Ambition, s.Approach);

    public ThemeSections Restore() => new()
    {
        Introduction = Introduction,
        Meaning = Meaning,
        Problem = Problem,
        WhyPriority = WhyPriority,
        Ambition = Ambition,
        Approach = Approach,
    };
}

public record SubThemeSnapshot(int Id, int Position, string Slug, string Title, SectionsSnapshot Sections);

public record GoalSnapshot(int Id, int? SubThemeId, int Position, string Text, string? Indicator, decimal? TargetValue, string? TargetUnit, int? TargetYear);

public record ActivitySnapshot(int Id, int? SubThemeId, int Position, ActivityKind Kind, string Title, string? Description);

public record LvaSnapshot(int Id, string Slug, string Name, int FirstYear, int LastYear);

public record RelationSnapshot(int FromPriorityId, int ToPriorityId, string Description);

public record PrioritySnapshot(
    int Id,
    int Position,
    int Number,
    string Slug,
    string Title,
    SectionsSnapshot Sections,
    IReadOnlyList<SubThemeSnapshot> SubThemes,
    IReadOnlyList<GoalSnapshot> Goals,
    IReadOnlyList<ActivitySnapshot> Activities,
    IReadOnlyList<LvaSnapshot> Lva)
{
    public static PrioritySnapshot Capture(Priority p) => new(
        p.Id, p.Position, p.Number, p.Slug, p.Title, SectionsSnapshot.Capture(p.Sections),
        [.. p.SubThemes.OrderBy(s => s.Position).Select(s => new SubThemeSnapshot(s.Id, s.Position, s.Slug, s.Title, SectionsSnapshot.Capture(s.Sections)))],
        [.. p.Goals.OrderBy(g => g.Position).Select(g => new GoalSnapshot(g.Id, g.SubThemeId, g.Position, g.Text, g.Indicator, g.TargetValue, g.TargetUnit, g.TargetYear))],
        [.. p.Activities.OrderBy(a => a.Position).Select(a => new ActivitySnapshot(a.Id, a.SubThemeId, a.Position, a.Kind, a.Title, a.Description))],
        [.. p.LvaLinks.Where(l => l.LvaTheme is not null).Select(l => new LvaSnapshot(l.LvaTheme!.Id, l.LvaTheme.Slug, l.LvaTheme.Name, l.LvaTheme.FirstYear, l.LvaTheme.LastYear))]);

    public Priority Restore(int planId)
    {
        var subThemes = SubThemes.Select(s => new SubTheme
        {
            Id = s.Id,
            PlanId = planId,
            PriorityId = Id,
            Position = s.Position,
            Slug = s.Slug,
            Title = s.Title,
            Sections = s.Sections.Restore(),
        }).ToList();
        var byId = subThemes.ToDictionary(s => s.Id);
        return new Priority
        {
            Id = Id,
            PlanId = planId,
            Position = Position,
            Number = Number,
            Slug = Slug,
            Title = Title,
            Sections = Sections.Restore(),
            SubThemes = subThemes,
            Goals = [.. Goals.Select(g => new Goal
            {
                Id = g.Id, PlanId = planId, PriorityId = Id, SubThemeId = g.SubThemeId, SubTheme = Lookup(byId, g.SubThemeId), Position = g.Position,
                Text = g.Text, Indicator = g.Indicator, TargetValue = g.TargetValue, TargetUnit = g.TargetUnit, TargetYear = g.TargetYear,
            })],
            Activities = [.. Activities.Select(a => new Activity
            {
                Id = a.Id, PlanId = planId, PriorityId = Id, SubThemeId = a.SubThemeId, SubTheme = Lookup(byId, a.SubThemeId), Position = a.Position,
                Kind = a.Kind, Title = a.Title, Description = a.Description,
            })],
            LvaLinks = [.. Lva.Select(l => new PriorityLvaLink
            {
                PriorityId = Id, LvaThemeId = l.Id, LvaTheme = new LvaTheme { Id = l.Id, Slug = l.Slug, Name = l.Name, FirstYear = l.FirstYear, LastYear = l.LastYear },
            })],
        };
    }

    private static SubTheme? Lookup(Dictionary<int, SubTheme> byId, int? id) => id is { } key ? byId.GetValueOrDefault(key) : null;
}
