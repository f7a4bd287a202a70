using Beleidsplan.Web.Domain.Planning;
using static Beleidsplan.Web.Exports.PlanDocumentFacts;

namespace Beleidsplan.Web.Exports;

/// <summary>
/// The regioburgemeester's letter to all councils of the unit on the state of affairs of the plan,
/// shaped like the letter on the IMV 2024-2027 (seed 000): the themes and sub-themes, who fixed them
/// and when, the planning from the plan's milestones, signed by the chair of the regional board.
/// </summary>
public static class RegionalMayorLetterDocument
{
    public static byte[] Create(PlanDocumentFacts facts, DateTimeOffset now)
    {
        var plan = facts.Plan;
        var priorities = facts.Priorities;
        var word = new WordDocument()
            .Title($"Stand van zaken {facts.ShortTitle}")
            .Paragraph($"Aan de gemeenteraden van de {facts.UnitName}")
            .Paragraph($"Datum: {Day(facts.Date, "datum")}")
            .Paragraph($"Onderwerp: stand van zaken {plan.Title}")
            .Paragraph("Geachte gemeenteraadsleden,")
            .Paragraph($"Hierbij treft u een stand van zaken aan over de totstandkoming van het {plan.Title} ({facts.ShortTitle}) van de {facts.UnitName}. "
                + "[Verwijs hier zo nodig naar een eerdere brief over het proces.]")
            .Heading($"Vaststelling thema's {facts.ShortTitle}")
            .Paragraph($"De thema's voor het {facts.ShortTitle} zijn op {Day(facts.ThemesFixedOn, "datum")} vastgesteld door {Or(facts.ThemesFixedBy, "orgaan")}. "
                + $"De volgende thema's en deelthema's zijn gekozen{(facts.VersionText is { } v ? $" (bron: {v})" : "")}:");
        if (priorities.Count == 0)
        {
            word.Paragraph("[Het plan heeft nog geen thema's.]");
        }

        foreach (var priority in priorities)
        {
            word.Heading(ThemeHeading(priority), 2);
            if (priority.SubThemes.Count > 0)
            {
                word.Bullets(priority.SubThemes.OrderBy(s => s.Position).Select(s => s.Title));
            }
        }

        word.Heading("Planning");
        if (facts.Milestones.Count == 0)
        {
            word.Paragraph("[De planning van het plan heeft nog geen mijlpalen. Beschrijf hier de planning.]");
        }
        else
        {
            word.Paragraph($"De planning van het {facts.ShortTitle} ziet er als volgt uit:")
                .Bullets(facts.Milestones.Select(Line));
        }

        return word
            .Paragraph("Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.")
            .Paragraph("Hoogachtend,")
            .Paragraph(Or(facts.ChairName, "naam regioburgemeester"))
            .Paragraph(Or(facts.ChairFunction, "functie"))
            .Save($"Brief stand van zaken {facts.ShortTitle}", plan.Title, now);
    }

    private static string Line(Milestone milestone) =>
        $"{Day(milestone.DueOn, "datum")}: {milestone.Title}"
        + (milestone.CompletedOn is { } done ? $" (gereed op {Day(done, "datum")})" : "");
}
