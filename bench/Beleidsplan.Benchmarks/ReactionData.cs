using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Exports;

namespace Beleidsplan.Benchmarks;

/// <summary>
/// A round with many reactions, built in memory with a fixed seed: texts of realistic length (a few
/// sentences to a letter of several thousand characters), passages, handlings with notes, links to a
/// later version. The same <see cref="ResponseReport"/> the reactienota endpoint loads from the database.
/// </summary>
public static class ReactionData
{
    private static readonly string[] Words =
    [
        "veiligheid", "gemeente", "ondermijning", "aanpak", "wijkagent", "jeugd", "drugs", "samenwerking", "burgemeester",
        "prioriteit", "criminaliteit", "politie", "regio", "informatie", "zorg", "partners", "de", "het", "een", "en", "van",
        "in", "voor", "met", "op", "dat", "wij", "vragen", "graag", "aandacht", "extra", "inzet", "capaciteit", "cybercrime",
        "mensenhandel", "radicalisering", "toezicht", "handhaving", "signalen", "bestuurlijke", "integrale", "preventie",
    ];

    public static ResponseReport Report(int count, int seed = 2018)
    {
        var random = new Random(seed);
        var snapshot = Snapshot();
        var parts = ReactionParts.Of(snapshot);
        var later = new VersionRef(2, 2, "85%-versie");
        var round = new ConsultationRound
        {
            Id = 1,
            PlanId = 1,
            PlanVersionId = 1,
            Title = "70%-versie ter consultatie",
            CreatedAt = DateTimeOffset.UtcNow,
            OpensOn = new DateOnly(2018, 6, 18),
            Deadline = new DateOnly(2018, 7, 13),
            ClosingNote = "Alle reacties zijn afgehandeld.",
        };
        var reactions = Enumerable.Range(1, count).Select(i => new NumberedReaction(i, Reaction(random, i, parts, later))).ToList();
        return new ResponseReport("Integraal Meerjarenbeleidsplan Veiligheid Noord-Holland 2024-2027",
            [new ReportRound(round, new VersionRef(1, 1, "70%-versie"), parts, ReportRound.InReadingOrder(reactions, parts))],
            new Dictionary<int, VersionRef> { [1] = new(1, 1, "70%-versie"), [2] = later });
    }

    private static Reaction Reaction(Random random, int i, ReactionParts parts, VersionRef later)
    {
        var part = parts.All[random.Next(parts.All.Count)];
        var reaction = new Reaction
        {
            Id = i,
            PlanId = 1,
            RoundId = 1,
            SubmissionKey = Guid.NewGuid(),
            RespondentName = $"{Pick(random)} {Pick(random)}",
            RespondentEmail = $"respondent{i % 900}@example.nl",
            OrganisationName = $"Gemeente {i % 35}",
            Group = (AudienceGroup)(i % 7),
            Source = (ReactionSource)(i % 5),
            Part = part,
            Kind = (ReactionKind)random.Next(4),
            Text = Sentences(random, random.Next(200, random.Next(10) == 0 ? 8000 : 2500)),
            Passage = random.Next(3) == 0 ? Sentences(random, random.Next(40, 300)) : null,
            SubmittedAt = DateTimeOffset.UtcNow,
            ReceivedOn = new DateOnly(2018, 7, 1 + (i % 20)),
            IsLate = i % 20 > 12,
        };
        if (random.Next(10) > 0)
        {
            var status = (HandlingStatus)random.Next(5);
            var changed = status is HandlingStatus.Processed or HandlingStatus.PartlyProcessed;
            reaction.Handle(status, Sentences(random, random.Next(60, 1500)), changed ? later.Id : null, changed ? part : null, "redacteur@example.nl", DateTimeOffset.UtcNow);
        }

        return reaction;
    }

    private static string Pick(Random random) => Words[random.Next(Words.Length)];

    private static string Sentences(Random random, int length)
    {
        var text = new System.Text.StringBuilder(length + 20);
        while (text.Length < length)
        {
            text.Append(char.ToUpperInvariant(Pick(random)[0]));
            for (var w = random.Next(6, 18); w > 0; w--)
            {
                text.Append(Pick(random)).Append(w == 1 ? ". " : " ");
            }

            text.Remove(text.Length - 1, 1).Append(random.Next(6) == 0 ? "\n\n" : " ");
        }

        return text.ToString().Trim();
    }

    private static PlanSnapshot Snapshot()
    {
        var none = new SectionsSnapshot(null, null, null, null, null, null);
        var chapters = Enumerable.Range(1, 12).Select(c => new ChapterSnapshot(c, null, c, $"h{c}", $"Hoofdstuk {c}", c == 6 ? ChapterKind.Priorities : ChapterKind.Text, null)).ToList();
        var priorities = Enumerable.Range(1, 4).Select(p => new PrioritySnapshot(100 + p, p, p, $"p{p}", $"Prioriteit {p}", none,
            [.. Enumerable.Range(1, 4).Select(s => new SubThemeSnapshot(1000 + (p * 10) + s, s, $"s{s}", $"Deelthema {p}.{s}", none))], [], [], [])).ToList();
        return new PlanSnapshot("Plan", "IMV", 2024, 2027, null, null, null, chapters, priorities, []);
    }
}
