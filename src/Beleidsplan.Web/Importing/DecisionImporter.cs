using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Domain.Versions;
using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>The shape of besluiten.yaml: a plan's decisions, oldest first (docs/content-format.md).</summary>
public class DecisionFile
{
    [YamlMember(Alias = "besluiten")] public List<Entry> Decisions { get; set; } = [];

    public class Entry
    {
        [YamlMember(Alias = "soort")] public string? Kind { get; set; }
        [YamlMember(Alias = "datum")] public string? Date { get; set; }
        [YamlMember(Alias = "orgaan")] public string? Body { get; set; }
        [YamlMember(Alias = "versie")] public string? Version { get; set; }
        [YamlMember(Alias = "reden")] public string? Reason { get; set; }
        [YamlMember(Alias = "verlengdTot")] public int? ExtendedTo { get; set; }
    }
}

/// <summary>
/// Reads besluiten.yaml. The decisions are replayed from 'in voorbereiding' with the same rules as the
/// workspace, so a demo file cannot skip a step the law orders; they must end at the status and
/// adoption date that plan.md gives.
/// </summary>
public class DecisionImporter
{
    public const string FileName = "besluiten.yaml";

    public IReadOnlyList<PlanDecision> Read(ContentFile files, string folder, Plan plan, IReadOnlyList<PlanVersion> versions, ImportErrors errors, DateTimeOffset now)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || files.ReadYaml<DecisionFile>(path) is not { } file)
        {
            return [];
        }

        var name = files.Relative(path);
        var replay = new Plan { Id = plan.Id, Slug = plan.Slug, Title = plan.Title, ShortName = plan.ShortName, FirstYear = plan.FirstYear, LastYear = plan.LastYear };
        var decisions = new List<PlanDecision>();
        foreach (var (entry, i) in file.Decisions.Select((e, i) => (e, i + 1)))
        {
            var field = $"besluiten[{i}]";
            var kind = DecisionKindText.FromCode(entry.Kind);
            var on = UnitImporter.ParseDate(entry.Date, $"veld '{field}.datum'", name, errors);
            var body = errors.Require(entry.Body, $"{field}.orgaan", name);
            var version = entry.Version is null ? null : versions.FirstOrDefault(v => v.Label == entry.Version);
            if (kind is null)
            {
                errors.Add(name, $"veld '{field}.soort' is '{entry.Kind}'; kies uit {string.Join(", ", Enum.GetValues<DecisionKind>().Select(k => k.ToCode()))}.");
            }

            if (entry.Version is not null && version is null)
            {
                errors.Add(name, $"veld '{field}.versie': versie '{entry.Version}' staat niet in {VersionImporter.FileName}.");
            }

            if (kind is not { } k || on is not { } day || body.Length == 0 || body.Length > PlanDecision.BodyMaxLength)
            {
                continue;
            }

            if (decisions.LastOrDefault() is { } previous && day < previous.DecidedOn)
            {
                errors.Add(name, $"{field}: de datum ligt vóór die van het besluit ervoor; zet de besluiten op volgorde, de oudste eerst.");
            }

            try
            {
                var decision = replay.Decide(k, day, body, "Import", now, entry.Reason, extendedToYear: entry.ExtendedTo);
                decision.PlanVersion = version;
                decisions.Add(decision);
            }
            catch (DomainException e)
            {
                errors.Add(name, $"{field} ({k.ToCode()}): {e.Message}");
            }
        }

        if (decisions.Count > 0 && replay.Status != plan.Status)
        {
            errors.Add(name, $"na de besluiten is het plan ‘{replay.Status.ToDutch()}’, maar plan.md zegt ‘{plan.Status.ToDutch()}’.");
        }

        if (replay.AdoptedOn is { } adopted && plan.AdoptedOn is { } planDate && adopted != planDate)
        {
            errors.Add(name, $"de vaststelling ({adopted:yyyy-MM-dd}) wijkt af van 'vastgesteldOp' in plan.md ({planDate:yyyy-MM-dd}).");
        }

        return decisions;
    }
}
