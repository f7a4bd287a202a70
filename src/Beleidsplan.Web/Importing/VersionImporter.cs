using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Importing;

/// <summary>
/// Reads versies.yaml: the versions a plan went through, oldest first, the last being the text in
/// its files. A version's edits turn the text of the version after it into its own, so each step
/// reads as what changed between two versions, and the content is built from the files backwards.
/// Without the file, a plan gets the one version <see cref="InitialVersion"/> gives it.
/// </summary>
public class VersionImporter
{
    public const string FileName = "versies.yaml";

    /// <summary>The plan's versions, numbered 1..n; call after the plan is saved, so the content carries its ids.</summary>
    public IReadOnlyList<PlanVersion> Read(ContentFile files, string folder, Plan plan, ImportErrors errors, DateTimeOffset now)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return InitialVersion.For(plan, now) is { } initial ? [initial] : [];
        }

        var name = files.Relative(path);
        var file = files.ReadYaml<VersionFile>(path);
        if (file is null)
        {
            return [];
        }

        if (file.Versions.Count == 0)
        {
            errors.Add(name, "veld 'versies' ontbreekt of is leeg.");
            return [];
        }

        var versions = file.Versions.Select((entry, i) => Describe(entry, i, plan, name, errors, now)).ToList();
        CheckTogether(versions, name, errors);
        var content = PlanSnapshot.Capture(plan);
        for (var i = versions.Count - 1; i >= 0; i--)
        {
            var source = i == versions.Count - 1 ? "de tekst in de bestanden" : $"de tekst van versie '{versions[i + 1].Label}'";
            foreach (var (edit, j) in file.Versions[i].Edits.Select((e, j) => (e, j + 1)))
            {
                content = SnapshotEditor.Apply(content, edit, out var problem);
                if (problem is not null)
                {
                    var field = edit.Field is null ? "" : $", veld '{edit.Field}'";
                    errors.Add(name, $"{Name(versions[i], i)}, wijzigingen[{j}] ({edit.Describe()}{field}): {problem} (gezocht in {source})");
                }
            }

            versions[i].Snapshot = content.ToJson();
        }

        return versions;
    }

    private static PlanVersion Describe(VersionFile.VersionEntry entry, int index, Plan plan, string file, ImportErrors errors, DateTimeOffset now)
    {
        var field = $"versies[{index + 1}]";
        var version = new PlanVersion
        {
            Plan = plan,
            Number = index + 1,
            Label = errors.Require(entry.Label, $"{field}.label", file),
            Date = UnitImporter.ParseDate(entry.Date, $"veld '{field}.datum'", file, errors) ?? default,
            Note = string.IsNullOrWhiteSpace(entry.Note) ? null : entry.Note.Trim(),
            Snapshot = "",
            FrozenAt = now,
            FrozenBy = "Import",
            IsPublished = entry.Published,
        };
        if (entry.Date is null)
        {
            errors.Add(file, $"veld '{field}.datum' ontbreekt.");
        }

        if (version.Label.Length > PlanVersion.LabelMaxLength || version.Note?.Length > PlanVersion.NoteMaxLength)
        {
            errors.Add(file, $"{field}: het label is ten hoogste {PlanVersion.LabelMaxLength} en de toelichting ten hoogste {PlanVersion.NoteMaxLength} tekens.");
        }

        if (entry.Adopted is { } adopted)
        {
            var on = UnitImporter.ParseDate(adopted.On, $"veld '{field}.vastgesteld.op'", file, errors);
            var by = errors.Require(adopted.By, $"{field}.vastgesteld.door", file);
            if (by.Length > 300)
            {
                errors.Add(file, $"veld '{field}.vastgesteld.door' is langer dan 300 tekens.");
            }
            if (on is null && adopted.On is null)
            {
                errors.Add(file, $"veld '{field}.vastgesteld.op' ontbreekt.");
            }
            else if (on is { } date && plan.AdoptedOn is { } planDate && date != planDate)
            {
                errors.Add(file, $"{field}.vastgesteld.op ({date:yyyy-MM-dd}) wijkt af van 'vastgesteldOp' in plan.md ({planDate:yyyy-MM-dd}).");
            }

            if (on is { } day && by.Length > 0)
            {
                version.MarkAdopted(day, by);
            }
        }

        return version;
    }

    private static void CheckTogether(List<PlanVersion> versions, string file, ImportErrors errors)
    {
        var published = versions.Count(v => v.IsPublished);
        if (published != 1)
        {
            errors.Add(file, $"precies één versie heeft 'gepubliceerd: true'; nu zijn dat er {published}.");
        }

        foreach (var label in versions.Where(v => v.Label.Length > 0).GroupBy(v => v.Label).Where(g => g.Count() > 1))
        {
            errors.Add(file, $"het label '{label.Key}' komt meer dan eens voor.");
        }

        for (var i = 1; i < versions.Count; i++)
        {
            if (versions[i].Date != default && versions[i - 1].Date != default && versions[i].Date < versions[i - 1].Date)
            {
                errors.Add(file, $"{Name(versions[i], i)}: de datum ({versions[i].Date:yyyy-MM-dd}) ligt voor die van de versie ervoor; zet de versies op volgorde, de oudste eerst.");
            }
        }
    }

    private static string Name(PlanVersion version, int index) =>
        version.Label.Length > 0 ? $"versie '{version.Label}'" : $"versies[{index + 1}]";
}
