using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Planning;
using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>Reads planning.yaml: a plan's milestones with their dates, and when they were done.</summary>
public static class PlanningImporter
{
    public const string FileName = "planning.yaml";

    /// <summary>The milestones, unsaved; call after the plan is saved (they refer to its id).</summary>
    public static IReadOnlyList<Milestone> Read(ContentFile files, string folder, Plan plan, ImportErrors errors)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || files.ReadYaml<PlanningFile>(path) is not { } file)
        {
            return [];
        }

        var name = files.Relative(path);
        return file.Milestones.Select((entry, i) => Read(entry, $"mijlpalen[{i + 1}]", plan, name, errors)).ToList();
    }

    private static Milestone Read(PlanningFile.MilestoneEntry entry, string field, Plan plan, string file, ImportErrors errors)
    {
        var title = errors.Require(entry.Title, $"{field}.titel", file);
        if (title.Length > Milestone.TitleMaxLength || entry.Description?.Length > Milestone.DescriptionMaxLength)
        {
            errors.Add(file, $"{field}: de titel is ten hoogste {Milestone.TitleMaxLength} en de toelichting ten hoogste {Milestone.DescriptionMaxLength} tekens.");
        }

        if (entry.Date is null)
        {
            errors.Add(file, $"veld '{field}.datum' ontbreekt.");
        }

        if (entry.ReminderDays is { } days && Milestone.ValidateReminderDays(days) is { } problem)
        {
            errors.Add(file, $"veld '{field}.herinnering': {problem}");
        }

        return new Milestone
        {
            PlanId = plan.Id,
            Title = title,
            Description = string.IsNullOrWhiteSpace(entry.Description) ? null : entry.Description.Trim(),
            DueOn = UnitImporter.ParseDate(entry.Date, $"veld '{field}.datum'", file, errors) ?? default,
            CompletedOn = UnitImporter.ParseDate(entry.CompletedOn, $"veld '{field}.afgerond'", file, errors),
            ReminderDaysBefore = entry.NoReminder ? null : entry.ReminderDays ?? Milestone.DefaultReminderDays,
        };
    }

    /// <summary>The shape of planning.yaml.</summary>
    public class PlanningFile
    {
        [YamlMember(Alias = "mijlpalen")] public List<MilestoneEntry> Milestones { get; set; } = [];

        public class MilestoneEntry
        {
            [YamlMember(Alias = "titel")] public string? Title { get; set; }
            [YamlMember(Alias = "datum")] public string? Date { get; set; }
            [YamlMember(Alias = "afgerond")] public string? CompletedOn { get; set; }
            [YamlMember(Alias = "toelichting")] public string? Description { get; set; }

            /// <summary>Days before the date those responsible are reminded; 7 when not given.</summary>
            [YamlMember(Alias = "herinnering")] public int? ReminderDays { get; set; }
            [YamlMember(Alias = "geenHerinnering")] public bool NoReminder { get; set; }
        }
    }
}
