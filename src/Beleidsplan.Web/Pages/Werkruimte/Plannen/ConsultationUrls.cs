namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>The addresses of versions, consultation rounds and reactions, in one place.</summary>
public static class ConsultationUrls
{
    public static string Versions(string slug) => $"{WorkspaceUrls.Plan(slug)}/versies";

    public static string NewVersion(string slug) => $"{Versions(slug)}/nieuw";

    public static string Version(string slug, int number) => $"{Versions(slug)}/{number}";

    public static string PublishVersion(string slug, int number) => $"{Version(slug, number)}/publiceren";

    public static string Compare(string slug, int from, int to) => $"{Versions(slug)}/vergelijken?van={from}&met={to}";

    public static string Rounds(string slug) => $"{WorkspaceUrls.Plan(slug)}/consultatie";

    public static string NewRound(string slug) => $"{Rounds(slug)}/nieuw";

    public static string Round(string slug, int round) => $"{Rounds(slug)}/{round}";

    public static string Invitees(string slug, int round) => $"{Round(slug, round)}/genodigden";

    public static string FollowUpRound(string slug, int round) => $"{Round(slug, round)}/vervolgronde";

    public static string React(string slug, int round) => $"{Round(slug, round)}/reageren";

    public static string RegisterOnBehalf(string slug, int round) => $"{Round(slug, round)}/registreren";

    public static string Register(string slug, int round) => $"{Round(slug, round)}/reacties";

    public static string Handle(string slug, int round, int reaction) => $"{Register(slug, round)}/{reaction}";

    public static string CloseRound(string slug, int round) => $"{Round(slug, round)}/sluiten";

    public static string Summary(string slug, int round) => $"{Round(slug, round)}/samenvatting";

    public static string ResponseReport(string slug, int round) => $"{Round(slug, round)}/reactienota";

    public static string ResponseReportXlsx(string slug, int round) => $"{ResponseReport(slug, round)}.xlsx";

    public static string ResponseReportPdf(string slug, int round) => $"{ResponseReport(slug, round)}.pdf";

    /// <summary>The workbook with a sheet for every round of the plan and a summary sheet.</summary>
    public static string PlanResponseReportXlsx(string slug) => $"{Rounds(slug)}/reactienota.xlsx";

    public static string Respondents(string slug) => $"{Rounds(slug)}/respondenten";

    /// <summary>The public pages of a personal link: react, and see what happened to one's reactions.</summary>
    public static string PersonalLink(string token) => $"/reageren/{token}";

    public static string PersonalHandling(string token) => $"/reageren/{token}/afhandeling";

    public static string OpenLink(string token) => $"/reageren/open/{token}";

    /// <summary>The comparison page without a choice yet: the target of the form that chooses two versions.</summary>
    public static string Comparison(string slug) => $"{Versions(slug)}/vergelijken";

    /// <summary>A reaction's attachment, for the redacteuren who handle it.</summary>
    public static string ReactionAttachment(string slug, int round, int reaction) => $"{Handle(slug, round, reaction)}/bijlage";
}
