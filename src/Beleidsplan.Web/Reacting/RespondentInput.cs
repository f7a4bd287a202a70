using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beleidsplan.Web.Reacting;

/// <summary>Which fields about the respondent a reaction form asks for; the rest is known from the link or the account.</summary>
[Flags]
public enum RespondentFields
{
    None = 0,
    Name = 1,
    Email = 2,
    Organisation = 4,
    Group = 8,

    /// <summary>How and when a letter or e-mail came in: only when a redacteur registers it.</summary>
    Receipt = 16,
}

/// <summary>Who reacts, as typed in the form (open link, or a redacteur registering a letter).</summary>
public sealed class RespondentInput
{
    public const string Prefix = "Respondent";
    public const int OrganisationMaxLength = 200;

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Organisation { get; set; }

    public string? Group { get; set; }

    /// <summary>"Letter" or "Email": how a registered reaction came in.</summary>
    public string? ReceivedVia { get; set; }

    /// <summary>yyyy-MM-dd, as a date field sends it.</summary>
    public string? ReceivedOn { get; set; }

    public AudienceGroup? ParsedGroup => Parse<AudienceGroup>(Group);

    public ReactionSource? ParsedVia => Parse<ReactionSource>(ReceivedVia) is ReactionSource.Letter or ReactionSource.Email ? Parse<ReactionSource>(ReceivedVia) : null;

    public DateOnly? ParsedReceivedOn =>
        DateOnly.TryParseExact(ReceivedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Checks the fields the form shows; messages go to those fields.</summary>
    public void Validate(RespondentFields fields, DateOnly today, ModelStateDictionary state)
    {
        (Name, Email, Organisation) = (ReactionInput.Clean(Name), ReactionInput.Clean(Email), ReactionInput.Clean(Organisation));
        if (fields.HasFlag(RespondentFields.Name))
        {
            Check(state, nameof(Name), Name is null ? "Vul de naam in."
                : Name.Length > ConsultationInvitee.NameMaxLength ? $"Een naam is hooguit {ConsultationInvitee.NameMaxLength} tekens." : null);
        }

        if (fields.HasFlag(RespondentFields.Email) && Email is not null)
        {
            Check(state, nameof(Email), Email.Length > ConsultationInvitee.EmailMaxLength || !new EmailAddressAttribute().IsValid(Email) || Email.Contains(' ', StringComparison.Ordinal)
                ? "Vul een geldig e-mailadres in, zoals naam@organisatie.nl, of laat het veld leeg." : null);
        }

        if (fields.HasFlag(RespondentFields.Organisation))
        {
            Check(state, nameof(Organisation), Organisation?.Length > OrganisationMaxLength ? $"De naam van de organisatie is hooguit {OrganisationMaxLength} tekens." : null);
        }

        if (fields.HasFlag(RespondentFields.Group))
        {
            Check(state, nameof(Group), ParsedGroup is null ? "Kies tot welke groep de indiener behoort." : null);
        }

        if (fields.HasFlag(RespondentFields.Receipt))
        {
            Check(state, nameof(ReceivedVia), ParsedVia is null ? "Kies hoe de reactie binnenkwam: per brief of per e-mail." : null);
            Check(state, nameof(ReceivedOn), ParsedReceivedOn is not { } day ? "Vul de datum van ontvangst in, bijvoorbeeld 13-07-2018."
                : day > today ? "De datum van ontvangst ligt in de toekomst." : null);
        }
    }

    private static void Check(ModelStateDictionary state, string field, string? error)
    {
        if (error is not null)
        {
            state.AddModelError($"{Prefix}.{field}", error);
        }
    }

    private static T? Parse<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
