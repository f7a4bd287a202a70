using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Strength;
using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>Reads sterktewijzigingen.yaml: a plan's planned strength changes, grouped by the decision they come from.</summary>
public static class StrengthChangeImporter
{
    public const string FileName = "sterktewijzigingen.yaml";

    /// <summary>The changes in file order, unsaved; call after the plan is saved (they refer to its id).</summary>
    public static IReadOnlyList<PlannedStrengthChange> Read(ContentFile files, string folder, Plan plan, ImportErrors errors)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || files.ReadYaml<ChangesFile>(path) is not { } file)
        {
            return [];
        }

        var name = files.Relative(path);
        var changes = new List<PlannedStrengthChange>();
        for (var d = 0; d < file.Decisions.Count; d++)
        {
            var group = file.Decisions[d];
            var decision = errors.Require(group.Decision, $"besluiten[{d + 1}].besluit", name);
            var reason = errors.Require(group.Reason, $"besluiten[{d + 1}].reden", name);
            var decidedOn = UnitImporter.ParseDate(group.DecidedOn, $"veld 'besluiten[{d + 1}].besluitdatum'", name, errors);
            for (var i = 0; i < group.Changes.Count; i++)
            {
                changes.Add(Read(group.Changes[i], $"besluiten[{d + 1}].wijzigingen[{i + 1}]", plan, decision, reason, changes.Count, name, errors));
                changes[^1].DecidedOn = decidedOn;
            }
        }

        return changes;
    }

    private static PlannedStrengthChange Read(ChangeEntry entry, string field, Plan plan, string decision, string reason, int position, string file, ImportErrors errors)
    {
        var path = errors.Require(entry.Path, $"{field}.pad", file);
        if (FteColumnText.FromDutch(entry.Category) is not { } category || category == FteColumn.Totaal)
        {
            errors.Add(file, $"veld '{field}.categorie': kies aspirant, wijkagent of overig.");
            category = FteColumn.Overig;
        }

        if (!DutchNumber.TryParse(entry.Fte, out var fte) || PlannedStrengthChange.ValidateFte(fte) is { } _)
        {
            errors.Add(file, $"veld '{field}.fte': '{entry.Fte}' is geen geldig aantal fte (schrijf bijvoorbeeld \"1,70\").");
        }

        return new PlannedStrengthChange
        {
            PlanId = plan.Id,
            Position = position,
            NodePath = string.Join(FormationTree.PathSeparator, path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
            Function = string.IsNullOrWhiteSpace(entry.Function) ? null : entry.Function.Trim(),
            PayScale = entry.PayScale,
            Category = category,
            Fte = fte,
            EffectiveOn = UnitImporter.ParseDate(entry.EffectiveOn, $"veld '{field}.ingangsdatum'", file, errors),
            Provisional = entry.Provisional,
            Reason = reason,
            Decision = decision,
        };
    }

    /// <summary>The shape of sterktewijzigingen.yaml.</summary>
    public class ChangesFile
    {
        [YamlMember(Alias = "besluiten")] public List<DecisionEntry> Decisions { get; set; } = [];
    }

    public class DecisionEntry
    {
        [YamlMember(Alias = "besluit")] public string? Decision { get; set; }
        [YamlMember(Alias = "reden")] public string? Reason { get; set; }
        [YamlMember(Alias = "besluitdatum")] public string? DecidedOn { get; set; }
        [YamlMember(Alias = "wijzigingen")] public List<ChangeEntry> Changes { get; set; } = [];
    }

    public class ChangeEntry
    {
        [YamlMember(Alias = "pad")] public string? Path { get; set; }
        [YamlMember(Alias = "functie")] public string? Function { get; set; }
        [YamlMember(Alias = "schaal")] public int? PayScale { get; set; }
        [YamlMember(Alias = "categorie")] public string? Category { get; set; }
        [YamlMember(Alias = "fte")] public string? Fte { get; set; }
        [YamlMember(Alias = "ingangsdatum")] public string? EffectiveOn { get; set; }
        [YamlMember(Alias = "voorlopig")] public bool Provisional { get; set; }
    }
}
