using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beleidsplan.Web.Reacting;

/// <summary>
/// What every reaction form posts, whoever reacts. Choices are bound as text and read here, so a
/// tampered value gets a Dutch message at its field rather than the framework's English one.
/// </summary>
public sealed class ReactionInput
{
    public const string Prefix = "Input";

    /// <summary>Made when the form is shown; the same form sent twice carries the same key.</summary>
    public string? SubmissionKey { get; set; }

    public string? Part { get; set; }

    public string? Kind { get; set; }

    public string? Passage { get; set; }

    public string? Text { get; set; }

    public IFormFile? Attachment { get; set; }

    public bool HasAttachment => Attachment is { } file && (file.Length > 0 || file.FileName.Length > 0);

    public static ReactionInput Fresh(string? part = null) =>
        new() { SubmissionKey = Guid.NewGuid().ToString(), Part = part ?? ReactionPart.WholePlan.Key, Kind = nameof(ReactionKind.Comment) };

    public Guid? Key => Guid.TryParse(SubmissionKey, out var key) && key != Guid.Empty ? key : null;

    public ReactionKind? ParsedKind => Enum.TryParse<ReactionKind>(Kind, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Kind, out _) ? kind : null;

    /// <summary>Cleans the texts as they will be kept: LF line endings, no control characters, no outer blanks.</summary>
    public void Normalise()
    {
        Passage = Clean(Passage);
        Text = Clean(Text);
    }

    /// <summary>Checks the reaction itself; the page checks who is reacting.</summary>
    public (ReactionPart Part, ReactionKind Kind)? Validate(VersionText text, ModelStateDictionary state)
    {
        var part = text.Find(Part);
        if (part is null)
        {
            state.AddModelError($"{Prefix}.{nameof(Part)}", "Kies een onderdeel van deze versie, of het hele plan.");
        }

        var kind = ParsedKind;
        if (kind is null)
        {
            state.AddModelError($"{Prefix}.{nameof(Kind)}", "Kies wat voor reactie het is.");
        }

        if (Passage?.Length > Reaction.PassageMaxLength)
        {
            state.AddModelError($"{Prefix}.{nameof(Passage)}", string.Create(Publishing.DutchTime.Culture,
                $"De passage is te lang: ten hoogste {Reaction.PassageMaxLength:N0} tekens, u gebruikte er {Passage.Length:N0}."));
        }

        if (Reaction.ValidateText(Text) is { } error)
        {
            state.AddModelError($"{Prefix}.{nameof(Text)}", error);
        }

        return part is not null && kind is not null ? (part, kind.Value) : null;
    }

    /// <summary>Browsers send CRLF; PostgreSQL refuses NUL, and other control characters only hide text.</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var cleaned = new string(text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray()).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
