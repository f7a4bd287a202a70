using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>One person read from a pasted line, with the line's number for messages.</summary>
public sealed record InviteeLine(int Number, string Name, string Email, string? Organisation);

/// <summary>
/// People pasted as lines of "Naam &lt;e-mail&gt;" (as mail programs copy addresses) or
/// "Naam; e-mail; organisatie" (tabs work too, as a spreadsheet copies cells). Every bad line is
/// named in Dutch; the caller adds nothing unless every line is good.
/// </summary>
public static partial class InviteeLines
{
    public const int MaxLines = 1000;
    public const int OrganisationMaxLength = 200;

    /// <param name="text">The pasted text; empty lines are skipped.</param>
    /// <param name="listed">The (normalised) addresses already on the round's list: a line repeating one is refused.</param>
    public static (List<InviteeLine> People, List<string> Problems) Parse(string? text, IReadOnlySet<string>? listed = null)
    {
        var people = new List<InviteeLine>();
        var problems = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Count(l => l.Trim().Length > 0) > MaxLines)
        {
            return (people, [$"Dat zijn te veel regels: ten hoogste {MaxLines} per keer."]);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var (person, problem) = Read(i + 1, line);
            if (problem is not null)
            {
                problems.Add($"Regel {i + 1}: {problem}");
            }
            else if (listed?.Contains(person!.Email) == true)
            {
                problems.Add($"Regel {i + 1}: {person.Email} staat al op de lijst van deze ronde.");
            }
            else if (people.FirstOrDefault(p => p.Email == person!.Email) is { } earlier)
            {
                problems.Add($"Regel {i + 1}: {person!.Email} staat ook al op regel {earlier.Number}.");
            }
            else
            {
                people.Add(person!);
            }
        }

        if (people.Count == 0 && problems.Count == 0)
        {
            problems.Add("Plak een of meer regels met een naam en een e-mailadres.");
        }

        return (people, problems);
    }

    private static (InviteeLine? Person, string? Problem) Read(int number, string line)
    {
        string name, email;
        string? organisation = null;
        if (Angle().Match(line) is { Success: true } angle)
        {
            (name, email) = (angle.Groups["name"].Value.Trim().Trim('"').Trim(), angle.Groups["email"].Value.Trim());
        }
        else
        {
            var parts = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ';').Select(p => p.Trim()).ToArray();
            if (parts.Length is < 2 or > 3)
            {
                return (null, "schrijf ‘Naam <e-mailadres>’ of ‘Naam; e-mailadres; organisatie’.");
            }

            (name, email, organisation) = (parts[0], parts[1], parts.Length == 3 && parts[2].Length > 0 ? parts[2] : null);
        }

        var problem = name.Length == 0 ? "de naam ontbreekt."
            : name.Length > ConsultationInvitee.NameMaxLength ? $"de naam is te lang (ten hoogste {ConsultationInvitee.NameMaxLength} tekens)."
            : email.Length == 0 ? "het e-mailadres ontbreekt."
            : !IsEmail(email) ? $"‘{email}’ is geen geldig e-mailadres."
            : organisation?.Length > OrganisationMaxLength ? $"de naam van de organisatie is te lang (ten hoogste {OrganisationMaxLength} tekens)."
            : null;
        return problem is null ? (new InviteeLine(number, name, ConsultationInvitee.NormaliseEmail(email), organisation), null) : (null, problem);
    }

    /// <summary>One plain address with a domain that has a dot: what a mail server will accept from an invitation.</summary>
    public static bool IsEmail(string email) =>
        email.Length <= ConsultationInvitee.EmailMaxLength
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal) && !email.Any(char.IsWhiteSpace);

    [GeneratedRegex(@"^(?<name>[^<>]*)<(?<email>[^<>]+)>$")]
    private static partial Regex Angle();
}
