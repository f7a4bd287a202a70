using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Tests.Strength.Import;

/// <summary>The four formation tables of seed 002 as the demo ships them, and what their import must report.</summary>
public static class SeedFormation
{
    public static string Text => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Content", "Demo", "plannen", "imv-noord-holland-2024-2027", "formatie-2023-10-01.txt"));

    public static readonly Dictionary<string, string> Mappings = new()
    {
        ["Politiechef"] = "Eenheid Noord-Holland",
        ["Staf Regionale Eenheid NH"] = "Staf regionale eenheid",
    };

    /// <summary>Every check finding on seed 002 (kind, part, column, published, computed), verified by hand; nothing else.</summary>
    public static readonly (FindingKind Kind, string Node, FteColumn Column, decimal Published, decimal Computed)[] Expected =
    [
        (FindingKind.RowTotalDiffers, "Afdeling Analyse en Onderzoek", FteColumn.Totaal, 58.26m, 58.25m),
        (FindingKind.TotalDiffers, "Dienst Regionale Intelligenceorganisatie", FteColumn.Overig, 248.82m, 248.81m),
        (FindingKind.RowTotalDiffers, "Afdeling Specialistische Ondersteuning", FteColumn.Totaal, 208.78m, 208.85m),
        (FindingKind.RowTotalDiffers, "Dienst Regionale Recherche", FteColumn.Totaal, 601.52m, 601.59m),
        (FindingKind.TotalDiffers, "Totaal DROC, DRR, DRIO en DROS", FteColumn.Overig, 1304.74m, 1304.75m),
        (FindingKind.RowTotalDiffers, "Totaal DROC, DRR, DRIO en DROS", FteColumn.Totaal, 1388.08m, 1388.14m),
        (FindingKind.TablesDiffer, "DRR", FteColumn.Overig, 561.52m, 561.59m),
    ];

    public static void ShouldHaveTheSeedChecks(IEnumerable<FormationFinding> findings)
    {
        var checks = findings.Where(f => f.Kind != FindingKind.Reading)
            .Select(f => (f.Kind, f.NodeName, f.Column ?? FteColumn.Totaal, f.Published ?? 0m, f.Computed ?? 0m)).ToList();
        checks.ShouldBe(Expected, ignoreOrder: true);
    }
}
