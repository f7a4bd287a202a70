using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Strength.Import;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>
/// Reads sterkteverdeling.yaml: the plan's formation as pasted tables (seed 002), imported through
/// the same reader, checks and store as the import page, and linked to the plan.
/// </summary>
public static class StrengthImporter
{
    public const string FileName = "sterkteverdeling.yaml";

    /// <summary>Imports the formation when the unit has none at that date yet; saves on its own (call after the plan is saved).</summary>
    public static async Task AddAsync(BeleidsplanDbContext db, ContentFile files, string folder, Plan plan, ImportErrors errors)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || files.ReadYaml<StrengthFile>(path) is not { } file)
        {
            return;
        }

        var name = files.Relative(path);
        var date = UnitImporter.ParseDate(file.ReferenceDate, "veld 'peildatum'", name, errors);
        var textPath = Path.Combine(folder, errors.Require(file.File, "bestand", name));
        if (date is null || !File.Exists(textPath))
        {
            errors.Add(name, $"peildatum ontbreekt of bestand '{file.File}' bestaat niet.");
            return;
        }

        if (await db.Formations.AnyAsync(f => f.PoliceUnitId == plan.PoliceUnitId && f.ReferenceDate == date))
        {
            return;
        }

        var unit = await db.PoliceUnits.Include(u => u.Districts).ThenInclude(d => d.BasicTeams).SingleAsync(u => u.Id == plan.PoliceUnitId);
        var draft = FormationReader.ReadText(await File.ReadAllTextAsync(textPath), new ImportOptions { UnitName = unit.Name, Mappings = file.Mappings });
        UnitLinker.Link(draft, unit.Districts);
        if (draft.ReferenceDate is { } stated && stated != date)
        {
            errors.Add(name, $"de tabellen noemen peildatum {stated:yyyy-MM-dd}, niet {date:yyyy-MM-dd}.");
        }

        draft.Errors.ForEach(e => errors.Add(files.Relative(textPath), e.ToString()));
        if (errors.Any)
        {
            return;
        }

        var source = new FormationStore.Source(unit.Id, date.Value, Guid.NewGuid(), file.Source ?? files.Relative(textPath), "Demogegevens", DateTimeOffset.UtcNow);
        await FormationStore.SaveAsync(db, draft, source, plan);
    }

    /// <summary>The shape of sterkteverdeling.yaml.</summary>
    public class StrengthFile
    {
        [YamlMember(Alias = "peildatum")] public string? ReferenceDate { get; set; }
        [YamlMember(Alias = "bestand")] public string? File { get; set; }
        [YamlMember(Alias = "bron")] public string? Source { get; set; }
        [YamlMember(Alias = "koppelingen")] public Dictionary<string, string> Mappings { get; set; } = [];
    }
}
