using Beleidsplan.Web.Publishing;
using static Beleidsplan.Web.Exports.PlanDocumentFacts;

namespace Beleidsplan.Web.Exports;

/// <summary>The municipality a council proposal is for, with its basisteam and, once known, the council's meeting.</summary>
public sealed record ProposalMunicipality(string Name, string? BasicTeam, DateOnly? CouncilMeetingOn);

/// <summary>
/// The council proposal (raadsvoorstel) one municipality sends its council to hear it on the draft
/// plan (Politiewet art. 38b), shaped like Bloemendaal's of 22 August 2023 (seed 001). It is a
/// starting point: the municipality edits it further, so what the data lacks stays a visible placeholder.
/// </summary>
public static class CouncilProposalDocument
{
    public static byte[] Create(PlanDocumentFacts facts, ProposalMunicipality municipality, DateTimeOffset now)
    {
        var plan = facts.Plan;
        var concept = $"het concept {plan.Title} van de {facts.UnitName}";
        var word = new WordDocument()
            .Title($"Raadsvoorstel {facts.ShortTitle} – gemeente {municipality.Name}")
            .Heading("Onderwerp")
            .Paragraph($"Dit voorstel gaat over het {plan.Title} van de {facts.UnitName}.")
            .Heading("Voorgesteld besluit")
            .Paragraph($"De raad van de gemeente {municipality.Name};")
            .Paragraph($"gelezen het voorstel van de burgemeester van {Day(facts.Date, "datum")};")
            .Paragraph("besluit:")
            .Numbered([
                $"kennis te nemen van {concept}; en",
                $"de burgemeester te berichten dat de raad geen wensen en bedenkingen heeft tegen {concept}.",
            ])
            .Paragraph("[Heeft de raad wensen en bedenkingen of een zienswijze, pas dan punt 2 aan.]")
            .Paragraph($"De raad voornoemd, d.d. {Day(municipality.CouncilMeetingOn, "datum raadsvergadering")}")
            .Paragraph("de voorzitter, de griffier,")
            .Heading("Aanleiding en beoogd effect")
            .Heading("Aanleiding", 2)
            .Paragraph($"Het {plan.Title} van de {facts.UnitName} dient voor de periode {plan.PeriodLabel} te worden vastgesteld.");
        if (facts.SummaryParagraphs.Count > 0)
        {
            word.Heading("Beoogd effect", 2).Paragraphs(facts.SummaryParagraphs);
        }

        word.Heading("Politieke keuzeruimte")
            .Paragraph($"Wettelijke grondslag: {Or(plan.LegalBasis, "wettelijke grondslag")}.")
            .Paragraph("Op grond van artikel 39 lid 1 van de Politiewet dienen de burgemeesters en de Hoofdofficier van Justitie, "
                + "met inachtneming van de landelijke beleidsprioriteiten, ten minste éénmaal in de vier jaar een regionaal beleidsplan vast te stellen. "
                + "Daarbij geldt dat de burgemeesters en de Hoofdofficier van Justitie van de betreffende regionale eenheid het beleidsplan vaststellen "
                + "nadat de gemeenteraden hierover zijn gehoord (artikel 38b van de Politiewet).")
            .Heading("Gedachtegang")
            .Paragraph($"Het {plan.ShortName} is een hulpmiddel om op regionaal niveau grip te krijgen op veiligheidsvraagstukken; het is geen doel op zich. "
                + "Het beschrijft op hoofdlijnen de ambities op eenheidsniveau, zodat flexibel kan worden ingespeeld op actuele en nieuwe ontwikkelingen.")
            .Paragraph($"Het {plan.ShortName} is het strategische, regionale beleidskader. De concrete acties en doelstellingen, en wie daarin welke rol vervult, "
                + "worden beschreven in uitvoerings- en/of jaarplannen. In het wettelijk verplichte jaarverslag wordt verantwoording afgelegd over de bereikte resultaten.");
        if (facts.PublicAddress is { } address)
        {
            word.Paragraph($"Het plan is digitaal in te zien op: {address}");
        }

        AddPriorities(word, facts);
        return word
            .Heading("Participatie")
            .Paragraph("De raad wordt gevraagd en ongevraagd geïnformeerd door de burgemeester over relevante zaken. "
                + $"De politieleiding van ons basisteam {Or(municipality.BasicTeam, "basisteam")} informeert de raad éénmaal per jaar en zo nodig vaker. "
                + $"De burgemeesters en de Hoofdofficier van Justitie van de {facts.UnitName} stellen het beleidsplan definitief vast nadat de gemeenteraden hierover zijn gehoord.")
            .Heading("Vervolgproces/evaluatie")
            .Paragraph($"Het concept {facts.ShortTitle} staat ter vaststelling geagendeerd voor de vergadering van {Day(facts.AdoptionOn, "datum vaststelling")} "
                + $"({Or(facts.AdoptionBy ?? facts.RegionalBoard, "orgaan")}).")
            .Heading("Bijlagen")
            .Bullets([$"Het concept {plan.Title} van de {facts.UnitName}{(facts.VersionText is { } v ? $" ({v})" : "")}."])
            .Paragraph($"De burgemeester van {municipality.Name},")
            .Paragraph("[naam], burgemeester")
            .Save($"Raadsvoorstel {facts.ShortTitle} gemeente {municipality.Name}", plan.Title, now);
    }

    /// <summary>The mayor's considerations: the priorities and sub-themes of the version the council is heard on.</summary>
    private static void AddPriorities(WordDocument word, PlanDocumentFacts facts)
    {
        var priorities = facts.Priorities;
        word.Heading("Overwegingen burgemeester")
            .Paragraph($"De burgemeester is betrokken (geweest) bij de totstandkoming van het concept {facts.Plan.ShortName} en de keuzes en prioriteiten "
                + $"die zijn gemaakt voor de aanpak van de volgende {Count(priorities.Count)} thema's en deelthema's:");
        if (priorities.Count == 0)
        {
            word.Paragraph("[Het plan heeft nog geen prioriteiten.]");
        }

        foreach (var priority in priorities)
        {
            word.Heading(ThemeHeading(priority), 2);
            if (priority.SubThemes.Count > 0)
            {
                word.Bullets(priority.SubThemes.OrderBy(s => s.Position).Select(s => s.Title));
            }
        }
    }

    private static string Count(int n) => n switch
    {
        2 => "twee",
        3 => "drie",
        4 => "vier",
        5 => "vijf",
        6 => "zes",
        _ => n.ToString(DutchTime.Culture),
    };
}
