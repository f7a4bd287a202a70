using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Importing;

/// <summary>Reads a plan folder (docs/content-format.md) into a new, unsaved plan of an existing unit.</summary>
public class PlanImporter(BeleidsplanDbContext db)
{
    public async Task<Plan> ReadAsync(ContentFile files, string folder, ImportErrors errors)
    {
        var path = Path.Combine(folder, "plan.md");
        var name = files.Relative(path);
        var (meta, summary) = files.ReadMarkdown<PlanFile>(path);
        meta ??= new PlanFile();
        var plan = new Plan
        {
            Slug = errors.RequireSlug(meta.Slug, "slug", name),
            Title = errors.Require(meta.Title, "titel", name),
            ShortName = errors.Require(meta.ShortName, "korteNaam", name),
            FirstYear = meta.FirstYear ?? 0,
            LastYear = meta.LastYear ?? 0,
            LegalBasis = meta.LegalBasis,
            Status = errors.Lookup(Codes.PlanStatuses, meta.Status, "status", name) ?? default,
            Summary = summary.Length == 0 ? null : summary,
            AdoptedOn = UnitImporter.ParseDate(meta.AdoptedOn, "veld 'vastgesteldOp'", name, errors),
            AdoptedBy = meta.AdoptedBy,
            ExtendedToYear = meta.ExtendedTo,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        await ResolveReferencesAsync(plan, meta, name, errors);

        plan.Chapters = ReadChapters(files, Path.Combine(folder, "hoofdstukken"), plan, errors);
        var lva = await db.LvaThemes.ToDictionaryAsync(t => t.Slug);
        plan.Priorities = ReadPriorities(files, Path.Combine(folder, "prioriteiten"), plan, lva, errors);
        plan.PriorityRelations = ReadRelations(meta, plan, name, errors);
        return plan;
    }

    private async Task ResolveReferencesAsync(Plan plan, PlanFile meta, string file, ImportErrors errors)
    {
        if (meta.FirstYear is null || meta.LastYear is null)
        {
            errors.Add(file, "velden 'eersteJaar' en 'laatsteJaar' zijn verplicht.");
        }
        else if (Plan.ValidatePeriod(plan.FirstYear, plan.LastYear) is { } periodError)
        {
            errors.Add(file, periodError);
        }

        if (plan.ExtendedToYear is { } extended && extended <= plan.LastYear)
        {
            errors.Add(file, $"veld 'verlengdTot' ({extended}) moet na het laatste jaar ({plan.LastYear}) liggen.");
        }

        var unit = await db.PoliceUnits.SingleOrDefaultAsync(u => u.Slug == meta.Unit);
        if (unit is null)
        {
            errors.Add(file, $"veld 'eenheid': eenheid '{meta.Unit}' bestaat niet.");
        }
        else
        {
            plan.PoliceUnitId = unit.Id;
        }

        if (!string.IsNullOrWhiteSpace(meta.PreviousPlan))
        {
            plan.PreviousPlan = await db.Plans.SingleOrDefaultAsync(p => p.Slug == meta.PreviousPlan);
            if (plan.PreviousPlan is null)
            {
                errors.Add(file, $"veld 'vorigPlan': plan '{meta.PreviousPlan}' bestaat niet.");
            }
        }
    }

    private static List<Chapter> ReadChapters(ContentFile files, string folder, Plan plan, ImportErrors errors)
    {
        var chapters = new List<Chapter>();
        foreach (var (path, index) in OrderedFiles(folder, "*.md").Select((p, i) => (p, i)))
        {
            var name = files.Relative(path);
            var (meta, body) = files.ReadMarkdown<ChapterFile>(path);
            meta ??= new ChapterFile();
            var chapter = new Chapter
            {
                Position = index + 1,
                Slug = errors.RequireSlug(meta.Slug ?? Slugs.FromFileName(path), "slug", name),
                Title = errors.Require(meta.Title, "titel", name),
                Kind = errors.Lookup(Codes.ChapterKinds, meta.Kind, "soort", name, ChapterKind.Text) ?? default,
                Body = body.Length == 0 ? null : body,
            };
            if (meta.Parent is { } parent)
            {
                chapter.Parent = chapters.FirstOrDefault(c => c.Slug == parent);
                if (chapter.Parent is null)
                {
                    errors.Add(name, $"veld 'ouder': hoofdstuk '{parent}' komt niet eerder in de volgorde voor.");
                }
            }

            chapters.Add(chapter);
        }

        ReportDuplicates(chapters.Select(c => c.Slug), files.Relative(folder), "hoofdstuk", errors);
        foreach (var reserved in chapters.Where(c => Urls.ReservedChapterSlugs.Contains(c.Slug)))
        {
            errors.Add(files.Relative(folder), $"hoofdstuk '{reserved.Slug}' heeft een gereserveerde naam; kies een andere slug.");
        }

        if (chapters.Count(c => c.Kind == ChapterKind.Priorities) > 1)
        {
            errors.Add(files.Relative(folder), "er mag maar één hoofdstuk van soort 'prioriteiten' zijn.");
        }

        return chapters;
    }

    private static List<Priority> ReadPriorities(
        ContentFile files, string folder, Plan plan, Dictionary<string, LvaTheme> lva, ImportErrors errors)
    {
        var priorities = new List<Priority>();
        if (!Directory.Exists(folder))
        {
            return priorities;
        }

        foreach (var (directory, index) in Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select((d, i) => (d, i)))
        {
            var path = Path.Combine(directory, "prioriteit.md");
            if (!File.Exists(path))
            {
                errors.Add(files.Relative(directory), "prioriteit.md ontbreekt.");
                continue;
            }

            var name = files.Relative(path);
            var (meta, body) = files.ReadMarkdown<ThemeFile>(path);
            meta ??= new ThemeFile();
            var priority = new Priority
            {
                Position = index + 1,
                Number = meta.Number ?? index + 1,
                Slug = errors.RequireSlug(meta.Slug ?? Slugs.FromFileName(directory), "slug", name),
                Title = errors.Require(meta.Title, "titel", name),
                Sections = ThemeSectionParser.Parse(body, name, errors),
            };
            foreach (var slug in meta.Lva)
            {
                if (lva.TryGetValue(slug, out var theme))
                {
                    priority.LvaLinks.Add(new PriorityLvaLink { LvaTheme = theme });
                }
                else
                {
                    errors.Add(name, $"veld 'lva': thema '{slug}' staat niet in de Landelijke Veiligheidsagenda.");
                }
            }

            ThemeItems.Add(plan, priority, null, meta, name, errors);
            priority.SubThemes = ReadSubThemes(files, directory, plan, priority, errors);
            priorities.Add(priority);
        }

        ReportDuplicates(priorities.Select(p => p.Slug), files.Relative(folder), "prioriteit", errors);
        return priorities;
    }

    private static List<SubTheme> ReadSubThemes(ContentFile files, string directory, Plan plan, Priority priority, ImportErrors errors)
    {
        var subThemes = new List<SubTheme>();
        var paths = OrderedFiles(directory, "*.md").Where(p => Path.GetFileName(p) != "prioriteit.md");
        foreach (var (path, index) in paths.Select((p, i) => (p, i)))
        {
            var name = files.Relative(path);
            var (meta, body) = files.ReadMarkdown<ThemeFile>(path);
            meta ??= new ThemeFile();
            var subTheme = new SubTheme
            {
                Plan = plan,
                Priority = priority,
                Position = index + 1,
                Slug = errors.RequireSlug(meta.Slug ?? Slugs.FromFileName(path), "slug", name),
                Title = errors.Require(meta.Title, "titel", name),
                Sections = ThemeSectionParser.Parse(body, name, errors),
            };
            ThemeItems.Add(plan, priority, subTheme, meta, name, errors);
            subThemes.Add(subTheme);
        }

        ReportDuplicates(subThemes.Select(s => s.Slug), files.Relative(directory), "deelthema", errors);
        return subThemes;
    }

    private static List<PriorityRelation> ReadRelations(PlanFile meta, Plan plan, string file, ImportErrors errors)
    {
        var bySlug = plan.Priorities.GroupBy(p => p.Slug).ToDictionary(g => g.Key, g => g.First());
        var relations = new List<PriorityRelation>();
        foreach (var (entry, index) in meta.Relations.Select((r, i) => (r, i + 1)))
        {
            var from = entry.From is null ? null : bySlug.GetValueOrDefault(entry.From);
            var to = entry.To is null ? null : bySlug.GetValueOrDefault(entry.To);
            if (from is null || to is null)
            {
                errors.Add(file, $"relaties[{index}]: prioriteit '{(from is null ? entry.From : entry.To)}' bestaat niet in dit plan.");
                continue;
            }

            relations.Add(new PriorityRelation
            {
                FromPriority = from,
                ToPriority = to,
                Description = errors.Require(entry.Description, $"relaties[{index}].toelichting", file),
            });
        }

        return relations;
    }

    private static IEnumerable<string> OrderedFiles(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal) : [];

    private static void ReportDuplicates(IEnumerable<string> slugs, string folder, string what, ImportErrors errors)
    {
        foreach (var duplicate in slugs.Where(s => s.Length > 0).GroupBy(s => s).Where(g => g.Count() > 1))
        {
            errors.Add(folder, $"{what} '{duplicate.Key}' komt meer dan eens voor.");
        }
    }
}
