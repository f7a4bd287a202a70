using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Importing;

/// <summary>What reading consultatie.yaml needs throughout: the plan, its versions and unit organisations, and the errors.</summary>
internal sealed class ConsultationContext(string file, Plan plan, IReadOnlyList<PlanVersion> versions, List<Organisation> organisations, ImportErrors errors)
{
    private readonly Dictionary<PlanVersion, PlanSnapshot> contents = [];

    public string File { get; } = file;
    public Plan Plan { get; } = plan;
    public ImportErrors Errors { get; } = errors;

    /// <summary>A moment on a day, Dutch time.</summary>
    public static DateTimeOffset Moment(DateOnly day, TimeOnly time) =>
        new(DateTime.SpecifyKind(DutchTime.StartOfDayUtc(day), DateTimeKind.Utc).Add(time.ToTimeSpan()));

    /// <summary>The same key for the same reaction on every import, so a reaction is never stored twice.</summary>
    public Guid SubmissionKey(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{Plan.Slug}/{key}"))[..16]);

    public PlanSnapshot Content(PlanVersion version)
    {
        if (!contents.TryGetValue(version, out var content))
        {
            content = version.Snapshot.Length == 0 ? PlanSnapshot.Capture(Plan) : version.Content();
            contents[version] = content;
        }

        return content;
    }

    public PlanVersion? VersionByLabel(string? label, string field)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            Errors.Add(File, $"veld '{field}' ontbreekt.");
            return null;
        }

        var version = versions.FirstOrDefault(v => v.Label == label.Trim());
        if (version is null)
        {
            Errors.Add(File, $"veld '{field}': versie '{label}' staat niet in {VersionImporter.FileName}; kies uit {string.Join(", ", versions.Select(v => $"'{v.Label}'"))}.");
        }

        return version;
    }

    public Organisation? Organisation(string? name, string field)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var found = organisations.FirstOrDefault(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            Errors.Add(File, $"veld '{field}': organisatie '{name}' staat niet bij de organisaties van de eenheid.");
        }

        return found;
    }

    public DateOnly? RequireDate(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add(File, $"veld '{field}' ontbreekt.");
            return null;
        }

        return UnitImporter.ParseDate(value, $"veld '{field}'", File, Errors);
    }

    /// <summary>A day (jjjj-mm-dd), optionally with a time (jjjj-mm-dd uu:mm); noon when no time is given.</summary>
    public (DateOnly Day, DateTimeOffset At)? RequireMoment(string? value, string field)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > 10 && DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            var day = DateOnly.FromDateTime(moment);
            return (day, Moment(day, TimeOnly.FromDateTime(moment)));
        }

        if (text.Length > 10)
        {
            Errors.Add(File, $"veld '{field}' '{value}' is geen datum in de vorm jjjj-mm-dd of jjjj-mm-dd uu:mm.");
            return null;
        }

        return RequireDate(value, field) is { } date ? (date, Moment(date, new TimeOnly(12, 0))) : null;
    }

    /// <summary>Refuses text longer than its column, which PostgreSQL would refuse with an exception.</summary>
    public string? Limit(string? value, int max, string field)
    {
        if (value?.Trim().Length > max)
        {
            Errors.Add(File, $"veld '{field}' is langer dan {max} tekens.");
        }

        return value?.Trim();
    }

    public string RequireEmail(string? value, string field)
    {
        var email = Errors.Require(value, field, File);
        if (email.Length > 0 && (email.Length > ConsultationInvitee.EmailMaxLength || !System.Net.Mail.MailAddress.TryCreate(email, out _)))
        {
            Errors.Add(File, $"veld '{field}': '{email}' is geen geldig e-mailadres.");
        }

        return email;
    }
}
