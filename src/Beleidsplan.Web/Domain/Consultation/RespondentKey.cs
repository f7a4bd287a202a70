namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>
/// Who a reaction is from across rounds: the e-mail address (lowercased) when there is one, otherwise
/// the name with the organisation. <see cref="Code"/> names the respondent in an address without
/// putting an e-mail address in links, logs or browser history. An address typed at the open link is
/// not proof of who someone is, so such reactions are grouped apart from the same address elsewhere.
/// </summary>
public static class RespondentKey
{
    public static string Of(Reaction reaction) =>
        (reaction.Source == ReactionSource.OpenLink ? "open:" : "") + Of(reaction.RespondentEmail, reaction.RespondentName, reaction.OrganisationName);

    public static string Of(string? email, string name, string? organisation) =>
        !string.IsNullOrWhiteSpace(email) ? $"e:{email.Trim().ToLowerInvariant()}"
        : $"n:{name.Trim().ToLowerInvariant()}|{organisation?.Trim().ToLowerInvariant()}";

    public static string Code(string key) => LinkToken.Hash(key)[..20];
}
