using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Importing;

/// <summary>
/// Loads a content folder (the demo data by default) through the importers, all or nothing.
/// Units, LVA themes and plans that already exist (by slug) are left as they are.
/// </summary>
public class DemoDataLoader(
    BeleidsplanDbContext db, UnitImporter units, PlanImporter plans, VersionImporter versions, ConsultationImporter consultations, IConfiguration configuration,
    DecisionImporter decisions)
{
    public string DefaultFolder =>
        configuration["DemoData:Path"] ?? Path.Combine(AppContext.BaseDirectory, "Content", "Demo");

    public async Task<string> LoadAsync(string? folder = null)
    {
        folder ??= DefaultFolder;
        if (!Directory.Exists(folder))
        {
            throw new ImportException([$"{folder}: de map met gegevens bestaat niet."]);
        }

        var errors = new ImportErrors();
        var files = new ContentFile(folder, errors);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var lvaCount = await LoadLvaAsync(files, errors);
        var unitCount = await LoadUnitsAsync(files, errors);
        var planCount = await LoadPlansAsync(files, errors);
        errors.ThrowIfAny();
        await transaction.CommitAsync();
        return $"{lvaCount} LVA-thema's, {unitCount} eenheden, {planCount} plannen";
    }

    private async Task<int> LoadLvaAsync(ContentFile files, ImportErrors errors)
    {
        var path = Path.Combine(files.Root, "lva.yaml");
        if (!File.Exists(path))
        {
            return 0;
        }

        var lva = files.ReadYaml<LvaFile>(path) ?? new LvaFile();
        var existing = await db.LvaThemes.Select(t => t.Slug).ToListAsync();
        var added = lva.Themes.Where(t => !existing.Contains(t.Slug ?? "")).Select((t, i) => new LvaTheme
        {
            Slug = errors.RequireSlug(t.Slug, $"themas[{i + 1}].slug", files.Relative(path)),
            Name = errors.Require(t.Name, $"themas[{i + 1}].naam", files.Relative(path)),
            FirstYear = lva.FirstYear,
            LastYear = lva.LastYear,
        }).ToList();
        db.LvaThemes.AddRange(added);
        await SaveIfValidAsync(errors);
        return added.Count;
    }

    private async Task<int> LoadUnitsAsync(ContentFile files, ImportErrors errors)
    {
        var count = 0;
        foreach (var folder in SubFolders(files.Root, "eenheden"))
        {
            var unit = units.Read(files, folder, errors);
            if (!await db.PoliceUnits.AnyAsync(u => u.Slug == unit.Slug))
            {
                db.PoliceUnits.Add(unit);
                count++;
            }
        }

        await SaveIfValidAsync(errors);
        return count;
    }

    private async Task<int> LoadPlansAsync(ContentFile files, ImportErrors errors)
    {
        var pending = SubFolders(files.Root, "plannen").ToList();
        var count = 0;
        while (pending.Count > 0)
        {
            // A plan is read once the plan it follows exists, so the order of folders does not matter.
            var ready = pending.FirstOrDefault(f => PreviousPlanOf(f) is not { } previous
                || db.Plans.Local.Any(p => p.Slug == previous) || db.Plans.Any(p => p.Slug == previous)
                || pending.All(other => SlugOf(other) != previous));
            ready ??= pending[0];
            pending.Remove(ready);
            if (await db.Plans.AnyAsync(p => p.Slug == SlugOf(ready)))
            {
                continue;
            }

            var plan = await plans.ReadAsync(files, ready, errors);
            db.Plans.Add(plan);
            await SaveIfValidAsync(errors);

            // Versions freeze the saved plan (its ids); rounds refer to the versions.
            var planVersions = versions.Read(files, ready, plan, errors, DateTimeOffset.UtcNow);
            db.PlanVersions.AddRange(planVersions);
            await SaveIfValidAsync(errors);
            db.PlanDecisions.AddRange(decisions.Read(files, ready, plan, planVersions, errors, DateTimeOffset.UtcNow));
            db.ConsultationRounds.AddRange(await consultations.ReadAsync(files, ready, plan, planVersions, errors));
            db.Milestones.AddRange(PlanningImporter.Read(files, ready, plan, errors));
            db.PlannedStrengthChanges.AddRange(StrengthChangeImporter.Read(files, ready, plan, errors));
            await SaveIfValidAsync(errors);
            await new CouncilImporter(db).AddAsync(files, ready, plan, planVersions, errors);
            await SaveIfValidAsync(errors);
            await StrengthImporter.AddAsync(db, files, ready, plan, errors);

            count++;
        }

        return count;
    }

    private async Task SaveIfValidAsync(ImportErrors errors)
    {
        if (!errors.Any)
        {
            await db.SaveChangesAsync();
        }
    }

    private static string? SlugOf(string planFolder) => FrontMatterValue(planFolder, "slug");

    private static string? PreviousPlanOf(string planFolder) => FrontMatterValue(planFolder, "vorigPlan");

    private static string? FrontMatterValue(string planFolder, string key)
    {
        var path = Path.Combine(planFolder, "plan.md");
        return File.Exists(path)
            ? File.ReadLines(path).Skip(1).TakeWhile(l => l != "---")
                .Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
                .Select(l => l[(key.Length + 1)..].Trim().Trim('"', '\'')).FirstOrDefault() // YAML may quote it
            : null;
    }

    private static IEnumerable<string> SubFolders(string root, string name)
    {
        var folder = Path.Combine(root, name);
        return Directory.Exists(folder) ? Directory.GetDirectories(folder).Order(StringComparer.Ordinal) : [];
    }
}
